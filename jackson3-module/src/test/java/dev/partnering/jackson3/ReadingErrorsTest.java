package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.party.Party;

/**
 * Reading errors with Jackson 3, mirroring the Jackson 2 module's {@code ReadingErrorsTest}: every
 * problem of a value in one exception with its JSON path, line and column — and for each input the
 * same problems, paths, messages, violations and locations as Jackson 2 reports.
 */
class ReadingErrorsTest {

    private static final String KPI = "{\"id\": \"availability\", \"version\": 1, \"effectiveFrom\": \"2026-01-01\","
            + " \"name\": \"Service availability\", \"unit\": \"%\", \"direction\": \"HIGHER_IS_BETTER\", \"minimum\": \"99.0\","
            + " \"target\": \"99.5\", \"stretch\": \"99.9\", \"maxAttainment\": \"1.2\", \"aggregation\": {\"type\": \"mean\"},"
            + " \"weight\": \"2\", \"frequency\": \"MONTHLY\", \"dataSource\": \"Monitoring\", \"measurementMethod\": \"Minutes\","
            + " \"validRange\": {\"lower\": \"0\", \"upper\": \"100\"}, \"qualifyingConditions\": []}";

    private static final String MEASUREMENT = "{\"kpiId\": \"availability\", \"period\": \"2026-03\", \"value\": \"99.5\","
            + " \"recordedAt\": \"2026-03-31T12:00:00Z\"}";

    private static PartneringJsonException readFails(String json, Class<?> type) {
        return assertThrows(PartneringJsonException.class, () -> Json3Testing.MAPPER.readValue(json, type));
    }

    private static String doc(String measurements) {
        return "{\n  \"formatVersion\": 1,\n  \"measurements\": [\n" + measurements + "\n  ]\n}";
    }

