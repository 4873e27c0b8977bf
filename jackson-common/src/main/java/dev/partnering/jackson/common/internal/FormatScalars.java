package dev.partnering.jackson.common.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The format's scalars (FORMAT.md, "Scalars"), as both modules read and write them: what each is
 * expected to look like, how its text is parsed, the limits on decimals, and the words of every
 * refusal. The modules only check which JSON token they are on and call in here.
 */
public final class FormatScalars {

    /** The most significant digits a decimal may have. */
    public static final int MAX_DECIMAL_DIGITS = 100;

    /** The largest scale, in absolute value, a decimal may have. */
    public static final int MAX_DECIMAL_SCALE = 100;

    /** The longest text a decimal may be written in. */
    public static final int MAX_DECIMAL_TEXT_LENGTH = 256;

    private FormatScalars() {
    }

    /**
     * One scalar type of the format.
     *
     * @param <T>  the Java type
     * @param type  the Java type (the boxed one for a primitive), not null
     * @param expected  what the value must look like, in words, e.g. {@code an ISO-4217 currency code}, not null
     * @param parse  how its JSON string is read; may throw {@link DateTimeException}, {@link IllegalArgumentException}
     *        or {@link ValidationException}; null for the scalars not read from strings (whole numbers,
     *        booleans, enums: see {@link #enumConstant})
     */
    public record Scalar<T>(Class<T> type, String expected, Function<String, T> parse) {
    }

    /** The scalars by the Java type a field is declared as; enums are not here (see {@link #of}). */
    public static final Map<Class<?>, Scalar<?>> SCALARS = Map.ofEntries(
            Map.entry(String.class, new Scalar<>(String.class, "a string", s -> s)),
            Map.entry(BigDecimal.class, new Scalar<>(BigDecimal.class,
                    "a decimal number as a string (\"1.5\") or a number", FormatScalars::decimal)),
            Map.entry(LocalDate.class, new Scalar<>(LocalDate.class, "an ISO-8601 date such as 2026-03-31", LocalDate::parse)),
            Map.entry(Instant.class, new Scalar<>(Instant.class, "an ISO-8601 instant such as 2026-03-31T12:00:00Z",
                    FormatScalars::parseInstant)),
            Map.entry(Period.class, new Scalar<>(Period.class, "an ISO-8601 period such as P3Y, P6M or P1Y6M", Period::parse)),
            Map.entry(Duration.class, new Scalar<>(Duration.class, "an ISO-8601 duration such as P10D or PT4H",
                    Duration::parse)),
            Map.entry(Currency.class, new Scalar<>(Currency.class, "an ISO-4217 currency code", Money::currency)),
            Map.entry(ReportingPeriod.class, new Scalar<>(ReportingPeriod.class,
                    "a reporting period such as 2026-03, 2026-Q1 or 2026", ReportingPeriod::parse)),
            Map.entry(Integer.class, new Scalar<>(Integer.class, "a whole number", null)),
            Map.entry(int.class, new Scalar<>(Integer.class, "a whole number", null)),
            Map.entry(Long.class, new Scalar<>(Long.class, "a whole number", null)),
            Map.entry(long.class, new Scalar<>(Long.class, "a whole number", null)),
            Map.entry(Boolean.class, new Scalar<>(Boolean.class, "true or false", null)),
            Map.entry(boolean.class, new Scalar<>(Boolean.class, "true or false", null)));

    /**
     * @param type  the declared type of a field of one of the SDK's values, not null
     * @return the scalar of that type (an enum by its constant names), or null if it is not one
     */
    public static Scalar<?> of(Class<?> type) {
        if (type.isEnum()) {
            return new Scalar<>(type, "one of the names of " + type.getSimpleName(), null);
        }
        return SCALARS.get(type);
    }

    /**
     * A scalar the format does not accept: its message is the problem's.
     */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationException rules;

        /**
         * @param message  the problem in words, not null
         * @param rules  the domain's rules the text broke, or null
         */
        public Refused(String message, ValidationException rules) {
            super(message);
            this.rules = rules;
        }

