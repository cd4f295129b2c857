package io.newsroom.nlp;

/**
 * Title and body: taken from the article's own fields when the sender gave them, otherwise the first
 * non-empty line of the text is the title and the rest the body.
 */
public final class TextStructureStage implements EnrichmentStage {

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public void apply(ArticleDocument doc) {
        String givenTitle = doc.raw().title();
        String givenBody = doc.raw().body();
        if (givenTitle != null && !givenTitle.isBlank() && givenBody != null) {
            doc.title = givenTitle.strip();
            doc.body = givenBody.strip();
            return;
        }
        String text = doc.text().strip();
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0) {
            doc.title = givenTitle != null && !givenTitle.isBlank() ? givenTitle.strip() : text;
            doc.body = givenBody != null ? givenBody.strip() : text;
            return;
        }
        doc.title = givenTitle != null && !givenTitle.isBlank() ? givenTitle.strip() : text.substring(0, lineEnd).strip();
        doc.body = givenBody != null ? givenBody.strip() : text.substring(lineEnd + 1).strip();
    }
}
