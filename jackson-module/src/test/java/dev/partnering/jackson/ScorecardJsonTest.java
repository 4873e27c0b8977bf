package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.partnering.scorecard.Scorecard;

/**
 * Scorecards read back through the creators of their mix-ins (a stored scorecard is what an
 * incentive period continues from): every problem of a broken line reported in one read, each at
 * its JSON path, and a line's own rule (counted only with an attainment and a contribution) at the
 * line.
 */
class ScorecardJsonTest {

    private static ObjectNode golden() {
        return (ObjectNode) JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + "scorecard.json")).deepCopy();
    }

    private static ObjectNode line(ObjectNode doc, int i) {
        return (ObjectNode) doc.get("scorecard").get("lines").get(i);
    }

    private static PartneringJsonException readFails(String json) {
        return assertThrows(PartneringJsonException.class, () -> JsonTesting.read(json, PartneringDocument.class));
    }

    @Test
    void theGoldenScorecardReadsBackAsTheFixture() throws Exception {
        assertEquals(GoldenFiles.v1().get("scorecard.json").get().value(Scorecard.class),
                JsonTesting.read(golden().toString(), PartneringDocument.class).value(Scorecard.class));
    }

    @Test
    void everyProblemOfBrokenLinesIsReportedAtItsPath() {
        ObjectNode doc = golden();
        ((ObjectNode) line(doc, 0).get("explanation")).put("kind", "NOPE");
        line(doc, 1).put("weight", "heavy");
        line(doc, 2).remove("kpiId");
        ((ObjectNode) line(doc, 3).get("aggregation")).put("period", "2026-13");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of("$.scorecard.lines[0].explanation.kind", "$.scorecard.lines[1].weight", "$.scorecard.lines[2]",
                "$.scorecard.lines[3].aggregation.period"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("\"NOPE\" is not one of INPUT, RULE, COMPUTATION"),
                e.getMessage());
        assertEquals("\"heavy\" is not a decimal number",
                e.problems().get(1).message(), e.getMessage());
        assertEquals("kpiId is required: null is not allowed", e.problems().get(2).message(), e.getMessage());
        assertTrue(e.problems().get(3).message().contains("month 13 must be between 1 and 12"), e.getMessage());
        assertEquals("$", e.jsonPath());
    }

    @Test
    void aLineBreakingItsOwnRuleIsReportedAtTheLine() {
        // a counted line has an attainment and a contribution, and only then: this one lost its contribution
        ObjectNode doc = golden();
        line(doc, 1).remove("contribution");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of("$.scorecard.lines[1]"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("a counted line has an attainment and a contribution, and only then"),
                e.getMessage());
    }
}
