package io.newsroom.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsroom.events.InvalidArticleException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers, for every service: always problem+json, never a stack
 * trace, and a 5xx only for our own failures (logged with the request path, never with the body).
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = build(e.status(), e.title(), e.getMessage(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e, UriInfo uri) {
        int status = e.unprocessable() ? 422 : 400;
        String title = e.unprocessable() ? "Article not acceptable" : "Malformed article";
        return build(status, title, e.getMessage(), uri).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method not allowed on " + uri.getPath();
            case 406 -> "This resource answers application/json only";
            case 415 -> "Unsupported Content-Type; see the API documentation at /q/openapi";
            default -> e.getMessage();
        };
        return build(status, type.getReasonPhrase(), detail, uri).build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return build(400, "Malformed JSON", e.getOriginalMessage(), uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return build(500, "Internal error", "The service failed on this request; it was logged.", uri).build();
    }

    private static Response.ResponseBuilder build(int status, String title, String detail, UriInfo uri) {
        Problem problem = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
