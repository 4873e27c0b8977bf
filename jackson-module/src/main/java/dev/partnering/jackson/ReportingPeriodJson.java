package dev.partnering.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import dev.partnering.ValidationException;
import dev.partnering.period.ReportingPeriod;

/** Reporting periods as strings: {@code "2026-03"}, {@code "2026-Q1"}, {@code "2026"}. */
final class ReportingPeriodJson {

    private ReportingPeriodJson() {
    }

    static final class Serializer extends StdSerializer<ReportingPeriod> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(ReportingPeriod.class);
        }

        @Override
        public void serialize(ReportingPeriod value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    static final class Deserializer extends StdDeserializer<ReportingPeriod> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(ReportingPeriod.class);
        }

        @Override
        public ReportingPeriod deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (ReportingPeriod) ctxt.handleUnexpectedToken(ReportingPeriod.class, p);
            }
            try {
                return ReportingPeriod.parse(p.getText());
            } catch (ValidationException e) {
                throw ctxt.weirdStringException(p.getText(), ReportingPeriod.class, e.getMessage());
            }
        }
    }
}
