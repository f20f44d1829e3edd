package org.golive.stakeholder.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.StringJoiner;

/** A list's filters in their canonical spelling, for its page links: in a fixed order, values encoded. */
public final class Filters {

    private final StringJoiner joiner = new StringJoiner("&");

    public Filters add(String name, Object value) {
        if (value != null) {
            joiner.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Each value as a repetition of the parameter, sorted. */
    public Filters addEach(String name, Collection<?> values) {
        values.stream().map(Object::toString).sorted().forEach(v -> add(name, v));
        return this;
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