    @Test
    void everyProblemOfADocumentIsReportedWithItsJsonPathAndLocation() {
        String json = doc("    " + MEASUREMENT.replace("\"value\": \"99.5\"", "\"value\": true") + ",\n    "
                + MEASUREMENT.replace("\"2026-03\"", "\"2026-13\"") + ",\n    "
                + MEASUREMENT.replace("\"value\"", "\"comment\": \"x\", \"value\"") + ",\n    "
                + MEASUREMENT.replace("\"value\": \"99.5\"", "\"numerator\": \"-1\", \"denominator\": \"2\""));

        PartneringJsonException e = readFails(json, PartneringDocument.class);

        assertEquals(List.of("$.measurements[0].value", "$.measurements[1].period", "$.measurements[2].comment",
                "$.measurements[3].numerator"), e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList(),
                e.getMessage());
        assertEquals("expected a decimal number as a string (\"1.5\") or a number, found a boolean",
                e.problems().get(0).message());
        assertEquals(4, e.problems().get(0).location().getLineNr()); // the measurement on line 4 (after "{", version, "[")
        assertTrue(e.problems().get(1).message().contains("month 13 must be between 1 and 12"), e.getMessage());
        assertTrue(e.problems().get(2).message().startsWith("unknown field 'comment'; the fields here are kpiId, period, value,"
                + " numerator, denominator"), e.getMessage());
        assertEquals(1, e.violations().stream().filter(v -> v.path().equals("$.measurements[3].numerator")).count(),
                e.getMessage());
        assertTrue(e.violations().get(e.violations().size() - 1).rule().contains("numerator -1 must not be negative"),
                e.getMessage());
        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().startsWith("Cannot read PartneringDocument at $ (4 problems):"), e.getMessage());
    }

    static Stream<Arguments> badInputs() {
        String kpiAbove = KPI.replace("\"minimum\": \"99.0\"", "\"minimum\": \"99.9\"").replace("\"weight\": \"2\"",
                "\"weight\": \"0\"");
        return Stream.of(
                Arguments.of("a KPI breaking two rules", kpiAbove, KpiDefinition.class),
                Arguments.of("an unknown aggregation type", KPI.replace("\"mean\"", "\"median\""), KpiDefinition.class),
                Arguments.of("an enum by a wrong name", KPI.replace("HIGHER_IS_BETTER", "UPWARDS"), KpiDefinition.class),
                Arguments.of("a whole number as a string", KPI.replace("\"version\": 1", "\"version\": \"1\""), KpiDefinition.class),
                Arguments.of("a missing required field", KPI.replace("\"id\": \"availability\", ", ""), KpiDefinition.class),
                Arguments.of("a range upside down", KPI.replace("\"lower\": \"0\"", "\"lower\": \"200\""), KpiDefinition.class),
                Arguments.of("a party kind unknown", "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"VENDOR\", \"lead\": 1}", Party.class),
                Arguments.of("an invalid date and instant", MEASUREMENT.replace("\"2026-03\"", "\"2026-Q5\"")
                        .replace("2026-03-31T12", "2026-02-30T12"), Measurement.class),
                Arguments.of("an object where a string belongs", MEASUREMENT.replace("\"availability\"", "{}"), Measurement.class),
                Arguments.of("an array instead of an object", "[1, 2]", Measurement.class),
                Arguments.of("a decimal beyond the limits", MEASUREMENT.replace("\"99.5\"", "\"1e1000\""), Measurement.class),
                Arguments.of("a newer format version", "{\"formatVersion\": 2, \"measurements\": []}", PartneringDocument.class),
                Arguments.of("no format version", "{\"measurements\": []}", PartneringDocument.class),
                Arguments.of("two kinds", "{\"formatVersion\": 1, \"measurements\": [], \"minutes\": []}",
                        PartneringDocument.class),
                Arguments.of("an unknown field of a document", "{\"formatVersion\": 1, \"measurement\": []}",
                        PartneringDocument.class),
                Arguments.of("a value before its version", "{\"measurements\": [" + MEASUREMENT.replace("\"99.5\"", "\"x\"")
                        + "], \"formatVersion\": 1}", PartneringDocument.class),
                Arguments.of("malformed JSON inside a value", doc(MEASUREMENT.replace("\"value\":", "\"value\"")),
                        PartneringDocument.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void jackson3ReportsTheProblemsJackson2Reports(String what, String json, Class<?> type) throws Exception {
        Class<?> type2 = type == PartneringDocument.class ? dev.partnering.jackson.PartneringDocument.class : type;
        dev.partnering.jackson.PartneringJsonException two = assertThrows(dev.partnering.jackson.PartneringJsonException.class,
                () -> Json3Testing.JACKSON2.readValue(json, type2));
        PartneringJsonException three = readFails(json, type);

        List<String> expected = new ArrayList<>();
        for (dev.partnering.jackson.PartneringJsonException.Problem p : two.problems()) {
            expected.add(p.jsonPath() + " | " + p.message() + " | " + p.violations() + " | line " + p.location().getLineNr()
                    + ", column " + p.location().getColumnNr());
        }
        List<String> actual = new ArrayList<>();
        for (PartneringJsonException.Problem p : three.problems()) {
            // Jackson 3's parser says "property" where Jackson 2's says "field"; the module's own words are the same
            actual.add(p.jsonPath() + " | " + p.message().replace("partnering-jackson3", "partnering-jackson")
                    .replace("property name", "field name") + " | "
                    + p.violations() + " | line " + p.location().getLineNr() + ", column " + p.location().getColumnNr());
        }
        assertEquals(expected, actual);
        assertFalse(actual.isEmpty());
        assertEquals(two.jsonPath(), three.jsonPath());
        assertEquals(two.violations(), three.violations());
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
    void aTypeWithoutMixinsIsRefusedOnItsOwnNamingIt() {
        DatabindException e = assertThrows(DatabindException.class, () -> Json3Testing.MAPPER.readValue(
                "{\"period\": \"2026-01\"}", dev.partnering.kpi.Aggregation.class));
        assertTrue(e.getMessage().contains("Aggregation cannot be read with Jackson 3 yet"), e.getMessage());
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
    void aKindWhoseTypesHaveNoMixinYetIsRefusedSayingSo() throws Exception {
        String statement = Json3Testing.golden("incentive-statement.json");
        PartneringJsonException e = readFails(statement, PartneringDocument.class);
        assertFalse(e.problems().isEmpty());
        for (PartneringJsonException.Problem p : e.problems()) {
            assertTrue(p.message().contains("cannot be read with Jackson 3 yet"), p.toString());
        }
        PartneringJsonException own = readFails("{}", Agreement.class);
        assertTrue(own.getMessage().contains("cannot be read with Jackson 3 yet")
                || own.getMessage().contains("is required"), own.getMessage());
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
