package io.newsroom.extraction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides the charset of a byte body and decodes it strictly.
 *
 * <p>Order: the charset the caller declares wins; else a byte order mark; else (HTML only) a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first {@value #META_PRESCAN_BYTES}
 * bytes; else detection (valid UTF-8, then juniversalchardet); else UTF-8. Bytes that are invalid in the
 * chosen charset raise {@link UndecodableTextException}; they are never replaced. Stateless and thread-safe.
 */
public final class CharsetDetector {

    /** How far into an HTML body a meta charset declaration is looked for. */
    public static final int META_PRESCAN_BYTES = 8192;

    // Bounded character classes only: the prescan window is small, but no pattern here can backtrack badly.
    private static final Pattern META_TAG = Pattern.compile("<meta\\s[^>]{0,1024}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_PARAM =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]{1,40})", Pattern.CASE_INSENSITIVE);

    private static final Set<String> CYRILLIC_SINGLE_BYTE = Set.of(
            "windows-1251", "koi8-r", "koi8-u", "x-maccyrillic", "ibm855", "ibm866", "iso-8859-5", "x-ibm1125");
    private static final List<String> CYRILLIC_CANDIDATES = List.of(
            "windows-1251", "KOI8-R", "IBM866", "x-MacCyrillic", "ISO-8859-5");

    /** Decodes an HTML body: the meta prescan takes part. */
    public DecodedText decodeHtml(byte[] body, String declaredCharset) throws UndecodableTextException {
        return decode(body, declaredCharset, true);
    }

    /** Decodes a plain-text body (no meta prescan). */
    public DecodedText decodeText(byte[] body, String declaredCharset) throws UndecodableTextException {
        return decode(body, declaredCharset, false);
    }

    /**
     * Decodes {@code body}.
     *
     * @param declaredCharset a charset name, or a whole Content-Type value with a {@code charset} parameter;
     *                        null or blank when the caller declared none
     * @param html            whether to look for a meta charset declaration
     */
    public DecodedText decode(byte[] body, String declaredCharset, boolean html) throws UndecodableTextException {
        byte[] bytes = body == null ? new byte[0] : body;
        String declaredName = charsetName(declaredCharset);
        if (declaredName != null) {
            Charset declared = lookup(declaredName).orElseThrow(() -> new UndecodableTextException(declaredName,
                    "The declared charset '" + declaredName + "' is not known; declare a standard charset name"
                            + " such as UTF-8, windows-1251 or KOI8-R"));
            return new DecodedText(strictDecode(bytes, declared, "declared"), declared, DecodedText.Source.DECLARED);
        }
        Charset bomCharset = byteOrderMarkCharset(bytes);
        if (bomCharset != null) {
            return new DecodedText(strictDecode(bytes, bomCharset, "byte order mark"), bomCharset,
                    DecodedText.Source.BYTE_ORDER_MARK);
        }
        if (html) {
            Charset meta = metaCharset(bytes);
            if (meta != null) {
                return new DecodedText(strictDecode(bytes, meta, "HTML meta"), meta, DecodedText.Source.HTML_META);
            }
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            return new DecodedText(strictDecode(bytes, detected, "detected"), detected, DecodedText.Source.DETECTED);
        }
        return new DecodedText(strictDecode(bytes, StandardCharsets.UTF_8, "default"), StandardCharsets.UTF_8,
                DecodedText.Source.DEFAULT);
    }

    /** The charset name in a bare name or in a Content-Type value; null when there is none. */
    static String charsetName(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        if (declared.indexOf('=') >= 0 || declared.indexOf(';') >= 0) {
            Matcher m = CHARSET_PARAM.matcher(declared);
            return m.find() ? m.group(1) : null;
        }
        String name = declared.strip();
        if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("'"))) {
            name = name.substring(1, name.length() - 1).strip();
        }
        return name.isEmpty() ? null : name;
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    static Charset byteOrderMarkCharset(byte[] b) {
        // UTF-32 LE starts like UTF-16 LE, so it is checked first.
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return lookup("UTF-32LE").orElse(null);
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return lookup("UTF-32BE").orElse(null);
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset of the first meta declaration in the prescan window that names a known charset. */
    static Charset metaCharset(byte[] bytes) {
        // Meta declarations are ASCII; ISO-8859-1 maps every byte to one char, so offsets stay honest.
        String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher tag = META_TAG.matcher(head);
        while (tag.find()) {
            String meta = tag.group();
            Matcher param = CHARSET_PARAM.matcher(meta);
            if (param.find()) {
                Optional<Charset> charset = lookup(param.group(1));
                if (charset.isPresent()) {
                    return htmlMetaOverride(charset.get());
                }
            }
        }
        return null;
    }

    /**
     * As in the HTML standard: a meta tag readable as ASCII cannot be telling the truth about UTF-16/32, so
     * that means UTF-8.
     */
    private static Charset htmlMetaOverride(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return StandardCharsets.UTF_8;
        }
        return charset;
    }

    /**
     * Valid UTF-8 with multi-byte sequences is almost never an accident, so it is accepted before asking the
     * statistical detector, which can misread short UTF-8 texts; pure ASCII is UTF-8 too.
     */
    static Charset detect(byte[] bytes) {
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset detected = name == null ? null : lookup(name).orElse(null);
        if (detected != null && CYRILLIC_SINGLE_BYTE.contains(detected.name().toLowerCase(Locale.ROOT))) {
            return mostPlausibleCyrillic(bytes);
        }
        return detected;
    }

    /**
     * juniversalchardet often takes windows-1251 for x-mac-cyrillic or IBM855 (they share most lowercase
     * letters), so among the single-byte Cyrillic charsets the one whose decoding reads most like Russian
     * text wins: capitals at word starts, lowercase inside words, no stray symbols.
     */
    private static Charset mostPlausibleCyrillic(byte[] bytes) {
        Charset best = null;
        long bestScore = Long.MIN_VALUE;
        for (String candidate : CYRILLIC_CANDIDATES) {
            Charset charset = lookup(candidate).orElse(null);
            if (charset == null) {
                continue;
            }
            long score = cyrillicPlausibility(new String(bytes, charset));
            if (score > bestScore) {
                best = charset;
                bestScore = score;
            }
        }
        return best;
    }

    private static long cyrillicPlausibility(String text) {
        long score = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cyrillic = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            if (cyrillic && Character.isLowerCase(c)) {
                score += Character.isLetter(previous) ? 2 : 1;
            } else if (cyrillic && Character.isUpperCase(c)) {
                score += Character.isLowerCase(previous) ? -5 : 1;
            } else if (c >= 0x80 && !Character.isLetter(c) && !Character.isSpaceChar(c)
                    && "«»—–…№".indexOf(c) < 0) {
                score -= 3; // box drawing, symbols, control characters
            }
            previous = c;
        }
        return score;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strictDecode(byte[] bytes, Charset charset, String how) throws UndecodableTextException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UndecodableTextException(charset.name(), "The body is not valid " + charset.name() + " ("
                    + how + " charset): bytes at offset " + in.position() + " cannot be decoded. Declare the real"
                    + " charset, e.g. Content-Type: text/html; charset=windows-1251");
        }
        out.flip();
        String text = out.toString();
        // Decoders keep a BOM as U+FEFF (UTF-8 and explicit-endian UTF-16); it is not part of the text.
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
