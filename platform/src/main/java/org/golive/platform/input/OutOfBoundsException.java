package org.golive.platform.input;

/** A parameter that does not convert or lies outside {@link InputBounds}; the message is safe to show a client. */
public class OutOfBoundsException extends IllegalArgumentException {

    public OutOfBoundsException(String message) {
        super(message);
    }
}
