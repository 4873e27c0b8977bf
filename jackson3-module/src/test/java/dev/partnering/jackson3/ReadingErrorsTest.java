package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;

/**
 * Reading errors with Jackson 3 alone: its module's name, its mapper's settings, the types it does
 * not support yet. What both modules report alike is tested over both by {@code BothModulesReadingErrorsTest}.
 */
class ReadingErrorsTest {

    private static final String MEASUREMENT = BothModulesReadingErrorsTest.MEASUREMENT;

    private static PartneringJsonException readFails(String json, Class<?> type) {
        return assertThrows(PartneringJsonException.class, () -> Json3Testing.MAPPER.readValue(json, type));
    }

    private static String doc(String measurements) {
        return BothModulesReadingErrorsTest.doc(measurements);
    }








    @Test
    void aNewerFormatVersionIsRefusedNamingThisModule() {
        PartneringJsonException e = readFails("{\"formatVersion\": 2, \"measurements\": []}", PartneringDocument.class);
        assertEquals("$.formatVersion", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("newer than version 1, the newest this version of partnering-jackson3 reads"),
                e.getMessage());
    }

    @Test
    void unknownFieldsCanBeIgnored() throws Exception {
        JsonMapper lenient = JsonMapper.builder()
                .addModule(new PartneringModule().disable(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS)).build();
        Measurement m = lenient.readValue(MEASUREMENT.replace("{", "{\"comment\": \"from the ERP\", "), Measurement.class);
        assertEquals(Json3Testing.MAPPER.readValue(MEASUREMENT, Measurement.class), m);
        assertTrue(new PartneringModule().isEnabled(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS));
    }

    @Test
    void unknownFieldsAreRefusedWhateverTheMappersSetting() {
        JsonMapper lenientMapper = JsonMapper.builder().addModule(new PartneringModule())
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        PartneringJsonException e = assertThrows(PartneringJsonException.class, () -> lenientMapper.readValue(
                MEASUREMENT.replace("{", "{\"comment\": 1, "), Measurement.class));
        assertEquals("$.comment", e.problems().get(0).jsonPath());
    }

    @Test
    void aResultIsRefusedAsAResultNotAsATypeJackson3CannotReadYet() {
        // an attainment is a result: computed, never read; refused in the Jackson 2 module's words, at its path
        PartneringJsonException e = readFails("{\"kpiId\": \"availability\"}", dev.partnering.kpi.Attainment.class);
        assertEquals(List.of("$"), e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList());
        assertEquals("Attainment is a result, written only, never read back: compute it again with Attainment.of(kpi,"
                + " periodValue)", e.problems().get(0).message());
        assertFalse(e.getMessage().contains("cannot be read with Jackson 3 yet"), e.getMessage());
    }

    @Test
    void aTypeWithoutMixinsIsRefusedOnItsOwnNamingIt() {
        // no type of the SDK is without its mix-ins today; a public class of the core's tests stands for one added
        // to the core without them: refused, never read by guesswork
        DatabindException e = assertThrows(DatabindException.class, () -> Json3Testing.MAPPER.readValue("{}",
                dev.partnering.Fixtures.class));
        assertTrue(e.getMessage().contains("Fixtures cannot be read with Jackson 3 yet"), e.getMessage());
    }

    @Test
    void theBrokenPartsOfAnOpeningBalanceAreReportedAtTheirPaths() throws Exception {
        String balance = Json3Testing.JACKSON2.readTree(Json3Testing.golden("opening-balance.json")).get("openingBalance")
                .toString();
        com.fasterxml.jackson.databind.node.ObjectNode broken = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json3Testing.JACKSON2.readTree(balance);
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/periods/1/credits/0")).put("amount", "5.00");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/periods/0/kpiStatuses")).put("availability", "GREEN");
        PartneringJsonException e = readFails(broken.toString(), dev.partnering.incentive.OpeningBalance.class);
        assertEquals(List.of("$.periods[0].kpiStatuses.availability", "$.periods[1].credits[0].amount"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList(), e.getMessage());
        assertEquals(Json3Testing.JACKSON2.readValue(balance, dev.partnering.incentive.OpeningBalance.class),
                Json3Testing.MAPPER.readValue(balance, dev.partnering.incentive.OpeningBalance.class));
    }

    @Test
    void aCostOutcomeIsReadThroughItsBuilderWithItsRuleAtItsPath() throws Exception {
        assertEquals(dev.partnering.incentive.CostOutcome.savings(dev.partnering.money.Money.of("-50.00", "SEK")),
                Json3Testing.MAPPER.readValue("{\"givenSavings\": {\"amount\": \"-50.00\", \"currency\": \"SEK\"}}",
                        dev.partnering.incentive.CostOutcome.class));
        PartneringJsonException e = readFails("{\"actual\": {\"amount\": \"10.00\", \"currency\": \"SEK\"}}",
                dev.partnering.incentive.CostOutcome.class);
        assertEquals("$.baseline", e.problems().get(0).jsonPath());
        assertEquals("a cost outcome needs a baseline and an actual cost, or the savings (givenSavings), not both or part",
                e.problems().get(0).message());
    }

    @Test
    void aDuplicatedFieldIsRefusedWhenTheMapperDetectsDuplicates() {
        JsonMapper strict = JsonMapper.builder().addModule(new PartneringModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        PartneringJsonException e = assertThrows(PartneringJsonException.class, () -> strict.readValue(
                MEASUREMENT.replace("{", "{\"value\": \"1\", "), Measurement.class));
        assertEquals("$.value", e.problems().get(0).jsonPath());
        assertEquals("field 'value' appears more than once", e.problems().get(0).message());
    }

    @Test
    void aTypeJackson3ReadsReportsItsOwnProblemsNotARefusal() {
        // every document kind that is read at all is read by Jackson 3 now (BothModulesGoldenFilesTest), and every
        // type is written (BothModulesWrittenResultsTest)
        PartneringJsonException own = readFails("{}", Agreement.class);
        assertTrue(own.getMessage().contains("is required"), own.getMessage());
        assertFalse(own.getMessage().contains("cannot be read with Jackson 3 yet"), own.getMessage());
    }

    @Test
    void askingADocumentForAnotherKindOfValueNamesWhatItHolds() throws Exception {
        PartneringDocument d = Json3Testing.MAPPER.readValue(doc(MEASUREMENT), PartneringDocument.class);
        assertEquals(1, d.measurements().size());
        assertEquals("the document holds measurements, not an Agreement",
                assertThrows(IllegalStateException.class, () -> d.value(Agreement.class)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartneringDocument.of("measurement", List.of()));
    }
}
