package org.golive.platform.input;

import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/**
 * How request bodies are read: strictly, and within bounds before any value reaches a controller. Only the HTTP
 * converter uses this mapper; events between services keep the application's own.
 *
 * <ul>
 *   <li>numbers of at most {@value #MAX_NUMBER_LENGTH} characters, strings of at most {@value #MAX_STRING_LENGTH},
 *       nesting at most {@value #MAX_DEPTH} deep, field names of at most {@value #MAX_NAME_LENGTH};</li>
 *   <li>a duplicate key, a trailing token, a fraction where an integer is expected ({@code 12.5} percent), a number
 *       where an enum is expected, {@code null} for a primitive or inside a list or map: refused;</li>
 *   <li>every text, decimal and date inside {@link InputBounds} ({@link BoundedInputModule}).</li>
 * </ul>
 */
public final class RequestJson {

    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_STRING_LENGTH = 200_000;
    static final int MAX_DEPTH = 32;
    static final int MAX_NAME_LENGTH = 200;
    static final long MAX_TOKENS = 1_000_000;

    private RequestJson() {
    }

    /** A strict mapper, given what configures the application's own (Boot's customizers: modules, mix-ins). */
    public static JsonMapper mapper(Consumer<JsonMapper.Builder> applicationCustomizers) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        applicationCustomizers.accept(builder);
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL))
                .addModule(new BoundedInputModule())
                .build();
    }

    /** The same without application customizers: for tests and tools. */
    public static JsonMapper mapper() {
        return mapper(builder -> { });
    }
}
