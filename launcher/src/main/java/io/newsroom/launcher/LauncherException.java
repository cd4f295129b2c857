package io.newsroom.launcher;

/** A failure the user can act on: its message is printed as it is, without a stack trace. */
public class LauncherException extends RuntimeException {
    public LauncherException(String message) {
        super(message);
    }
}
