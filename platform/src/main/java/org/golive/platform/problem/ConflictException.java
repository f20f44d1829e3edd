package org.golive.platform.problem;

/** The request conflicts with the current state of the resource (it already exists, it moved on): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
