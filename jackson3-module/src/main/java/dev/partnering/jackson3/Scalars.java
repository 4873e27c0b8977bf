package dev.partnering.jackson3;

import java.math.BigDecimal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

import dev.partnering.ValidationException;
import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.jackson.common.internal.Texts;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The scalars of the format (FORMAT.md, "Scalars"), for Jackson 3: money as
 * {@code {"amount": "1500000.00", "currency": "SEK"}}, reporting periods as {@code "2026-03"},
 * {@code "2026-Q1"} or {@code "2026"}, decimals as strings in plain notation keeping their scale
 * ({@code "99.50"}), E-notation when the scale is negative ({@code "1E+3"}). A decimal is read from
 * a string or a JSON number, exactly (never through {@code double}), within the format's limits.
 * <p>
 * Every serializer and deserializer here is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Scalars {

    /** The most significant digits a decimal may have (FORMAT.md). */
    public static final int MAX_DECIMAL_DIGITS = FormatScalars.MAX_DECIMAL_DIGITS;

    /** The largest scale, in absolute value, a decimal may have (FORMAT.md). */
    public static final int MAX_DECIMAL_SCALE = FormatScalars.MAX_DECIMAL_SCALE;

    /** The longest text a decimal may be written in (FORMAT.md). */
    public static final int MAX_DECIMAL_TEXT_LENGTH = FormatScalars.MAX_DECIMAL_TEXT_LENGTH;

    private Scalars() {
    }

    /**
     * @param value  a decimal, not null
     * @return the decimal as the format writes it: plain, keeping its scale; E-notation for a negative scale
     */
    public static String format(BigDecimal value) {
        return FormatScalars.format(value);
    }

    /** @return a duration of whole days as {@code P10D}, any other as Java writes it ({@code PT4H30M}) */
    static String format(java.time.Duration d) {
        return FormatScalars.format(d);
    }

    /** Writes a decimal as a string, see {@link Scalars}. */
    public static final class DecimalSerializer extends StdSerializer<BigDecimal> {
        /** The one instance. */
        public static final DecimalSerializer INSTANCE = new DecimalSerializer();

        private DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(format(value));
        }
    }

    /** Reads a decimal from a string or a JSON number, exactly, within the format's limits. */
    public static final class DecimalDeserializer extends StdDeserializer<BigDecimal> {
        /** The one instance. */
        public static final DecimalDeserializer INSTANCE = new DecimalDeserializer();

        private DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            return decimal(p, ctxt);
        }
    }

    static BigDecimal decimal(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        try {
            if (t == JsonToken.VALUE_STRING) {
                return FormatScalars.limited(FormatScalars.decimal(p.getString()));
            }
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return FormatScalars.limited(p.getDecimalValue());
            }
        } catch (FormatScalars.Refused e) {
            return ctxt.reportInputMismatch(BigDecimal.class, e.getMessage());
        }
        return ctxt.reportInputMismatch(BigDecimal.class,
                "expected a decimal number as a string (\"1.5\") or a number, found " + t);
    }

    /** Writes a reporting period as {@code "2026-03"}, {@code "2026-Q1"} or {@code "2026"}. */
    public static final class ReportingPeriodSerializer extends StdSerializer<ReportingPeriod> {
        /** The one instance. */
        public static final ReportingPeriodSerializer INSTANCE = new ReportingPeriodSerializer();

        private ReportingPeriodSerializer() {
            super(ReportingPeriod.class);
        }

        @Override
        public void serialize(ReportingPeriod value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    /** Reads a reporting period from its text. */
    public static final class ReportingPeriodDeserializer extends StdDeserializer<ReportingPeriod> {
        /** The one instance. */
        public static final ReportingPeriodDeserializer INSTANCE = new ReportingPeriodDeserializer();

        private ReportingPeriodDeserializer() {
            super(ReportingPeriod.class);
        }

        @Override
        public ReportingPeriod deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(ReportingPeriod.class,
                        "expected a reporting period such as 2026-03, 2026-Q1 or 2026, found " + p.currentToken());
            }
            String s = p.getString();
            try {
                return ReportingPeriod.parse(s);
            } catch (ValidationException e) {
                return ctxt.reportInputMismatch(ReportingPeriod.class, "\"" + Texts.abbreviate(s)
                        + "\" is not a reporting period such as 2026-03, 2026-Q1 or 2026");
            }
        }
    }

    /** Writes money as {@code {"amount": "1500000.00", "currency": "SEK"}}. */
    public static final class MoneySerializer extends StdSerializer<Money> {
        /** The one instance. */
        public static final MoneySerializer INSTANCE = new MoneySerializer();

        private MoneySerializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("amount", format(value.amount()));
            gen.writeStringProperty("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    /** Reads money from {@code {"amount": ..., "currency": ...}}, through {@link Money#of}. */
    public static final class MoneyDeserializer extends StdDeserializer<Money> {
        /** The one instance. */
        public static final MoneyDeserializer INSTANCE = new MoneyDeserializer();

        private MoneyDeserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(Money.class,
                        "expected an amount of money, e.g. {\"amount\": \"1500000.00\", \"currency\": \"SEK\"}, found "
                                + p.currentToken());
            }
            BigDecimal amount = null;
            String currency = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "amount" -> amount = decimal(p, ctxt);
                    case "currency" -> currency = p.getValueAsString();
                    default -> ctxt.handleUnknownProperty(p, this, Money.class, name);
                }
            }
            if (amount == null || currency == null) {
                return ctxt.reportInputMismatch(Money.class, "money needs an \"amount\" and a \"currency\"");
            }
            try {
                return Money.of(amount, Money.currency(currency));
            } catch (ValidationException e) {
                return ctxt.reportInputMismatch(Money.class, e.getMessage());
            }
        }
    }
}
