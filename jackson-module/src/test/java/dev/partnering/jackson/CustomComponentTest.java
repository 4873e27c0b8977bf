package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.money.Money;

/** A user's own incentive component type, registered with the module under its own type name. */
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
    static final class RebateSerializer extends JsonSerializer<VolumeRebate> {
        @Override
        public void serialize(VolumeRebate r, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("id", r.id());
            provider.defaultSerializeField("threshold", r.threshold(), gen);
            gen.writeStringField("percent", r.percent().toPlainString());
            gen.writeEndObject();
        }
    }

    /**
     * Reads the rebate's fields from the stream; reading the threshold with {@code ctxt.readValue}
     * at its field keeps the field in the JSON path of any problem.
     */
    static final class RebateDeserializer extends JsonDeserializer<VolumeRebate> {
        @Override
        public VolumeRebate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String id = null;
            Money threshold = null;
            BigDecimal percent = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                p.nextToken();
                switch (field) {
                    case "id":
                        id = p.getText();
                        break;
                    case "threshold":
                        threshold = ctxt.readValue(p, Money.class);
                        break;
                    case "percent":
                        percent = new BigDecimal(p.getText());
                        break;
                    default:
                        throw JsonMappingException.from(p, "unknown field '" + field + "' of a volume rebate");
                }
            }
            if (id == null || threshold == null || percent == null) {
                throw JsonMappingException.from(p, "a volume rebate needs id, threshold and percent");
            }
            return new VolumeRebate(id, threshold, percent);
        }
    }

    private static final PartneringModule MODULE = new PartneringModule()
            .withComponent(VolumeRebate.TYPE, VolumeRebate.class, new RebateSerializer(), new RebateDeserializer());

    private static final ObjectMapper MAPPER = PartneringJson.mapper(MODULE);

    private static Agreement agreementWithRebate(String percent) {
        return JsonFixtures.agreement().withIncentiveScheme(IncentiveScheme.builder()
                .addComponents(Penalty.builder().id("late-delivery").rate(Fixtures.sek("1000.00")).build())
                .addComponents(new VolumeRebate("volume", Fixtures.sek("200000.00"), new BigDecimal(percent)))
                .build());
    }

    @Test
    void aRegisteredComponentIsWrittenUnderItsTypeNameAndReadBack() throws Exception {
        Agreement agreement = agreementWithRebate("2.5");

        String json = MAPPER.writeValueAsString(PartneringDocument.of(agreement));
        JsonNode component = MAPPER.readTree(json).at("/agreement/incentiveScheme/components/1");

        assertEquals("{\"type\":\"volume-rebate\",\"id\":\"volume\",\"threshold\":{\"amount\":\"200000.00\",\"currency\":\"SEK\"},"
                + "\"percent\":\"2.5\"}", component.toString());
        assertEquals(agreement, MAPPER.readValue(json, PartneringDocument.class).value(Agreement.class));
    }

    @Test
    void theComponentCanBeReadOnItsOwnByItsClass() throws Exception {
        VolumeRebate rebate = new VolumeRebate("volume", Fixtures.sek("200000.00"), new BigDecimal("2.5"));
        String json = MAPPER.writeValueAsString(rebate);
        assertTrue(json.startsWith("{\"type\":\"volume-rebate\","), json);
        assertEquals(rebate, MAPPER.readValue(json, VolumeRebate.class));
        assertEquals(rebate, MAPPER.readValue(json, IncentiveComponent.class));
    }

    @Test
    void theCalculatorRunsTheComponentReadFromJsonAndItsOutcomeRoundTrips() throws Exception {
        String json = MAPPER.writeValueAsString(PartneringDocument.of(agreementWithRebate("2.5")));
        Agreement read = MAPPER.readValue(json, PartneringDocument.class).value(Agreement.class);

        IncentiveStatement statement = IncentiveCalculator.standard().calculate(read, read.incentiveScheme().orElseThrow(),
                List.of(JsonFixtures.JANUARY), List.of(), List.of(), Map.of());

        // fee 250,000.00 SEK exceeds the threshold 200,000.00: rebate 2.5 % = 6,250.00 SEK to the customer
        assertEquals(Fixtures.sek("-6250.00"), statement.periods().get(0).outcome("volume").orElseThrow().amount());
        String written = MAPPER.writeValueAsString(PartneringDocument.of(statement));
        assertEquals(statement, MAPPER.readValue(written, PartneringDocument.class).value(IncentiveStatement.class));
    }

    @Test
    void theComponentsOwnRulesAreReportedWithJsonPaths() throws Exception {
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
    void withoutRegistrationTheComponentCanNeitherBeWrittenNorRead() throws Exception {
        JsonMappingException write = assertThrows(JsonMappingException.class,
                () -> JsonTesting.MAPPER.writeValueAsString(agreementWithRebate("2.5")));
        assertTrue(write.getMessage().contains("cannot write incentive component 'volume' of type 'volume-rebate'"),
                write.getMessage());
        assertTrue(write.getMessage().contains("Register it with PartneringModule.withComponent"), write.getMessage());

        String json = MAPPER.writeValueAsString(PartneringDocument.of(agreementWithRebate("2.5")));
        PartneringJsonException read = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.MAPPER.readValue(json, PartneringDocument.class));
        assertTrue(read.getMessage().contains("unknown incentive component type \"volume-rebate\""), read.getMessage());
    }

    @Test
    void aRegisteredComponentReadsWithItsTypeAnywhereAndAnUnknownTypeNamesEveryRegisteredOne() throws Exception {
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
        // the module it was made from is unchanged
        assertEquals(5, new PartneringModule().componentTypes().size());
    }
}
