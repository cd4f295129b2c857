package io.newsroom.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written fixture pages under src/test/resources/pages: NAME.html and its gold main text NAME.txt. */
final class Fixtures {

    static final List<String> PAGES = List.of(
            "classic-news-en", "classic-news-ru", "aspnet-form-ru", "hidden-duplicate-en", "jsonld-only-en",
            "amp-en", "blog-en", "split-divs-ru", "wire-agency-en", "cp1251-meta-ru", "koi8r-meta-ru",
            "cp1251-undeclared-ru", "utf8-bom-ru", "liveblog-en", "table-lists-ru", "long-comments-en", "div-soup-ru",
            "tailwind-en", "font-table-ru", "plain-comments-ru");

    private Fixtures() {
    }

    static byte[] html(String page) {
        return resource("/pages/" + page + ".html");
    }

    static String gold(String page) {
        return new String(resource("/pages/" + page + ".txt"), StandardCharsets.UTF_8).strip();
    }

    static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
