package org.golive.platform.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.golive.platform.input.OutOfBoundsException;
import org.golive.platform.input.RefusedParameterException;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error as an RFC 9457 problem: what went wrong in words a client developer can act on, and for invalid input
 * the fields at fault ({@code errors}: field to message). Unexpected failures are logged and answered without
 * internals.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    private static final String TYPE_BASE = "https://golive.org/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", "Request breaks a rule",
                e.getMessage());
        problem.setProperty("errors", e.fields());
        return problem;
    }

    @ExceptionHandler({ConflictException.class, DuplicateKeyException.class})
    ProblemDetail conflict(RuntimeException e) {
        String detail = e instanceof ConflictException ? e.getMessage() : "The resource already exists";
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-edit", "Edited concurrently", e.getMessage());
    }

    /** Allowed to use the endpoint, not on this object (another site's rollout). */
    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail notYours(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "not-yours", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large", e.getMessage());
    }

    /** Tomcat decodes parameters lazily and fails on bytes that are not UTF-8 ({@code ?rolloutId=%C3%28}). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameter(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "A parameter is not valid UTF-8 once percent-decoded");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request could not be completed; it has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid fields: " + String.join(", ", errors.keySet()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.putIfAbsent(r.getMethodParameter().getParameterName(), err.getDefaultMessage())));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid parameters: " + String.join(", ", errors.keySet()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        return ResponseEntity.badRequest().body(UnreadableBodies.problem(e));
    }

    @ExceptionHandler(RefusedParameterException.class)
    ProblemDetail refusedParameter(RefusedParameterException e) {
        return badParameter(e.parameter(), "The parameter '" + e.parameter() + "' is not accepted", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        String expected = "wrong type or format";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfBoundsException bounds) {
                expected = bounds.getMessage();
            }
        }
        return ResponseEntity.badRequest().body(badParameter(name,
                "The parameter '" + name + "' has a value of the wrong type or format", expected));
    }

    private static ProblemDetail badParameter(String name, String detail, String reason) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", Map.of(name, reason));
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
