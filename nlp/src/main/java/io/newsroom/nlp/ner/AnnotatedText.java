package io.newsroom.nlp.ner;

import java.util.List;

/** One annotated document of a corpus: its text and gold mentions (code-point offsets). */
public record AnnotatedText(String id, String text, List<TypedSpan> mentions) {

    /** The mention's text, offsets taken as code points. */
    public String slice(TypedSpan span) {
        return CodePoints.slice(text, span.start(), span.end());
    }
}
