package io.newsroom.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static final String RUSSIAN = "Метеорологи предупредили жителей области о сильном снегопаде, который "
            + "ожидается в ночь на четверг. За сутки может выпасть до тридцати сантиметров снега, что превышает "
            + "месячную норму. Водителей просят без крайней необходимости не выезжать за город.";
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");

    private final CharsetDetector detector = new CharsetDetector();

    @Test
    void declaredCharsetWinsOverMetaAndDetection() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + RUSSIAN + "</p></body></html>";
        DecodedText decoded = detector.decodeHtml(page.getBytes(KOI8_R), "KOI8-R");

        assertThat(decoded.charset()).isEqualTo(KOI8_R);
        assertThat(decoded.source()).isEqualTo(DecodedText.Source.DECLARED);
        assertThat(decoded.text()).contains(RUSSIAN);
    }

    @Test
    void declaredCharsetMayBeAWholeContentTypeValue() throws Exception {
        DecodedText decoded = detector.decodeText(RUSSIAN.getBytes(WINDOWS_1251), "text/plain; charset=\"windows-1251\"");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1251);
        assertThat(decoded.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void utf8ByteOrderMarkIsUsedAndDropped() throws Exception {
        byte[] body = withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, RUSSIAN.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = detector.decodeText(body, null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.source()).isEqualTo(DecodedText.Source.BYTE_ORDER_MARK);
        assertThat(decoded.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void utf16ByteOrderMarksInBothByteOrders() throws Exception {
        byte[] littleEndian = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, RUSSIAN.getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, RUSSIAN.getBytes(StandardCharsets.UTF_16BE));

        assertThat(detector.decodeHtml(littleEndian, null).text()).isEqualTo(RUSSIAN);
        assertThat(detector.decodeHtml(littleEndian, null).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(detector.decodeHtml(bigEndian, null).text()).isEqualTo(RUSSIAN);
    }

    @Test
    void metaHttpEquivDeclaresWindows1251() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>" + RUSSIAN + "</p></body></html>";
        DecodedText decoded = detector.decodeHtml(page.getBytes(WINDOWS_1251), null);

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1251);
        assertThat(decoded.source()).isEqualTo(DecodedText.Source.HTML_META);
        assertThat(decoded.text()).contains(RUSSIAN);
    }

    @Test
    void metaCharsetDeclaresKoi8r() throws Exception {
        String page = "<!doctype html><html><head><meta charset='koi8-r'><title>x</title></head><body>" + RUSSIAN
                + "</body></html>";
        DecodedText decoded = detector.decodeHtml(page.getBytes(KOI8_R), null);

        assertThat(decoded.charset()).isEqualTo(KOI8_R);
        assertThat(decoded.text()).contains(RUSSIAN);
    }

    @Test
    void metaIsNotLookedForInPlainText() throws Exception {
        String text = "<meta charset=\"koi8-r\"> is how a page declares KOI8-R.";
        DecodedText decoded = detector.decodeText(text.getBytes(StandardCharsets.US_ASCII), null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void metaNamingUtf16IsReadAsUtf8() throws Exception {
        String page = "<meta charset=\"utf-16\"><p>Привет</p>";
        assertThat(detector.decodeHtml(page.getBytes(StandardCharsets.UTF_8), null).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void undeclaredWindows1251IsDetected() throws Exception {
        DecodedText decoded = detector.decodeText(RUSSIAN.getBytes(WINDOWS_1251), null);

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1251);
        assertThat(decoded.source()).isEqualTo(DecodedText.Source.DETECTED);
        assertThat(decoded.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void undeclaredKoi8rIsDetected() throws Exception {
        DecodedText decoded = detector.decodeText(RUSSIAN.getBytes(KOI8_R), null);

        assertThat(decoded.charset()).isEqualTo(KOI8_R);
        assertThat(decoded.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void undeclaredUtf8IsDetected() throws Exception {
        DecodedText decoded = detector.decodeText(RUSSIAN.getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void declaredIso88591DecodesLatinText() throws Exception {
        String french = "Le café de la gare a rouvert ses portes après trois années de travaux.";
        DecodedText decoded = detector.decodeText(french.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1");

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(decoded.text()).isEqualTo(french);
    }

    @Test
    void emptyBodyIsEmptyUtf8Text() throws Exception {
        DecodedText decoded = detector.decodeHtml(new byte[0], null);

        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void bytesInvalidInTheDeclaredCharsetAreRefusedNotReplaced() {
        byte[] windows1251 = RUSSIAN.getBytes(WINDOWS_1251);

        assertThatThrownBy(() -> detector.decodeText(windows1251, "UTF-8"))
                .isInstanceOf(UndecodableTextException.class)
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("offset 0")
                .hasMessageContaining("Declare the real charset")
                .satisfies(e -> assertThat(((UndecodableTextException) e).charsetName()).isEqualTo("UTF-8"));
    }

    @Test
    void bytesInvalidInTheMetaCharsetAreRefused() {
        byte[] page = withPrefix("<meta charset=\"utf-8\"><p>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});

        assertThatThrownBy(() -> detector.decodeHtml(page, null))
                .isInstanceOf(UndecodableTextException.class)
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("offset 25");
    }

    @Test
    void unknownDeclaredCharsetIsRefused() {
        assertThatThrownBy(() -> detector.decodeText("text".getBytes(StandardCharsets.US_ASCII), "no-such-charset"))
                .isInstanceOf(UndecodableTextException.class)
                .hasMessageContaining("no-such-charset");
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}
