package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.jackson.GoldenValues;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * A user's own incentive component type, registered with the Jackson 3 module under its own type
 * name: the same API, format and rules as the Jackson 2 module's {@code CustomComponentTest}
 * (with Jackson 3's {@code ValueSerializer} and {@code ValueDeserializer}); the two modules write
 * the same bytes for it and read each other's.
 */
class CustomComponentTest {

    /**
     * A volume rebate: when the period fee exceeds a threshold, the supplier returns a percentage
     * of the fee to the customer.
     */
    record VolumeRebate(String id, Money threshold, BigDecimal percent) implements IncentiveComponent {

        static final String TYPE = "volume-rebate";

        VolumeRebate {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new ValidationException("VolumeRebate '" + id + "'", List.of(Violation.of("percent",
                        percent.toPlainString(), "volume rebate '" + id + "': percent " + percent.toPlainString()
                                + " must be 0 to 100")));
            }
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public ComponentOutcome evaluate(IncentiveContext context) {
            Money fee = context.requireFee(this);
            Money rebate = fee.isGreaterThan(threshold) ? fee.percent(percent).rounded().negated() : context.zero();
            return new ComponentOutcome(id, TYPE, context.period(), rebate, List.of(), List.of(),
                    Step.of(StepKind.RESULT, "volume rebate '" + id + "': " + rebate));
        }
    }

    /** Writes the rebate's own fields; the module adds {@code "type"} and uses its own money format. */
    static final class RebateSerializer extends ValueSerializer<VolumeRebate> {
        @Override
        public void serialize(VolumeRebate r, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("id", r.id());
            ctxt.defaultSerializeProperty("threshold", r.threshold(), gen);
            gen.writeStringProperty("percent", r.percent().toPlainString());
            gen.writeEndObject();
        }
    }

    /**
     * Reads the rebate's fields from the stream; reading the threshold with {@code ctxt.readValue}
     * at its field keeps the field in the JSON path of any problem.
     */
    static final class RebateDeserializer extends ValueDeserializer<VolumeRebate> {
        @Override
        public VolumeRebate deserialize(JsonParser p, DeserializationContext ctxt) {
            String id = null;
            Money threshold = null;
            BigDecimal percent = null;
            for (String field = p.nextName(); field != null; field = p.nextName()) {
                p.nextToken();
                switch (field) {
                    case "id":
                        id = p.getString();
                        break;
                    case "threshold":
                        threshold = ctxt.readValue(p, Money.class);
                        break;
                    case "percent":
                        percent = new BigDecimal(p.getString());
                        break;
                    default:
                        throw DatabindException.from(p, "unknown field '" + field + "' of a volume rebate");
                }
            }
            if (id == null || threshold == null || percent == null) {
                throw DatabindException.from(p, "a volume rebate needs id, threshold and percent");
            }
            return new VolumeRebate(id, threshold, percent);
        }
    }

    private static final PartneringModule MODULE = new PartneringModule()
            .withComponent(VolumeRebate.TYPE, VolumeRebate.class, new RebateSerializer(), new RebateDeserializer());

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(MODULE).build();

    private static Agreement agreementWithRebate(String percent) {
        return GoldenValues.agreement().withIncentiveScheme(IncentiveScheme.builder()
                .addComponents(Penalty.builder().id("late-delivery").rate(Fixtures.sek("1000.00")).build())
                .addComponents(new VolumeRebate("volume", Fixtures.sek("200000.00"), new BigDecimal(percent)))
                .build());
    }

    @Test
    void aRegisteredComponentIsWrittenUnderItsTypeNameAndReadBack() {
        Agreement agreement = agreementWithRebate("2.5");

        String json = MAPPER.writeValueAsString(PartneringDocument.of(agreement));
        JsonNode component = MAPPER.readTree(json).at("/agreement/incentiveScheme/components/1");

        assertEquals("{\"type\":\"volume-rebate\",\"id\":\"volume\",\"threshold\":{\"amount\":\"200000.00\",\"currency\":\"SEK\"},"
                + "\"percent\":\"2.5\"}", component.toString());
        assertEquals(agreement, MAPPER.readValue(json, PartneringDocument.class).value(Agreement.class));
    }

    @Test
    void theJackson2ModuleWithTheSameRegistrationWritesTheSameBytesAndEachReadsTheOthers() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper two = dev.partnering.jackson.PartneringJson.mapper(
                new dev.partnering.jackson.PartneringModule().withComponent(VolumeRebate.TYPE, VolumeRebate.class,
                        new Jackson2Rebates.Serializer(), new Jackson2Rebates.Deserializer()));
        Agreement agreement = agreementWithRebate("2.5");
        String written2 = two.writeValueAsString(dev.partnering.jackson.PartneringDocument.of(agreement));
        String written3 = MAPPER.writeValueAsString(PartneringDocument.of(agreement));
        assertEquals(written2, written3);
        assertEquals(agreement, MAPPER.readValue(written2, PartneringDocument.class).value(Agreement.class));
        assertEquals(agreement, two.readValue(written3, dev.partnering.jackson.PartneringDocument.class)
                .value(Agreement.class));
    }

    @Test
    void theComponentCanBeReadOnItsOwnByItsClass() {
        VolumeRebate rebate = new VolumeRebate("volume", Fixtures.sek("200000.00"), new BigDecimal("2.5"));
        String json = MAPPER.writeValueAsString(rebate);
        assertTrue(json.startsWith("{\"type\":\"volume-rebate\","), json);
        assertEquals(rebate, MAPPER.readValue(json, VolumeRebate.class));
        assertEquals(rebate, MAPPER.readValue(json, IncentiveComponent.class));
    }

    @Test
    void theCalculatorRunsTheComponentReadFromJson() {
        String json = MAPPER.writeValueAsString(PartneringDocument.of(agreementWithRebate("2.5")));
        Agreement read = MAPPER.readValue(json, PartneringDocument.class).value(Agreement.class);

        IncentiveStatement statement = IncentiveCalculator.standard().calculate(read, read.incentiveScheme().orElseThrow(),
                List.of(ReportingPeriod.parse("2026-01")), List.of(), List.of(), Map.of());

        // fee 250,000.00 SEK exceeds the threshold 200,000.00: rebate 2.5 % = 6,250.00 SEK to the customer
        assertEquals(Fixtures.sek("-6250.00"), statement.periods().get(0).outcome("volume").orElseThrow().amount());
    }

    @Test
    void theComponentsOwnRulesAreReportedWithJsonPaths() {
        String json = MAPPER.writeValueAsString(PartneringDocument.of(agreementWithRebate("2.5")))
                .replace("\"percent\":\"2.5\"", "\"percent\":\"250\"")
                .replace("\"threshold\":{\"amount\":\"200000.00\",\"currency\":\"SEK\"}",
                        "\"threshold\":{\"amount\":\"200000.00\",\"currency\":\"SEKK\"}");
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> MAPPER.readValue(json, PartneringDocument.class));
        assertEquals(List.of(Violation.of("$.agreement.incentiveScheme.components[1].threshold.currency", "SEKK",
                "currency 'SEKK' is not an ISO-4217 currency code")), e.violations());

        String json2 = MAPPER.writeValueAsString(PartneringDocument.of(agreementWithRebate("2.5")))
                .replace("\"percent\":\"2.5\"", "\"percent\":\"250\"");
        e = assertThrows(PartneringJsonException.class, () -> MAPPER.readValue(json2, PartneringDocument.class));
        assertEquals(List.of(Violation.of("$.agreement.incentiveScheme.components[1].percent", "250",
                "volume rebate 'volume': percent 250 must be 0 to 100")), e.violations());
    }

    @Test
    void withoutRegistrationTheComponentCanNeitherBeWrittenNorRead() {
        DatabindException write = assertThrows(DatabindException.class,
                () -> Json3Testing.MAPPER.writeValueAsString(agreementWithRebate("2.5")));
        assertTrue(write.getMessage().contains("cannot write incentive component 'volume' of type 'volume-rebate'"),
                write.getMessage());
        assertTrue(write.getMessage().contains("Register it with PartneringModule.withComponent"), write.getMessage());

        String json = MAPPER.writeValueAsString(PartneringDocument.of(agreementWithRebate("2.5")));
        PartneringJsonException read = assertThrows(PartneringJsonException.class,
                () -> Json3Testing.MAPPER.readValue(json, PartneringDocument.class));
        assertTrue(read.getMessage().contains("unknown incentive component type \"volume-rebate\""), read.getMessage());
    }

    @Test
    void aRegisteredComponentReadsWithItsTypeAnywhereAndAnUnknownTypeNamesEveryRegisteredOne() {
        VolumeRebate rebate = new VolumeRebate("volume", Fixtures.sek("200000.00"), new BigDecimal("2.5"));
        String json = "{\"id\":\"volume\",\"threshold\":{\"amount\":\"200000.00\",\"currency\":\"SEK\"},"
                + "\"percent\":\"2.5\",\"type\":\"volume-rebate\"}";
        assertEquals(rebate, MAPPER.readValue(json, IncentiveComponent.class));

        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> MAPPER.readValue(json.replace("\"volume-rebate\"", "\"volume-bonus\""), IncentiveComponent.class));
        assertTrue(e.getMessage().contains("unknown incentive component type \"volume-bonus\"; the types are gain-share,"
                + " at-risk-pool, service-credit-tiers, bonus-malus, penalty, volume-rebate"), e.getMessage());
    }

    @Test
    void aComponentReadOnItsOwnReportsItsRulesAtItsOwnFields() {
        String json = "{\"type\":\"volume-rebate\",\"id\":\"volume\",\"threshold\":{\"amount\":\"200000.00\","
                + "\"currency\":\"SEK\"},\"percent\":\"250\"}";
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> MAPPER.readValue(json, VolumeRebate.class));
        assertEquals(List.of(Violation.of("$.percent", "250", "volume rebate 'volume': percent 250 must be 0 to 100")),
                e.violations());
    }

    @Test
    void aSerializerThatWritesATypeOrNoObjectIsRefused() {
        ValueSerializer<VolumeRebate> typed = new ValueSerializer<>() {
            @Override
            public void serialize(VolumeRebate r, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeStartObject();
                gen.writeStringProperty("type", "mine");
                gen.writeEndObject();
            }
        };
        ValueSerializer<VolumeRebate> text = new ValueSerializer<>() {
            @Override
            public void serialize(VolumeRebate r, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(r.id());
            }
        };
        VolumeRebate rebate = new VolumeRebate("volume", Fixtures.sek("200000.00"), new BigDecimal("2.5"));
        for (ValueSerializer<VolumeRebate> s : List.of(typed, text)) {
            JsonMapper m = JsonMapper.builder().addModule(new PartneringModule().withComponent(VolumeRebate.TYPE,
                    VolumeRebate.class, s, new RebateDeserializer())).build();
            DatabindException e = assertThrows(DatabindException.class, () -> m.writeValueAsString(rebate));
            assertTrue(e.getMessage().contains("the serializer of component type 'volume-rebate' must write a JSON object"
                    + " without a \"type\" field"), e.getMessage());
        }
    }

    @Test
    void registrationRefusesBadAndTakenNames() {
        RebateSerializer s = new RebateSerializer();
        RebateDeserializer d = new RebateDeserializer();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PartneringModule().withComponent("VolumeRebate", VolumeRebate.class, s, d))
                .getMessage().contains("must be lower-kebab"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PartneringModule().withComponent("gain-share", VolumeRebate.class, s, d))
                .getMessage().contains("'gain-share' is already registered by the SDK"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MODULE.withComponent("rebate", VolumeRebate.class, s, d))
                .getMessage().contains("already registered as component type 'volume-rebate'"));
        assertEquals(List.of("gain-share", "at-risk-pool", "service-credit-tiers", "bonus-malus", "penalty", "volume-rebate"),
                List.copyOf(MODULE.componentTypes()));
        // the module it was made from is unchanged, and the features keep the registered types
        assertEquals(5, new PartneringModule().componentTypes().size());
        assertEquals(MODULE.componentTypes(), MODULE.disable(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS).componentTypes());
        assertTrue(MODULE.toString().endsWith("components [gain-share, at-risk-pool, service-credit-tiers, bonus-malus,"
                + " penalty, volume-rebate]"), MODULE.toString());
    }

    /** The same rebate's format for the Jackson 2 module (as its {@code CustomComponentTest} registers it). */
    static final class Jackson2Rebates {
        private Jackson2Rebates() {
        }

        static final class Serializer extends com.fasterxml.jackson.databind.JsonSerializer<VolumeRebate> {
            @Override
            public void serialize(VolumeRebate r, com.fasterxml.jackson.core.JsonGenerator gen,
                    com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
                gen.writeStartObject();
                gen.writeStringField("id", r.id());
                provider.defaultSerializeField("threshold", r.threshold(), gen);
                gen.writeStringField("percent", r.percent().toPlainString());
                gen.writeEndObject();
            }
        }

        static final class Deserializer extends com.fasterxml.jackson.databind.JsonDeserializer<VolumeRebate> {
            @Override
            public VolumeRebate deserialize(com.fasterxml.jackson.core.JsonParser p,
                    com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
                String id = null;
                Money threshold = null;
                BigDecimal percent = null;
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    p.nextToken();
                    switch (field) {
                        case "id" -> id = p.getText();
                        case "threshold" -> threshold = ctxt.readValue(p, Money.class);
                        case "percent" -> percent = new BigDecimal(p.getText());
                        default -> throw com.fasterxml.jackson.databind.JsonMappingException.from(p, "unknown field " + field);
                    }
                }
                return new VolumeRebate(id, threshold, percent);
            }
        }
    }
}
