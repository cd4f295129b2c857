package io.newsroom.extraction;

import java.time.Instant;
import java.util.List;

/** Metadata a page states in its head and JSON-LD, before its body is looked at. */
record PageMetadata(String openGraphTitle, String jsonLdHeadline, String htmlTitle, String description,
                    List<String> authors, Instant publishedAt, String language, String canonicalUrl,
                    String siteName) {
}
