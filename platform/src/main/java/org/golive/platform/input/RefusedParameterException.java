package org.golive.platform.input;

/**
 * A request parameter that code reading the parameters itself (a strict list query) refuses: unknown, given twice, or
 * a value that does not parse or lies outside {@link InputBounds}. The platform answers it as it answers a parameter
 * Spring could not convert: a 400 problem whose {@code errors} name the parameter with the reason. The reason is
 * written for the client and must not quote the value back.
 */
public class RefusedParameterException extends RuntimeException {

    private final String parameter;

    public RefusedParameterException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
