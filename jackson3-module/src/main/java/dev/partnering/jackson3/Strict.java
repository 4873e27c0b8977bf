package dev.partnering.jackson3;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import dev.partnering.ValidationException;
import dev.partnering.jackson.common.internal.FormatScalars;

/**
 * The format's scalars, read strictly (as the Jackson 2 module reads them): a text only from a JSON
 * string, a whole number only from a JSON integer, true or false only from JSON booleans, an enum by
 * its exact constant name, a decimal exactly within the format's limits, dates, instants, periods,
 * durations, currency codes and reporting periods from ISO-8601 strings. Used for the fields of the
 * SDK's values only, whatever the mapper's coercion settings say.
 */
final class Strict<T> extends StdScalarDeserializer<T> {

    /** The scalar: its words and its parse ({@link FormatScalars}, shared with the Jackson 2 module). */
    private final FormatScalars.Scalar<T> scalar;

    private Strict(FormatScalars.Scalar<T> scalar) {
        super(scalar.type());
        this.scalar = scalar;
    }

    private static final Map<Class<?>, Strict<?>> BY_TYPE = FormatScalars.SCALARS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new Strict<>(e.getValue())));

    /** @return the strict deserializer of a scalar type, or null if the type is not one */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static ValueDeserializer<?> of(JavaType type) {
        Class<?> c = type.getRawClass();
        return c.isEnum() ? new Strict(FormatScalars.of(c)) : BY_TYPE.get(c);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        Class<?> type = handledType();
        Object v;
        try {
            if (type == Integer.class || type == Long.class) {
                v = whole(p, type == Integer.class);
            } else if (type == Boolean.class) {
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw new FormatScalars.Refused("expected true or false, found " + found(p), null);
                }
                v = t == JsonToken.VALUE_TRUE;
            } else if (type == BigDecimal.class && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
                if (p.isNaN()) {
                    throw new FormatScalars.Refused("'" + p.getString() + "' is not a finite number", null);
                }
                v = FormatScalars.limited(p.getDecimalValue());
            } else if (t != JsonToken.VALUE_STRING) {
                throw new FormatScalars.Refused("expected " + scalar.expected() + ", found " + found(p), null);
            } else {
                v = FormatScalars.fromText(scalar, p.getString());
            }
        } catch (FormatScalars.Refused e) {
            throw new Failed(p, e.getMessage(), e.rules());
        }
        @SuppressWarnings("unchecked")
        T value = (T) v;
        return value;
    }

    private static Object whole(JsonParser p, boolean isInt) {
        JsonParser.NumberType n = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getNumberType() : null;
        if (n == null || isInt && n != JsonParser.NumberType.INT || !isInt && n == JsonParser.NumberType.BIG_INTEGER) {
            throw new FormatScalars.Refused(FormatScalars.notAWholeNumber(isInt, n == null ? found(p) : p.getString()), null);
        }
        return isInt ? (Object) p.getIntValue() : (Object) p.getLongValue();
    }

    /**
     * JSON {@code null} as an element of a list or set of scalars: refused in the format's words at the element
     * (Jackson asks for the null value without calling {@link #deserialize}, and a builder's enum set or a creator's
     * {@code List.copyOf} would fail with the JDK's bare {@code NullPointerException}). A null field is left to its
     * setter, which refuses it; an absent field (for which Jackson asks here too) to its value's own check.
     */
    @Override
    public T getNullValue(DeserializationContext ctxt) {
        // a null element in an array; not an absent field, for which Jackson asks here too (after the value's end)
        if (ctxt.getParser().currentToken() == JsonToken.VALUE_NULL && ctxt.getParser().streamReadContext() != null
                && ctxt.getParser().streamReadContext().inArray()) {
            throw new Failed(ctxt.getParser(), "expected " + scalar.expected() + ", found null", null);
        }
        @SuppressWarnings("unchecked")
        T none = (T) super.getNullValue(ctxt);
        return none;
    }

    /** Dynamic: Jackson asks {@link #getNullValue} at each null instead of once for all. */
    @Override
    public tools.jackson.databind.util.AccessPattern getNullAccessPattern() {
        return tools.jackson.databind.util.AccessPattern.DYNAMIC;
    }

    /** @return what the parser is on, in words: {@code an object}, {@code a string}, … */
    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        return FormatScalars.found(t == null ? null : t.name());
    }

    /** A scalar the format does not accept; its message is the problem's. */
    static final class Failed extends DatabindException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationException rules;

        Failed(JsonParser p, String message, ValidationException rules) {
            super(p, message);
            this.rules = rules;
        }

        /** @return the domain's rules the text broke (e.g. an unknown currency code), or null */
        ValidationException rules() {
            return rules;
        }
    }
}
