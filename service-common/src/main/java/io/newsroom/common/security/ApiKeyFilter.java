package io.newsroom.common.security;

import io.newsroom.common.rest.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Writes (every method but GET, HEAD, OPTIONS) need the header {@value #HEADER} with a valid key; reads too
 * when {@code pipeline.security.protect-reads} is true. Health, metrics and OpenAPI under /q stay open.
 * Missing key: 401; a key that is not valid: 403.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-Api-Key";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeys keys;
    private final boolean protectReads;
    private final boolean protectWrites;

    public ApiKeyFilter(ApiKeys keys,
                        @ConfigProperty(name = "pipeline.security.protect-reads", defaultValue = "false") boolean protectReads,
                        @ConfigProperty(name = "pipeline.security.protect-writes", defaultValue = "true") boolean protectWrites) {
        this.keys = keys;
        this.protectReads = protectReads;
        this.protectWrites = protectWrites;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/q/") || path.equals("/q")) {
            return null;
        }
        boolean read = READS.contains(request.getMethod());
        if (read ? !protectReads : !protectWrites) {
            return null;
        }
        String presented = request.getHeaderString(HEADER);
        if (presented == null || presented.isBlank()) {
            return problem(401, "API key required", "Send a valid key in the " + HEADER + " header.", path);
        }
        if (!keys.isValid(presented.strip())) {
            return problem(403, "API key not valid", "The key in the " + HEADER + " header is not a valid key.", path);
        }
        return null;
    }

    private static Response problem(int status, String title, String detail, String path) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, path, null)).build();
    }
}
