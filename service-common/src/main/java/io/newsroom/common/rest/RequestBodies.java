package io.newsroom.common.rest;

import jakarta.ws.rs.core.MediaType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * Request bodies to text: the media type must be one the endpoint supports (else 415), and the bytes must be
 * valid in the declared charset (else 400), never silently repaired.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** A body decoded to text, with its media type's essence (type/subtype, lower case). */
    public record DecodedBody(String mediaType, String text) {
    }

    public static DecodedBody decode(byte[] body, String contentType, Set<String> supported) {
        String essence = mediaType(contentType, supported);
        Charset charset = charset(MediaType.valueOf(contentType).getParameters().get("charset"));
        return new DecodedBody(essence, strictDecode(body, charset));
    }

    /** True when the Content-Type names a charset. */
    public static boolean hasCharset(String contentType) {
        try {
            return contentType != null && MediaType.valueOf(contentType).getParameters().containsKey("charset");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The media type's essence (type/subtype, lower case) when it is one of {@code supported}, else a 415. */
    public static String mediaType(String contentType, Set<String> supported) {
        if (contentType == null || contentType.isBlank()) {
            throw new ProblemException(415, "Content-Type required", "Send a Content-Type header; supported: "
                    + String.join(", ", supported.stream().sorted().toList()) + ".");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(415, "Unsupported Content-Type", "Cannot parse Content-Type: " + contentType);
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (!supported.contains(essence)) {
            throw new ProblemException(415, "Unsupported Content-Type", "Content-Type " + essence
                    + " is not supported here; supported: " + String.join(", ", supported.stream().sorted().toList()) + ".");
        }
        return essence;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "Unsupported charset", "Charset " + name + " is not known to this service.");
        }
    }

    /** A UTF-8 byte-order mark is dropped; any byte sequence invalid in the charset is a 400. */
    static String strictDecode(byte[] body, Charset charset) {
        int offset = charset.equals(StandardCharsets.UTF_8) && body.length >= 3
                && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid " + charset.name()
                    + " text; declare its real charset in the Content-Type header.");
        }
    }
}
