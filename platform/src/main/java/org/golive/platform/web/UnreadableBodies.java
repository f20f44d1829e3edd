package org.golive.platform.web;

import org.golive.platform.input.UnacceptableInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A request body that could not be read, said in the API's words: which field, and what it must be. The parser's
 * own message is never shown (it names Java types and quotes the input).
 */
final class UnreadableBodies {

    private UnreadableBodies() {
    }

    static ProblemDetail problem(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemHandling.problem(HttpStatus.BAD_REQUEST, "unreadable-request",
                "Unreadable request", "The request body is missing or is not valid JSON");
        JacksonException jackson = jacksonCause(e);
        if (jackson == null) {
            return problem;
        }
        String field = path(jackson.getPath());
        if (jackson instanceof StreamConstraintsException) {
            problem.setDetail("The request body goes beyond a limit (number length, text length, nesting depth or"
                    + " size)" + at(jackson.getLocation()));
        } else if (!field.isEmpty()) {
            problem.setDetail("The field '" + field + "' has an unacceptable value");
            problem.setProperty("errors", Map.of(field, expected(jackson)));
        } else if (jackson instanceof StreamReadException) {
            String what = jackson.getOriginalMessage() != null && jackson.getOriginalMessage().startsWith("Duplicate")
                    ? "has a duplicate key" : "is not valid JSON";
            problem.setDetail("The request body " + what + at(jackson.getLocation()));
        } else {
            problem.setDetail("The request body does not have the expected shape");
        }
        return problem;
    }

    private static String expected(JacksonException e) {
        if (e instanceof UnacceptableInputException) {
            return e.getOriginalMessage();
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        return "wrong type or format";
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
