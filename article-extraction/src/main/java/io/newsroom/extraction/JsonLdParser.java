package io.newsroom.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small lenient JSON reader for JSON-LD blocks: objects become {@code Map}, arrays {@code List}, strings
 * {@code String}, numbers {@code Double}. Pages ship broken JSON-LD (raw newlines in strings, trailing
 * commas, HTML comments around it), so it tolerates those; anything worse yields null, never an exception.
 * Depth is capped so hostile nesting cannot overflow the stack.
 */
final class JsonLdParser {

    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private JsonLdParser(String s) {
        this.s = s;
    }

    /** The parsed value, or null when the text is not (close enough to) JSON. */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        String json = text.strip();
        if (json.startsWith("<!--")) {
            json = json.substring(4);
        }
        if (json.endsWith("-->")) {
            json = json.substring(0, json.length() - 3);
        }
        json = json.replace("//<![CDATA[", "").replace("//]]>", "").replace("<![CDATA[", "").replace("]]>", "");
        try {
            JsonLdParser parser = new JsonLdParser(json);
            parser.skipSpace();
            return parser.value(0);
        } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        skipSpace();
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            default:
                return literal();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpace();
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                return map;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            String key = c == '"' ? string() : String.valueOf(literal());
            skipSpace();
            if (s.charAt(pos) != ':') {
                throw new IllegalStateException("expected ':'");
            }
            pos++;
            map.put(key, value(depth + 1));
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSpace();
            char c = s.charAt(pos);
            if (c == ']') {
                pos++;
                return list;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            list.add(value(depth + 1));
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private Object literal() {
        int start = pos;
        while (pos < s.length() && ",:]}".indexOf(s.charAt(pos)) < 0 && !Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        String word = s.substring(start, pos);
        if (word.isEmpty()) {
            throw new IllegalStateException("unexpected '" + s.charAt(pos) + "'");
        }
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> Double.parseDouble(word);
        };
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }
}
