package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.PeriodStatement;

/**
 * Documents written before a field left the format still read. The files in
 * {@code format/v1-obsolete/} are the golden files as 0.1 snapshots wrote them, with the fields
 * that carried words twice: a scorecard line's {@code reasons}, a
 * remedy finding's {@code facts} (instead of its explanation) and an outcome's {@code capsApplied}
 * in words. Each reads, and gives the value of the current golden file, except the caps in words,
 * which had no figures to read: they are ignored (their words are in the outcome's explanation).
 */
class ObsoleteFieldsTest {

    private static final String OBSOLETE = "format/v1-obsolete/";

    private static PartneringDocument read(String dir, String file) throws Exception {
        return JsonTesting.read(JsonTesting.resource(dir + file), PartneringDocument.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"scorecard.json", "incentive-periods.json"})
    void aDocumentWithReasonsOrTermStepsReadsAsTheCurrentOne(String file) throws Exception {
        String old = JsonTesting.resource(OBSOLETE + file);
        assertTrue(old.contains("\"reasons\"") || old.contains("\"rule\""), "the file has the obsolete field");
        assertEquals(GoldenFiles.v1().get(file).get(), read(OBSOLETE, file));
    }

    @Test
    void aStatementWithFactsAndCapsInWordsReadsWithTheSameExplanationsAndFindings() throws Exception {
        IncentiveStatement expected = JsonFixtures.statement();
        IncentiveStatement read = read(OBSOLETE, "incentive-statement.json").value(IncentiveStatement.class);
        assertSameExceptCapsInWords(expected, read);
        assertTrue(hasFindings(expected), "the file has remedy findings");
    }

    private static void assertSameExceptCapsInWords(IncentiveStatement expected, IncentiveStatement read) {
        assertEquals(expected.explanation(), read.explanation());
        assertEquals(expected.periods().size(), read.periods().size());
        for (int i = 0; i < expected.periods().size(); i++) {
            PeriodStatement e = expected.periods().get(i);
            PeriodStatement r = read.periods().get(i);
            // the findings are explained from their facts exactly as the calculator explains them
            assertEquals(e.remedies(), r.remedies());
            assertEquals(e.explanation(), r.explanation());
            assertEquals(e.net(), r.net());
            List<ComponentOutcome> outcomes = r.outcomes();
            for (int j = 0; j < outcomes.size(); j++) {
                ComponentOutcome eo = e.outcomes().get(j);
                ComponentOutcome ro = outcomes.get(j);
                assertEquals(eo.amount(), ro.amount());
                assertEquals(eo.lines(), ro.lines());
                assertEquals(eo.explanation(), ro.explanation());
                assertEquals(List.of(), ro.capsApplied());
            }
        }
    }

    private static boolean hasFindings(IncentiveStatement s) {
        return s.periods().stream().anyMatch(p -> !p.remedies().isEmpty());
    }
}
