package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.money.Money;

/**
 * Where reading reports a problem: the line and column of the offending field (also for a broken
 * domain rule found after the value was built), the right field for a failure of the parser, JSON
 * null refused at the root.
 */
class ProblemLocationsTest {

    private static final String AGREEMENT = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");

    private static PartneringJsonException readFails(ObjectMapper mapper, String json, Class<?> type) {
        return assertThrows(PartneringJsonException.class, () -> mapper.readValue(json, type));
    }

    /** @return the 1-based line and column where {@code needle} first occurs in {@code text} after {@code from} */
    private static int[] lineAndColumn(String text, String from, String needle) {
        int at = text.indexOf(needle, text.indexOf(from));
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, at - lineStart + 1};
    }

    private static void assertAt(int[] expected, JsonLocation actual) {
        assertEquals(expected[0], actual.getLineNr(), "line");
        assertEquals(expected[1], actual.getColumnNr(), "column");
    }

    /** @return the text with the value of the {@code n}-th (0-based) {@code "field" : } after {@code from} replaced */
    private static String replaceValue(String text, String from, String field, int n, String value) {
        int at = text.indexOf(from);
        for (int i = 0; i <= n; i++) {
            at = text.indexOf("\"" + field + "\" : ", at + 1);
        }
        int start = at + field.length() + 5;
        int end = text.indexOf(text.charAt(start) == '"' ? '"' : ',', start + 1) + (text.charAt(start) == '"' ? 1 : 0);
        return text.substring(0, start) + value + text.substring(end);
    }

    @Test
    void theExampleInFormatMdIsWhatReadingSays() throws Exception {
        String json = replaceValue(AGREEMENT, "\"agreement\"", "currency", 0, "\"SEKK\"");
        json = replaceValue(json, "\"roles\"", "level", 3, "\"D\"");
        json = replaceValue(json, "\"kpis\"", "minimum", 0, "\"99.9\"");
        json = replaceValue(json, "\"kpis\"", "weight", 0, "\"0\"");
        String json2 = json;
        PartneringJsonException e = readFails(JsonTesting.MAPPER, json2, PartneringDocument.class);

        String format = java.nio.file.Files.readString(java.nio.file.Path.of("FORMAT.md"));
        int start = format.indexOf("Cannot read PartneringDocument at $ (3 problems):");
        String documented = format.substring(start, format.indexOf("\n```", start));
        assertEquals(documented, e.getMessage().substring(0, e.getMessage().indexOf("\n at [Source")));
    }

    @Test
    void jsonNullIsNotADocument() {
        // Jackson returns null for "null" unless the deserializer refuses it
        PartneringJsonException e = readFails(JsonTesting.MAPPER, "null", PartneringDocument.class);
        assertTrue(e.getMessage().startsWith("Cannot read PartneringDocument at $ (1 problem):\n"
                + "  - $: expected a PartneringDocument, found null (line 1, column 1)"), e.getMessage());
        e = readFails(JsonTesting.PLAIN, "\n  null", Agreement.class);
        assertTrue(e.getMessage().contains("expected an Agreement, found null (line 2, column 3)"), e.getMessage());
    }

    /** A user's own type holding a value of the SDK. */
    record Holder(Money money, String name) {
    }

    @Test
    void aNullInsideAUsersOwnTypeStaysNullAsJacksonHasIt() throws Exception {
        Map<String, Money> read = JsonTesting.MAPPER.readValue("{\"a\": null}", new TypeReference<Map<String, Money>>() { });
        assertTrue(read.containsKey("a"));
        assertNull(read.get("a"));
        // null or absent in a user's record: null, also when the record is the whole input
        assertNull(JsonTesting.MAPPER.readValue("{\"money\": null, \"name\": \"x\"}", Holder.class).money());
        assertNull(JsonTesting.MAPPER.readValue("{\"name\": \"x\"}", Holder.class).money());
    }

    @Test
    void aDomainViolationFoundAfterBuildingIsAtTheObjectWhoseRuleItBreaks() {
        // the first KPI's minimum 99.0 above a target of 98 is found by KpiDefinition's own check when it is built:
        // the value is read streamed, so the violation is located where the KPI's object begins
        String json = AGREEMENT.replace("\"target\" : \"99.5\"", "\"target\" : \"98\"");

        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, PartneringDocument.class);

        int[] kpi = lineAndColumn(json, "\"kpis\"", "{");
        assertTrue(kpi[0] > 100, "the object is far down the document, line " + kpi[0]);
        assertAt(kpi, e.getLocation());
        assertAt(kpi, e.problems().get(0).location());
        assertAt(kpi, e.locationOf("$.agreement.kpis[0].minimum").orElseThrow());
    }

    @Test
    void everyViolationOfAGroupIsAtTheObjectThatBreaksIt() {
        String json = AGREEMENT.replace("\"minimum\" : \"99.0\"", "\"minimum\" : \"99.9\"")
                .replaceFirst("\"weight\" : \"[0-9.]+\"", "\"weight\" : \"0\"");

        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, PartneringDocument.class);

        List<Violation> vs = e.violations();
        assertEquals(List.of("$.agreement.kpis[0].weight", "$.agreement.kpis[0].minimum"),
                vs.stream().map(Violation::path).toList());
        int[] kpi = lineAndColumn(json, "\"kpis\"", "{");
        assertAt(kpi, e.locationOf(vs.get(0).path()).orElseThrow());
        assertAt(kpi, e.locationOf(vs.get(1).path()).orElseThrow());
        assertTrue(e.getMessage().contains("[value: 0] (line " + kpi[0] + ", column " + kpi[1] + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("[value: 99.9] (line " + kpi[0] + ", column " + kpi[1] + ")"),
                e.getMessage());
    }

    @Test
    void aRuleOfTheWholeAgreementIsAtTheValueItsPathNames() {
        String json = AGREEMENT.replace("\"owner\" : \"acme\"", "\"owner\" : \"initech\"");

        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, PartneringDocument.class);

        assertEquals("$.agreement.responsibilityAreas[0].owner", e.violations().get(0).path());
        // found when the agreement is built; located at the area its path names, responsibilityAreas[0]
        assertAt(lineAndColumn(json, "\"responsibilityAreas\"", "{"), e.getLocation());
    }

    @Test
    void aValueOfTheWrongTypeIsAtItsValue() {
        String json = "{\n  \"amount\" : \"1\",\n  \"currency\" : 7\n}";
        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, Money.class);
        assertEquals("$.currency", e.problems().get(0).jsonPath());
        assertAt(new int[] {3, 16}, e.getLocation());
    }

    @Test
    void malformedJsonIsAtTheCharacterThatBreaksIt() {
        String json = "{\n  \"amount\" : \"1\",\n  \"currency\" : SEK\n}";
        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, Money.class);
        assertEquals(3, e.getLocation().getLineNr());
        assertEquals("$.currency", e.problems().get(0).jsonPath());
    }

    @Test
    void anOversizedFieldNameIsBlamedOnItsObjectNotOnThePreviousField() {
        String name = "n".repeat(PartneringJson.MAX_NAME_LENGTH + 1);
        String json = "{\"amount\": \"1\",\n \"" + name + "\": 1, \"currency\": \"SEK\"}";

        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, Money.class);

        assertEquals("$", e.problems().get(0).jsonPath(), e.getMessage());
        assertTrue(e.getMessage().contains("Name length"), e.getMessage());
        assertEquals(2, e.getLocation().getLineNr());
        assertTrue(e.getMessage().length() < 1_000, e.getMessage());
    }

    @Test
    void aMalformedFieldNameIsBlamedOnItsObject() {
        PartneringJsonException e = readFails(JsonTesting.MAPPER, "{\"amount\": \"1\", currency: \"SEK\"}", Money.class);
        assertEquals("$", e.problems().get(0).jsonPath(), e.getMessage());
        assertEquals(17, e.getLocation().getColumnNr());
    }

    @Test
    void anOversizedValueIsBlamedOnItsOwnField() {
        String json = "{\"amount\": \"1\", \"currency\": \"" + "S".repeat(PartneringJson.MAX_STRING_LENGTH + 1) + "\"}";
        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, Money.class);
        assertEquals("$.currency", e.problems().get(0).jsonPath(), e.getMessage());
        assertTrue(e.getMessage().length() < 1_000, () -> e.getMessage().substring(0, 1_000));
    }

    @Test
    void locationsAreRightBeyondTheParsersFirstBuffer() {
        // a long single-line document: the field at fault is far beyond any input buffer
        String padding = "x".repeat(100_000);
        String json = "{\"amount\": \"1\", \"currency\": \"SEK\", \"padding\": \"" + padding + "\", \"oops\": 1}";
        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, Money.class);
        PartneringJsonException.Problem oops = e.problems().stream().filter(p -> p.jsonPath().equals("$.oops"))
                .findFirst().orElseThrow();
        // at the unknown field's value, where Jackson reports it
        assertAt(new int[] {1, json.indexOf("\"oops\": ") + "\"oops\": ".length() + 1}, oops.location());
    }
}
