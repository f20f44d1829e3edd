package org.golive.tracking.audit;

import org.bson.Document;
import org.golive.platform.input.QueryParameters;
import org.golive.platform.input.RefusedParameterException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The audit trail as the PMO searches it: one rollout's or program's changes, narrowed by actor, by part of the event
 * type and by days, newest first, a page at a time. Filtered, counted and cut on the database, so a long-running
 * site's trail (every progress report is an entry) never travels whole.
 */
@Component
class AuditSearch {

    static final int MAX_PAGE_SIZE = 500;
    private static final Set<String> NAMES = Set.of("rolloutId", "programId", "actor", "type", "from", "to", "page",
            "size");

    /** A page of entries; {@code total} counts every entry that passes the filter. */
    record AuditPage(List<AuditTrail.Entry> entries, int page, int size, long total, long totalPages) {
    }

    private final MongoTemplate mongo;

    AuditSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    AuditPage search(Map<String, String[]> parameters) {
        for (var given : parameters.entrySet()) {
            if (!NAMES.contains(given.getKey())) {
                throw new RefusedParameterException(given.getKey(), "is not a parameter of the audit search");
            }
            if (given.getValue().length > 1) {
                throw new RefusedParameterException(given.getKey(), "may be given once");
            }
        }
        String rolloutId = text(parameters, "rolloutId");
        String programId = text(parameters, "programId");
        if ((rolloutId == null) == (programId == null)) {
            throw new RefusedParameterException("rolloutId", "give exactly one of rolloutId and programId");
        }
        Criteria criteria = where("subject").is(rolloutId != null ? rolloutId : programId);
        String actor = text(parameters, "actor");
        if (actor != null) {
            criteria = criteria.and("actor").is(actor);
        }
        String type = text(parameters, "type");
        if (type != null) {
            criteria = criteria.and("type").regex(Pattern.quote(type), "i");
        }
        LocalDate from = day(parameters, "from");
        LocalDate to = day(parameters, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new RefusedParameterException("to", "must not be before from");
        }
        // Times are ISO-8601 in UTC (CloudEvents' time), so they compare as text: a day's entries start with it.
        if (from != null || to != null) {
            Criteria time = criteria.and("time");
            if (from != null) {
                time = time.gte(from.toString());
            }
            if (to != null) {
                time = time.lt(to.plusDays(1).toString());
            }
            criteria = time;
        }
        int page = number(parameters, "page", 0, 100_000, 0);
        int size = number(parameters, "size", 1, MAX_PAGE_SIZE, 50);
        String collection = AuditTrail.COLLECTION;
        long total = mongo.count(new Query(criteria), collection);
        List<AuditTrail.Entry> entries = mongo.find(new Query(criteria)
                        .with(Sort.by(Sort.Order.desc("time"), Sort.Order.desc("_id")))
                        .skip((long) page * size).limit(size), Document.class, collection)
                .stream().map(AuditTrail::entry).toList();
        return new AuditPage(entries, page, size, total, (total + size - 1) / size);
    }

    private static String text(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : QueryParameters.text(name, values[0], 200);
    }

    private static LocalDate day(Map<String, String[]> parameters, String name) {
        String value = text(parameters, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RefusedParameterException(name, "must be a day, yyyy-mm-dd");
        }
    }

    private static int number(Map<String, String[]> parameters, String name, int min, int max, int absent) {
        String value = text(parameters, name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RefusedParameterException(name, "must be a whole number from " + min + " to " + max);
    }
}
