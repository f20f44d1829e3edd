package org.golive.platform.problem;

/** The caller is who they say, but may not touch this object (another site's rollout): 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
