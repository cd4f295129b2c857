package io.newsroom.extraction;

import java.nio.charset.Charset;

/**
 * A byte body decoded strictly, with the charset used and where that choice came from.
 *
 * @param text    the decoded text, without a leading byte order mark
 * @param charset the charset the bytes were decoded with
 * @param source  why that charset was chosen
 */
public record DecodedText(String text, Charset charset, Source source) {

    /** Where the charset decision came from, in the order {@link CharsetDetector} tries them. */
    public enum Source {
        /** The caller's Content-Type charset parameter. */
        DECLARED,
        /** A UTF-8, UTF-16 or UTF-32 byte order mark. */
        BYTE_ORDER_MARK,
        /** An HTML {@code <meta charset>} or {@code <meta http-equiv=Content-Type>}. */
        HTML_META,
        /** The bytes are valid UTF-8, or juniversalchardet recognised them. */
        DETECTED,
        /** Nothing said otherwise: UTF-8. */
        DEFAULT
    }
}
