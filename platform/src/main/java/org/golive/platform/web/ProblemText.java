package org.golive.platform.web;

import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a problem response may say: no Java type or library name, at most a few dozen characters of anything the
 * client sent, no control characters, and a short text. Applied to every problem on its way out
 * ({@link ProblemSanitizing}), whoever wrote its message (a domain rule, Spring, a library).
 */
final class ProblemText {

    static final int MAX_QUOTE = 40;
    static final int MAX_TEXT = 300;
    static final int MAX_ERRORS = 20;
    /** Past this a message is cut before it is looked at (the result is cut to {@link #MAX_TEXT} anyway). */
    private static final int MAX_SCANNED = 20_000;

    /** a.b.C, java.time.LocalDate, tools.jackson.databind.exc.X, with an optional $Inner. */
    private static final Pattern QUALIFIED_TYPE =
            Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_][A-Za-z0-9_$]*");
    /** A word longer than any the server writes: client input echoed without quotes (a 10,000-digit number). */
    private static final Pattern LONG_WORD = Pattern.compile("[^\\s'\"`]{" + (MAX_QUOTE + 1) + ",}");
    private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern LIBRARY = Pattern.compile(
            "(?i)\\b(?:jackson|fasterxml|springframework|hibernate|tomcat|netty|mongodb|bson|kafka)\\b");
    private static final Pattern JAVA_TYPE = Pattern.compile("\\b(?:BigDecimal|BigInteger|LocalDate|LocalDateTime"
            + "|OffsetDateTime|ZonedDateTime|Instant|YearMonth|Integer|Long|Short|Byte|Double|Float|Boolean|Character"
            + "|String|ArrayList|HashMap|LinkedHashMap|Optional|UUID)\\b");
    private static final Map<String, String> PLAIN_WORDS = Map.of("BigDecimal", "decimal", "BigInteger", "integer",
            "LocalDate", "date", "Integer", "integer", "Long", "integer", "String", "text", "Boolean", "boolean",
            "Double", "number", "Instant", "timestamp");

    private ProblemText() {
    }

    static void sanitize(ProblemDetail problem) {
        problem.setDetail(safe(problem.getDetail()));
        problem.setTitle(safe(problem.getTitle()));
        Map<String, Object> properties = problem.getProperties();
        if (properties != null && properties.get("errors") instanceof Map<?, ?> errors) {
            Map<String, Object> safeErrors = new LinkedHashMap<>();
            errors.forEach((field, message) -> {
                if (safeErrors.size() < MAX_ERRORS) {
                    safeErrors.putIfAbsent(truncate(safe(String.valueOf(field)), MAX_QUOTE),
                            message instanceof Number || message instanceof Boolean ? message
                                    : safe(String.valueOf(message)));
                }
            });
            problem.setProperty("errors", safeErrors);
        }
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        String clean = withoutControlCharacters(text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text);
        clean = shortenQuotes(clean);
        clean = shortenLongWords(clean);
        clean = QUALIFIED_TYPE.matcher(clean).replaceAll("value");
        clean = BACKTICKED.matcher(clean).replaceAll("value");
        clean = replaceJavaTypes(clean);
        clean = LIBRARY.matcher(clean).replaceAll("the server");
        return truncate(clean, MAX_TEXT);
    }

    private static String withoutControlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)));
            if (Character.isISOControl(c) || lone) {
                out.append('\uFFFD');
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c) && !lone) {
                    out.append(text.charAt(++i));
                }
            }
        }
        return out.toString();
    }

    private static String shortenQuotes(String text) {
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String quote = quoted.group().substring(0, 1);
            String inner = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            quoted.appendReplacement(out, Matcher.quoteReplacement(quote + truncate(inner, MAX_QUOTE) + quote));
        }
        quoted.appendTail(out);
        return out.toString();
    }

    private static String shortenLongWords(String text) {
        Matcher word = LONG_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(out, Matcher.quoteReplacement(truncate(word.group(), MAX_QUOTE)));
        }
        word.appendTail(out);
        return out.toString();
    }

    private static String replaceJavaTypes(String text) {
        Matcher type = JAVA_TYPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (type.find()) {
            type.appendReplacement(out, PLAIN_WORDS.getOrDefault(type.group(), "value"));
        }
        type.appendTail(out);
        return out.toString();
    }

    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
