package org.golive.stakeholder.paging;

import org.golive.platform.input.QueryParameters;
import org.golive.platform.input.RefusedParameterException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a list, read strictly as planning's task list reads them: a parameter the list does not
 * know, a single-valued one given twice, or a value that does not parse is refused with a 400 naming it, since a
 * misspelt filter would otherwise answer everything as if it had been applied. The parameter map is the request's.
 */
public final class ListParameters {

    private static final int MAX_VALUES = 20;
    private static final int MAX_TEXT = 200;

    private final Map<String, String[]> given;

    /**
     * @param repeatable the list's parameters that may be given several times (any of the values)
     * @param single     the list's other parameters besides {@code page}, {@code size} and {@code sort}
     */
    public ListParameters(Map<String, String[]> given, Set<String> repeatable, Set<String> single) {
        this.given = given;
        given.forEach((name, values) -> {
            boolean paging = name.equals("page") || name.equals("size") || name.equals("sort");
            if (!repeatable.contains(name) && !single.contains(name) && !paging) {
                List<String> known = new ArrayList<>(repeatable);
                known.addAll(single);
                known.addAll(List.of("page", "size", "sort"));
                throw new RefusedParameterException(name, "is not a parameter of this list: use "
                        + String.join(", ", known.stream().sorted().toList()));
            }
            if (!repeatable.contains(name) && values.length > 1) {
                throw new RefusedParameterException(name, "may be given once");
            }
            if (values.length > MAX_VALUES) {
                throw new RefusedParameterException(name, "may be given at most " + MAX_VALUES + " times");
            }
        });
    }

    /** A single text value, stripped, or null when absent; refused when blank, too long or not plain text. */
    public String text(String name) {
        String[] values = given.get(name);
        if (values == null) {
            return null;
        }
        return QueryParameters.text(name, values[0], MAX_TEXT);
    }

    /** Every value of a repeatable enum parameter; empty when absent. */
    public <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        String[] values = given.get(name);
        if (values == null) {
            return List.of();
        }
        List<E> parsed = new ArrayList<>();
        for (String value : values) {
            try {
                parsed.add(Enum.valueOf(type, value.strip()));
            } catch (IllegalArgumentException e) {
                throw new RefusedParameterException(name, "must be one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }
        return parsed;
    }

    /** A single enum value, or null when absent. */
    public <E extends Enum<E>> E oneEnum(String name, Class<E> type) {
        List<E> values = enums(name, type);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    public Integer number(String name, int min, int max, Integer fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the range
        }
        throw new RefusedParameterException(name, "must be a whole number from " + min + " to " + max);
    }

    /** The page to answer: {@code page} from 0, {@code size} 1 to {@link PageQuery#MAX_PAGE_SIZE}, {@code sort}. */
    public <T> PageQuery<T> page(Sorting<T> sorting) {
        int page = number("page", 0, Integer.MAX_VALUE, 0);
        int size = number("size", 1, PageQuery.MAX_PAGE_SIZE, PageQuery.DEFAULT_PAGE_SIZE);
        String sort = text("sort");
        try {
            return new PageQuery<>(page, size, sorting.parse(sort));
        } catch (IllegalArgumentException e) {
            throw new RefusedParameterException("sort", e.getMessage());
        }
    }
}
