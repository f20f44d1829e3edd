package org.golive.planning.msproject;

/** The input is not a Microsoft Project XML file the reader can use; the message says what is wrong with it. */
public class MspdiFormatException extends RuntimeException {

    public MspdiFormatException(String message) {
        super(message);
    }

    public MspdiFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
