package dev.partnering.jackson3;

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

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import dev.partnering.ValidationException;
import dev.partnering.jackson.common.internal.Texts;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The format's scalars, read strictly (as the Jackson 2 module reads them): a text only from a JSON
 * string, a whole number only from a JSON integer, true or false only from JSON booleans, an enum by
 * its exact constant name, a decimal exactly within the format's limits, dates, instants, periods,
 * durations, currency codes and reporting periods from ISO-8601 strings. Used for the fields of the
 * SDK's values only, whatever the mapper's coercion settings say.
 */
final class Strict<T> extends StdScalarDeserializer<T> {

    private final Function<String, T> parse;
    private final String expected;

    private Strict(Class<T> type, String expected, Function<String, T> parse) {
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
                    Instant::parse)),
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

    /** @return the strict deserializer of a scalar type, or null if the type is not one */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static ValueDeserializer<?> of(JavaType type) {
        Class<?> c = type.getRawClass();
        if (c.isEnum()) {
            return new Strict(c, "one of the names of " + c.getSimpleName(), null);
        }
        return BY_TYPE.get(c);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        Class<?> type = handledType();
        Object v;
        if (type == Integer.class || type == Long.class) {
            v = whole(p, type == Integer.class);
        } else if (type == Boolean.class) {
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw new Failed(p, "expected true or false, found " + found(p), null);
            }
            v = t == JsonToken.VALUE_TRUE;
        } else if (type == BigDecimal.class && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
            if (p.isNaN()) {
                throw new Failed(p, "'" + p.getString() + "' is not a finite number", null);
            }
            v = limited(p, p.getDecimalValue());
        } else if (t != JsonToken.VALUE_STRING) {
            throw new Failed(p, "expected " + expected + ", found " + found(p), null);
        } else if (type.isEnum()) {
            v = enumOf(p, type);
        } else {
            v = parsed(p, type);
        }
        @SuppressWarnings("unchecked")
        T value = (T) v;
        return value;
    }

    private Object parsed(JsonParser p, Class<?> type) {
        String s = p.getString();
        Object v;
        try {
            v = parse.apply(s);
        } catch (NotADecimal e) {
            throw new Failed(p, e.getMessage(), null);
        } catch (ValidationException e) {
            throw new Failed(p, e.getMessage(), e);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new Failed(p, "\"" + Texts.abbreviate(s) + "\" is not " + expected, null);
        }
        return type == BigDecimal.class ? limited(p, (BigDecimal) v) : v;
    }

    private static Object whole(JsonParser p, boolean isInt) {
        String range = isInt ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new Failed(p, "expected a whole number from " + range + ", found " + found(p), null);
        }
        JsonParser.NumberType n = p.getNumberType();
        if (isInt && n != JsonParser.NumberType.INT || !isInt && n == JsonParser.NumberType.BIG_INTEGER) {
            throw new Failed(p, "expected a whole number from " + range + ", found " + p.getString(), null);
        }
        return isInt ? (Object) p.getIntValue() : (Object) p.getLongValue();
    }

    /** A decimal in a string that is too long or not a decimal. */
    private static final class NotADecimal extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotADecimal(String message) {
            super(message);
        }
    }

    private static BigDecimal decimal(String s) {
        if (s.length() > Scalars.MAX_DECIMAL_TEXT_LENGTH) {
            throw new NotADecimal("a decimal of " + s.length() + " characters is longer than the "
                    + Scalars.MAX_DECIMAL_TEXT_LENGTH + " allowed");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new NotADecimal("\"" + Texts.abbreviate(s) + "\" is not a decimal number");
        }
    }

    private static BigDecimal limited(JsonParser p, BigDecimal v) {
        if (v.precision() > Scalars.MAX_DECIMAL_DIGITS || Math.abs((long) v.scale()) > Scalars.MAX_DECIMAL_SCALE) {
            throw new Failed(p, "decimal " + Texts.abbreviate(v.toString()) + " is beyond the limits: at most "
                    + Scalars.MAX_DECIMAL_DIGITS + " significant digits and a scale from -"
                    + Scalars.MAX_DECIMAL_SCALE + " to " + Scalars.MAX_DECIMAL_SCALE, null);
        }
        return v;
    }

    private static Object enumOf(JsonParser p, Class<?> type) {
        String s = p.getString();
        for (Object e : type.getEnumConstants()) {
            if (((Enum<?>) e).name().equals(s)) {
                return e;
            }
        }
        throw new Failed(p, "\"" + Texts.abbreviate(s) + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", ")), null);
    }

    /** @return what the parser is on, in words: {@code an object}, {@code a string}, … */
    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT: case END_OBJECT: case PROPERTY_NAME: return "an object";
            case START_ARRAY: case END_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.name();
        }
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
