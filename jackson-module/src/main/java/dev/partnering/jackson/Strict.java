package dev.partnering.jackson;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import dev.partnering.jackson.common.internal.Texts;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

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

    /** A parse of a string value into the scalar; may throw DateTimeException or IllegalArgumentException. */
    private interface Parse<T> extends Function<String, T>, java.io.Serializable {
    }

    private final transient Parse<T> parse;
    private final String expected;

    private Strict(Class<T> type, String expected, Parse<T> parse) {
        super(type);
        this.expected = expected;
        this.parse = parse;
    }

    private static final Map<Class<?>, Strict<?>> BY_TYPE = Map.ofEntries(
            Map.entry(String.class, new Strict<>(String.class, "a string", s -> s)),
            Map.entry(BigDecimal.class, new Strict<>(BigDecimal.class,
                    "a decimal number as a string (\"1.5\") or a number", Strict::decimal)),
            Map.entry(LocalDate.class, new Strict<>(LocalDate.class, "an ISO-8601 date such as 2026-03-31", LocalDate::parse)),
            Map.entry(Instant.class, new Strict<>(Instant.class, "an ISO-8601 instant such as 2026-03-31T12:00:00Z",
                    Scalars::parseInstant)),
            Map.entry(Period.class, new Strict<>(Period.class, "an ISO-8601 period such as P3Y, P6M or P1Y6M", Period::parse)),
            Map.entry(Duration.class, new Strict<>(Duration.class, "an ISO-8601 duration such as P10D or PT4H",
                    Duration::parse)),
            Map.entry(Currency.class, new Strict<>(Currency.class, "an ISO-4217 currency code", Money::currency)),
            Map.entry(ReportingPeriod.class, new Strict<>(ReportingPeriod.class,
                    "a reporting period such as 2026-03, 2026-Q1 or 2026", ReportingPeriod::parse)),
            Map.entry(Integer.class, new Strict<>(Integer.class, "a whole number", null)),
            Map.entry(int.class, new Strict<>(Integer.class, "a whole number", null)),
            Map.entry(Long.class, new Strict<>(Long.class, "a whole number", null)),
            Map.entry(long.class, new Strict<>(Long.class, "a whole number", null)),
            Map.entry(Boolean.class, new Strict<>(Boolean.class, "true or false", null)),
            Map.entry(boolean.class, new Strict<>(Boolean.class, "true or false", null)));

    /**
     * References by id (a builder's setter marked {@code @JsonIdentityReference(alwaysAsId = true)} in its
     * mix-in): a placeholder of the referenced type named by the id, which the value that holds the
     * referenced ones resolves when it is built (a survey, its dimensions).
     */
    private static final Map<Class<?>, Strict<?>> BY_ID = Map.of(dev.partnering.trust.TrustDimension.class,
            new Strict<>(dev.partnering.trust.TrustDimension.class, "the id of one of the survey's dimensions",
                    id -> dev.partnering.trust.TrustDimension.of(id, id)));

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
        if (c.isEnum()) {
            return new Strict(c, "one of the names of " + c.getSimpleName(), null);
        }
        return BY_TYPE.get(c);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        Class<?> type = handledType();
        Object v;
        if (type == Integer.class || type == Long.class) {
            if (t != JsonToken.VALUE_NUMBER_INT) {
                throw fail(p, "expected a whole number from " + (type == Integer.class ? Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE : Long.MIN_VALUE + " to " + Long.MAX_VALUE) + ", found " + found(p));
            }
            JsonParser.NumberType n = p.getNumberType();
            if (type == Integer.class && n != JsonParser.NumberType.INT
                    || type == Long.class && n == JsonParser.NumberType.BIG_INTEGER) {
                throw fail(p, "expected a whole number from " + (type == Integer.class ? Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE : Long.MIN_VALUE + " to " + Long.MAX_VALUE) + ", found " + p.getText());
            }
            v = type == Integer.class ? (Object) Integer.valueOf(p.getIntValue()) : (Object) Long.valueOf(p.getLongValue());
        } else if (type == Boolean.class) {
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw fail(p, "expected true or false, found " + found(p));
            }
            v = t == JsonToken.VALUE_TRUE;
        } else if (type == BigDecimal.class && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
            if (p.isNaN()) {
                throw fail(p, "'" + p.getText() + "' is not a finite number");
            }
            v = limited(p, p.getDecimalValue());
        } else if (t != JsonToken.VALUE_STRING) {
            throw fail(p, "expected " + expected + ", found " + found(p));
        } else if (type.isEnum()) {
            v = enumOf(p, type);
        } else {
            String s = p.getText();
            try {
                v = parse.apply(s);
            } catch (NotADecimal e) {
                throw fail(p, e.getMessage());
            } catch (dev.partnering.ValidationException e) {
                throw new Failed(p, e.getMessage(), e);
            } catch (DateTimeException | IllegalArgumentException e) {
                throw fail(p, "\"" + Texts.abbreviate(s) + "\" is not " + expected);
            }
            if (type == BigDecimal.class) {
                v = limited(p, (BigDecimal) v);
            }
        }
        @SuppressWarnings("unchecked")
        T value = (T) v;
        return value;
    }

    /** A decimal in a string that is too long or not a decimal. */
    private static final class NotADecimal extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotADecimal(String message) {
            super(message);
        }
    }

    private static BigDecimal decimal(String s) {
        if (s.length() > PartneringJson.MAX_DECIMAL_TEXT_LENGTH) {
            throw new NotADecimal("a decimal of " + s.length() + " characters is longer than the "
                    + PartneringJson.MAX_DECIMAL_TEXT_LENGTH + " allowed");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new NotADecimal("\"" + Texts.abbreviate(s) + "\" is not a decimal number");
        }
    }

    private static BigDecimal limited(JsonParser p, BigDecimal v) throws JsonMappingException {
        if (v.precision() > PartneringJson.MAX_DECIMAL_DIGITS || Math.abs((long) v.scale()) > PartneringJson.MAX_DECIMAL_SCALE) {
            throw fail(p, "decimal " + Texts.abbreviate(v.toString()) + " is beyond the limits: at most "
                    + PartneringJson.MAX_DECIMAL_DIGITS + " significant digits and a scale from -"
                    + PartneringJson.MAX_DECIMAL_SCALE + " to " + PartneringJson.MAX_DECIMAL_SCALE);
        }
        return v;
    }

    private static Object enumOf(JsonParser p, Class<?> type) throws IOException {
        String s = p.getText();
        for (Object e : type.getEnumConstants()) {
            if (((Enum<?>) e).name().equals(s)) {
                return e;
            }
        }
        throw fail(p, "\"" + Texts.abbreviate(s) + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", ")));
    }

    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT: case END_OBJECT: case FIELD_NAME: return "an object";
            case START_ARRAY: case END_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.name();
        }
    }

    private static JsonMappingException fail(JsonParser p, String message) {
        return new Failed(p, message);
    }

    /** A scalar the format does not accept; its message is the problem's. */
    static final class Failed extends JsonMappingException {
        private static final long serialVersionUID = 1L;
        private final transient dev.partnering.ValidationException rules;

        Failed(JsonParser p, String message) {
            this(p, message, null);
        }

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
