package org.golive.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A well-formed value outside {@link InputBounds}; its message is written for the client and safe to show. */
public class UnacceptableInputException extends MismatchedInputException {

    UnacceptableInputException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
