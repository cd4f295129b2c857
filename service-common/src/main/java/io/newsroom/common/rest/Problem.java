package io.newsroom.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * An RFC 9457 problem detail: every error answer of every service has this body and the media type
 * {@value #MEDIA_TYPE}. {@code errors} lists per-field problems where there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
