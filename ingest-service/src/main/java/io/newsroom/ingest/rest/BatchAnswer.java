package io.newsroom.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.common.rest.Problem;

import java.util.List;

/**
 * The answer to a batch or feed: how many items were accepted and refused, and per item (in request order)
 * its id or its problem.
 */
public record BatchAnswer(int accepted, int rejected, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, String id, String revision, String location, Problem problem) {
    }
}
