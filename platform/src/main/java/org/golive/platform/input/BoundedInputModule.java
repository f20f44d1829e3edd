package org.golive.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Checks every text, decimal and date a request body carries against {@link InputBounds}, right after Jackson's own
 * deserializer parsed it, so that no request record can forget a bound. A value out of bounds fails the read with an
 * {@link UnacceptableInputException} that names the field.
 */
final class BoundedInputModule extends SimpleModule {

    BoundedInputModule() {
        super("golive-bounded-input");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new Checked(deserializer, value -> InputBounds.textProblem((String) value));
                }
                if (type == BigDecimal.class) {
                    return new Checked(deserializer, value -> InputBounds.decimalProblem((BigDecimal) value));
                }
                if (type == LocalDate.class) {
                    return new Checked(deserializer, value -> InputBounds.dateProblem((LocalDate) value));
                }
                return deserializer;
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                                                         KeyDeserializer deserializer) {
                return type.getRawClass() == String.class ? new CheckedKey(deserializer) : deserializer;
            }
        });
    }

    /** The standard deserializer, then the bound. */
    private static final class Checked extends DelegatingDeserializer {

        private final Function<Object, String> problem;

        Checked(ValueDeserializer<?> delegate, Function<Object, String> problem) {
            super(delegate);
            this.problem = problem;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, problem);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return check(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue) {
            return check(parser, super.deserialize(parser, context, intoValue));
        }

        private Object check(JsonParser parser, Object value) {
            String why = value == null ? null : problem.apply(value);
            if (why != null) {
                throw new UnacceptableInputException(parser, why, handledType());
            }
            return value;
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        private final KeyDeserializer delegate;

        CheckedKey(KeyDeserializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            String why = InputBounds.textProblem(key);
            if (why != null) {
                throw new UnacceptableInputException(context.getParser(), why, String.class);
            }
            return delegate == null ? key : delegate.deserializeKey(key, context);
        }
    }
}
