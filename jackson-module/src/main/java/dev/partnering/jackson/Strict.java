package dev.partnering.jackson;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import dev.partnering.jackson.common.internal.FormatScalars;

/**
 * The format's scalars, read strictly and streamed: a text only from a JSON string, a whole number
 * only from a JSON integer, true or false only from JSON booleans, an enum by its exact constant
 * name, a decimal exactly (from a string or a number, never through {@code double}, within the
 * module's limits), dates, instants, periods, durations, currency codes and reporting periods
 * from ISO-8601 strings. Used for the fields of the SDK's values, whatever the mapper's coercion
 * settings say; the user's own types keep the mapper's deserializers.
 */
final class Strict<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** The scalar: its words and its parse ({@link FormatScalars}, shared with the Jackson 3 module). */
    private final transient FormatScalars.Scalar<T> scalar;

    private Strict(FormatScalars.Scalar<T> scalar) {
        super(scalar.type());
        this.scalar = scalar;
    }

    private static final Map<Class<?>, Strict<?>> BY_TYPE = FormatScalars.SCALARS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new Strict<>(e.getValue())));

    /**
     * References by id (a builder's setter marked {@code @JsonIdentityReference(alwaysAsId = true)} in its
     * mix-in): a placeholder of the referenced type named by the id, which the value that holds the
     * referenced ones resolves when it is built (a survey, its dimensions).
     */
    private static final Map<Class<?>, Strict<?>> BY_ID = Map.of(dev.partnering.trust.TrustDimension.class,
            new Strict<>(new FormatScalars.Scalar<>(dev.partnering.trust.TrustDimension.class,
                    "the id of one of the survey's dimensions", id -> dev.partnering.trust.TrustDimension.of(id, id))));

    /**
     * @param type  the declared type of a reference by id
     * @return the deserializer of the id into a placeholder, or null if the type has none
     */
    static JsonDeserializer<?> byId(JavaType type) {
        return BY_ID.get(type.getRawClass());
    }

    /**
     * @param type  the declared type of a field of one of the SDK's values
     * @return the strict deserializer of that scalar, or null if the type is not one
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static JsonDeserializer<?> of(JavaType type) {
        Class<?> c = type.getRawClass();
        return c.isEnum() ? new Strict(FormatScalars.of(c)) : BY_TYPE.get(c);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        Class<?> type = handledType();
        Object v;
        try {
            if (type == Integer.class || type == Long.class) {
                JsonParser.NumberType n = t == JsonToken.VALUE_NUMBER_INT ? p.getNumberType() : null;
                if (n == null || type == Integer.class && n != JsonParser.NumberType.INT
                        || type == Long.class && n == JsonParser.NumberType.BIG_INTEGER) {
                    throw new FormatScalars.Refused(FormatScalars.notAWholeNumber(type == Integer.class,
                            n == null ? found(p) : p.getText()), null);
                }
                v = type == Integer.class ? (Object) Integer.valueOf(p.getIntValue()) : (Object) Long.valueOf(p.getLongValue());
            } else if (type == Boolean.class) {
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw new FormatScalars.Refused("expected true or false, found " + found(p), null);
                }
                v = t == JsonToken.VALUE_TRUE;
            } else if (type == BigDecimal.class && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
                if (p.isNaN()) {
                    throw new FormatScalars.Refused("'" + p.getText() + "' is not a finite number", null);
                }
                v = FormatScalars.limited(p.getDecimalValue());
            } else if (t != JsonToken.VALUE_STRING) {
                throw new FormatScalars.Refused("expected " + scalar.expected() + ", found " + found(p), null);
            } else {
                v = FormatScalars.fromText(scalar, p.getText());
            }
        } catch (FormatScalars.Refused e) {
            throw new Failed(p, e.getMessage(), e.rules());
        }
        @SuppressWarnings("unchecked")
        T value = (T) v;
        return value;
    }

    /**
     * JSON {@code null} as an element of a list or set of scalars: refused in the format's words at the element
     * (Jackson asks for the null value without calling {@link #deserialize}, and a builder's enum set or a creator's
     * {@code List.copyOf} would fail with the JDK's bare {@code NullPointerException}). A null field is left to its
     * setter, which refuses it; an absent field (for which Jackson asks here too) to its value's own check.
     */
    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        // a null element in an array; not an absent field, for which Jackson asks here too (after the value's end)
        if (ctxt.getParser().currentToken() == JsonToken.VALUE_NULL && ctxt.getParser().getParsingContext() != null
                && ctxt.getParser().getParsingContext().inArray()) {
            throw new Failed(ctxt.getParser(), "expected " + scalar.expected() + ", found null", null);
        }
        return super.getNullValue(ctxt);
    }

    /** Dynamic: Jackson asks {@link #getNullValue} at each null instead of once for all. */
    @Override
    public com.fasterxml.jackson.databind.util.AccessPattern getNullAccessPattern() {
        return com.fasterxml.jackson.databind.util.AccessPattern.DYNAMIC;
    }

    /** @return what the parser is on, in words: {@code an object}, {@code a string}, … */
    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        return FormatScalars.found(t == null ? null : t.name());
    }

    /** A scalar the format does not accept; its message is the problem's. */
    static final class Failed extends JsonMappingException {
        private static final long serialVersionUID = 1L;
        private final transient dev.partnering.ValidationException rules;

        Failed(JsonParser p, String message, dev.partnering.ValidationException rules) {
            super(p, message);
            this.rules = rules;
        }

        /** @return the domain's rules the text broke (e.g. an unknown currency code), or null */
        dev.partnering.ValidationException rules() {
            return rules;
        }
    }
}
