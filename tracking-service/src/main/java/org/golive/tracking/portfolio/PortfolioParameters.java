package org.golive.tracking.portfolio;

import org.golive.platform.input.InputBounds;
import org.golive.platform.input.QueryParameters;
import org.golive.platform.input.RefusedParameterException;
import org.golive.tracking.health.Colour;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The portfolio's query parameters, read strictly as planning reads its task list's: a value that does not parse or
 * lies outside the platform's {@link InputBounds}, an unknown parameter (a misspelt filter would otherwise answer
 * everything) or a single-valued one given twice is a 400 naming the parameter; the value is never quoted back.
 */
final class PortfolioParameters {

    static final Set<String> REPEATABLE = Set.of("waveId", "health", "phase");
    static final Set<String> SINGLE = Set.of("programId", "q", "goLiveFrom", "goLiveTo", "page", "size", "sort");
    private static final int MAX_ID = 100;
    private static final int MAX_TEXT = 100;
    private static final int MAX_VALUES = 50;

    private PortfolioParameters() {
    }

    static void checkNames(Map<String, String[]> parameters) {
        parameters.forEach((name, values) -> {
            if (!REPEATABLE.contains(name) && !SINGLE.contains(name)) {
                throw refused(name, "is not a parameter of the portfolio: use programId, waveId, health, phase, q,"
                        + " goLiveFrom, goLiveTo, page, size or sort");
            }
            if (SINGLE.contains(name) && values.length > 1) {
                throw refused(name, "may be given once");
            }
        });
    }

    static PortfolioQuery query(String programId, List<String> waveIds, List<String> health, List<String> phases,
                                String text, String goLiveFrom, String goLiveTo, String sort) {
        LocalDate from = date("goLiveFrom", goLiveFrom);
        LocalDate to = date("goLiveTo", goLiveTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw refused("goLiveTo", "may not be before goLiveFrom");
        }
        return new PortfolioQuery(programId == null ? null : QueryParameters.text("programId", programId, MAX_ID),
                texts("waveId", waveIds, MAX_ID), colours(health), texts("phase", phases, MAX_ID),
                text == null ? null : QueryParameters.text("q", text, MAX_TEXT), from, to, order(sort));
    }

    static int page(String value) {
        return number("page", value, 0, 0, Integer.MAX_VALUE / PortfolioQuery.MAX_PAGE_SIZE);
    }

    static int size(String value) {
        return number("size", value, PortfolioQuery.DEFAULT_PAGE_SIZE, 1, PortfolioQuery.MAX_PAGE_SIZE);
    }

    /** The query and page as parameters again, for the page links: the canonical spelling of what was asked. */
    static String queryString(PortfolioQuery query, int page, int size) {
        StringJoiner joiner = new StringJoiner("&", "?", "");
        if (query.programId() != null) {
            joiner.add("programId=" + encode(query.programId()));
        }
        query.waveIds().stream().sorted().forEach(w -> joiner.add("waveId=" + encode(w)));
        query.health().stream().sorted().forEach(c -> joiner.add("health=" + c.name()));
        query.phases().stream().sorted().forEach(p -> joiner.add("phase=" + encode(p)));
        if (query.text() != null) {
            joiner.add("q=" + encode(query.text()));
        }
        if (query.goLiveFrom() != null) {
            joiner.add("goLiveFrom=" + query.goLiveFrom());
        }
        if (query.goLiveTo() != null) {
            joiner.add("goLiveTo=" + query.goLiveTo());
        }
        return joiner.add("sort=" + encode(query.order().text())).add("page=" + page).add("size=" + size).toString();
    }

    /** Refused as the platform refuses any bad parameter: a 400 naming it; the value is never quoted back. */
    static RefusedParameterException refused(String name, String reason) {
        return new RefusedParameterException(name, reason);
    }

    private static Set<Colour> colours(List<String> values) {
        Set<Colour> colours = EnumSet.noneOf(Colour.class);
        for (String value : QueryParameters.limited("health", values, MAX_VALUES)) {
            try {
                colours.add(Colour.valueOf(value.strip()));
            } catch (IllegalArgumentException e) {
                throw refused("health", "must be one of " + Arrays.toString(Colour.values()));
            }
        }
        return colours;
    }

    private static Set<String> texts(String name, List<String> values, int maxLength) {
        Set<String> texts = new LinkedHashSet<>();
        for (String value : QueryParameters.limited(name, values, MAX_VALUES)) {
            texts.add(QueryParameters.text(name, value, maxLength));
        }
        return texts;
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refused(name, "must be a date as YYYY-MM-DD");
        }
        String problem = InputBounds.dateProblem(date);
        if (problem != null) {
            throw refused(name, problem);
        }
        return date;
    }

    private static PortfolioOrder order(String value) {
        if (value == null) {
            return PortfolioOrder.DEFAULT;
        }
        try {
            return PortfolioOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw refused("sort", e.getMessage());
        }
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw refused(name, "must be a whole number from " + min + " to " + max);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
