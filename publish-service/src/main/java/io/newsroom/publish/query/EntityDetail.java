package io.newsroom.publish.query;

import java.util.List;

/** {@code GET /entities/{id}}: the entity, every surface form it was named by, and its latest articles. */
public record EntityDetail(String id, String name, String type, int articleCount, int mentionCount,
                           List<String> aliases, List<ArticleSummary> latestArticles) {
}