        /** @return the domain's rules the text broke (e.g. an unknown currency code), or null */
        public ValidationException rules() {
            return rules;
        }
    }

    /**
     * Reads the text of a JSON string as the scalar.
     *
     * @param scalar  the scalar, not null; one with a {@link Scalar#parse parse}, or an enum
     * @param text  the string, not null
     * @return the value, never null
     * @throws Refused  if the text is not one, with the problem's words
     */
    public static Object fromText(Scalar<?> scalar, String text) {
        if (scalar.type().isEnum()) {
            Object constant = enumConstant(scalar.type(), text);
            if (constant == null) {
                throw new Refused(notOneOf(scalar.type(), text), null);
            }
            return constant;
        }
        Object v;
        try {
            v = scalar.parse().apply(text);
        } catch (Refused e) {
            throw e;
        } catch (ValidationException e) {
            throw new Refused(e.getMessage(), e);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new Refused("\"" + Texts.abbreviate(text) + "\" is not " + scalar.expected(), null);
        }
        return v instanceof BigDecimal d ? limited(d) : v;
    }

    /**
     * @param text  a decimal as a string, not null
     * @return the decimal, exactly (not yet checked against the limits on digits and scale)
     * @throws Refused  if the text is longer than {@value #MAX_DECIMAL_TEXT_LENGTH} characters or not a decimal
     */
    public static BigDecimal decimal(String text) {
        if (text.length() > MAX_DECIMAL_TEXT_LENGTH) {
            throw new Refused("a decimal of " + text.length() + " characters is longer than the "
                    + MAX_DECIMAL_TEXT_LENGTH + " allowed", null);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Refused("\"" + Texts.abbreviate(text) + "\" is not a decimal number", null);
        }
    }

    /**
     * @param v  a decimal, not null
     * @return the decimal
     * @throws Refused  if it has more than {@value #MAX_DECIMAL_DIGITS} significant digits or a scale
     *         beyond ±{@value #MAX_DECIMAL_SCALE}
     */
    public static BigDecimal limited(BigDecimal v) {
        String beyond = beyondLimits(v);
        if (beyond != null) {
            throw new Refused(beyond, null);
        }
        return v;
    }

    /**
     * @param v  a decimal, not null
     * @return why the decimal is beyond the format's limits, or null if it is within them
     */
    public static String beyondLimits(BigDecimal v) {
        if (v.precision() > MAX_DECIMAL_DIGITS || Math.abs((long) v.scale()) > MAX_DECIMAL_SCALE) {
            return "decimal " + Texts.abbreviate(v.toString()) + " is beyond the limits: at most "
                    + MAX_DECIMAL_DIGITS + " significant digits and a scale from -"
                    + MAX_DECIMAL_SCALE + " to " + MAX_DECIMAL_SCALE;
        }
        return null;
    }

    /**
     * @param isInt  true for an {@code int}, false for a {@code long}
     * @param found  what was found instead, e.g. {@code a string} or the number's text, not null
     * @return the words of a whole number refused
     */
    public static String notAWholeNumber(boolean isInt, String found) {
        return "expected a whole number from " + (isInt ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                : Long.MIN_VALUE + " to " + Long.MAX_VALUE) + ", found " + found;
    }

    /**
     * @param type  an enum, not null
     * @param name  the text, not null
     * @return the constant of exactly that name, or null if none has it
     */
    public static Object enumConstant(Class<?> type, String name) {
        for (Object e : type.getEnumConstants()) {
            if (((Enum<?>) e).name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param type  an enum, not null
     * @param value  the value that is none of its names, not null
     * @return {@code "X" is not one of A, B, C}, the value abbreviated
     */
    public static String notOneOf(Class<?> type, String value) {
        return "\"" + Texts.abbreviate(value) + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", "));
    }

    /**
     * @param token  the name of the JSON token a parser is on (Jackson 2's or 3's {@code JsonToken}), null for none
     * @return what the parser is on, in words: {@code an object}, {@code a string}, …
     */
    public static String found(String token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case "START_OBJECT": case "END_OBJECT": case "FIELD_NAME": case "PROPERTY_NAME": return "an object";
            case "START_ARRAY": case "END_ARRAY": return "an array";
            case "VALUE_STRING": return "a string";
            case "VALUE_NUMBER_INT": case "VALUE_NUMBER_FLOAT": return "a number";
            case "VALUE_TRUE": case "VALUE_FALSE": return "a boolean";
            case "VALUE_NULL": return "null";
            default: return token;
        }
    }

    /**
     * {@link Instant#parse}, with a fast path for the form every ERP export and the modules write,
     * {@code 2026-03-31T12:00:00Z}; anything else (fractions, leap seconds, bad text) goes to
     * {@code Instant.parse}, which gives the same value or the same error.
     *
     * @param text  the text, not null
     * @return the instant
     * @throws java.time.format.DateTimeParseException  if the text is not an ISO-8601 instant
     */
    public static Instant parseInstant(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
                    && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(text);
    }

    /** @return the ASCII digits from {@code from} to {@code to} as a number, -1 if one is not a digit */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * @param value  a decimal, not null
     * @return the decimal as the format writes it: plain, keeping its scale; E-notation for a negative scale
     */
    public static String format(BigDecimal value) {
        return value.scale() >= 0 ? value.toPlainString() : value.toString();
    }

    /**
     * @param d  a duration, not null
     * @return a duration of whole days as {@code P10D}, any other as Java writes it ({@code PT4H30M})
     */
    public static String format(Duration d) {
        if (d.getNano() == 0 && d.getSeconds() % 86_400 == 0) {
            return "P" + d.getSeconds() / 86_400 + "D";
        }
        return d.toString();
    }
}
