package org.golive.platform.web;

/** The request body is larger than {@code golive.web.max-request-size}. */
public class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes");
    }
}
