package org.golive.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem says what went wrong without naming Java types or libraries and without echoing the input at length. */
class ProblemTextTest {

    @Test
    void javaTypeAndLibraryNamesAreReplaced() {
        String safe = ProblemText.safe("Cannot deserialize value of type `java.time.LocalDate` from String \"x\":"
                + " Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) in"
                + " tools.jackson.databind.exc.InvalidFormatException; a BigDecimal from Jackson");

        assertThat(safe).doesNotContainPattern("(?i)java|jackson|tools\\.|BigDecimal|LocalDate|DateTimeParse|String");
        assertThat(safe).contains("decimal");
    }

    @Test
    void quotedInputIsCutToAFewDozenCharacters() {
        String safe = ProblemText.safe("Rollout '" + "x".repeat(10_000) + "' not found");

        assertThat(safe).startsWith("Rollout '" + "x".repeat(ProblemText.MAX_QUOTE) + "…'").endsWith("not found")
                .hasSizeLessThan(ProblemText.MAX_QUOTE + 30);
    }

    @Test
    void anyTextIsCutAndControlCharactersReplaced() {
        assertThat(ProblemText.safe("a\u0000b\ud800c " + "why ".repeat(2_000)))
                .startsWith("a\uFFFDb\uFFFDc").hasSize(ProblemText.MAX_TEXT + 1);
    }

    @Test
    void inputEchoedWithoutQuotesIsCutToo() {
        String number = "1" + "0".repeat(5_000);

        assertThat(ProblemText.safe("must be at most 1e15, not " + number + " (a rate)"))
                .isEqualTo("must be at most 1e15, not " + number.substring(0, ProblemText.MAX_QUOTE) + "… (a rate)");
    }

    @Test
    void domainWordsStay() {
        assertThat(ProblemText.safe("Set a baseline first; the go-live date must be a working day"))
                .isEqualTo("Set a baseline first; the go-live date must be a working day");
    }

    @Test
    void theFieldErrorsAreSanitizedToo() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Failed: java.lang.Integer");
        problem.setProperty("errors", new java.util.LinkedHashMap<>(Map.of("k".repeat(500), "not a java.math.BigDecimal",
                "rate", java.util.List.of("9".repeat(500)), "count", 3)));

        ProblemText.sanitize(problem);

        assertThat(problem.getDetail()).isEqualTo("Failed: value");
        @SuppressWarnings("unchecked")
        Map<String, Object> errors = (Map<String, Object>) problem.getProperties().get("errors");
        assertThat(errors).containsEntry("k".repeat(ProblemText.MAX_QUOTE) + "…", "not a value")
                .containsEntry("rate", "[" + "9".repeat(ProblemText.MAX_QUOTE - 1) + "…")
                .containsEntry("count", 3);
    }
}
