package dev.partnering.jackson;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import dev.partnering.ValidationException;
import dev.partnering.money.Money;

/**
 * Money as {@code {"amount": "1500000.00", "currency": "SEK"}}: the amount as a string so no
 * precision is lost; a JSON number is accepted too and read as a decimal, never as a double.
 */
final class MoneyJson {

    private MoneyJson() {
    }

    static final class Serializer extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", value.amount().toPlainString());
            gen.writeStringField("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends StdDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Money) ctxt.handleUnexpectedToken(Money.class, p);
            }
            BigDecimal amount = null;
            String currency = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "amount":
                        amount = readAmount(p, ctxt, value);
                        break;
                    case "currency":
                        if (value != JsonToken.VALUE_STRING) {
                            return (Money) ctxt.handleUnexpectedToken(String.class, p);
                        }
                        currency = p.getText();
                        break;
                    default:
                        ctxt.handleUnknownProperty(p, this, Money.class, field);
                }
            }
            if (amount == null || currency == null) {
                throw ctxt.weirdStringException(String.valueOf(amount), Money.class,
                        "money needs both \"amount\" and \"currency\"");
            }
            try {
                Currency c = Money.currency(currency);
                return Money.of(amount, c);
            } catch (ValidationException e) {
                throw ctxt.weirdStringException(currency, Money.class, e.getMessage());
            }
        }

        private static BigDecimal readAmount(JsonParser p, DeserializationContext ctxt, JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (t == JsonToken.VALUE_STRING) {
                try {
                    return new BigDecimal(p.getText().trim());
                } catch (NumberFormatException e) {
                    throw ctxt.weirdStringException(p.getText(), BigDecimal.class, "amount is not a decimal number");
                }
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }
}
