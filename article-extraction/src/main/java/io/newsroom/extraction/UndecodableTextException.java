package io.newsroom.extraction;

/**
 * The body's bytes are not valid in the charset that was chosen for them (or the declared charset is unknown).
 * Nothing is ever replaced with U+FFFD: the caller has to declare the real charset, and a service maps this
 * to a 400 whose detail is {@link #getMessage()}.
 */
public final class UndecodableTextException extends Exception {

    private final String charsetName;

    public UndecodableTextException(String charsetName, String message) {
        super(message);
        this.charsetName = charsetName;
    }

    /** The charset that was tried (or the unknown name that was declared). */
    public String charsetName() {
        return charsetName;
    }
}
