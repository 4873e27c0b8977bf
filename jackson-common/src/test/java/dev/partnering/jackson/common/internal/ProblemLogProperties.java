package dev.partnering.jackson.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/** The problems of one read: their order, the limit on how many are listed, and where each violation is. */
class ProblemLogProperties {

    /** A location as the test writes it: line and column, line 0 for unknown. */
    record Loc(int line, int column) {
    }

    static final Locator<Loc> LOCATOR = new Locator<>(Loc::line, Loc::column, new Loc(0, 0));

    static final class Log extends ProblemLog<Loc> {
        Log() {
            super(LOCATOR);
        }
    }

    @Property
    void problemsAreListedInTheOrderFoundUpToTheLimitAndTheRestCounted(@ForAll @IntRange(max = 250) int n,
            @ForAll @IntRange(max = 250) int unknownEvery) {
        Log log = new Log();
        int unknown = 0;
        for (int i = 0; i < n; i++) {
            if (unknownEvery > 0 && i % unknownEvery == 0) {
                log.unknownField("$.x[" + i + "]", "unknown field 'f" + i + "'", new Loc(i + 1, 1));
                unknown++;
            } else {
                log.problem("$.x[" + i + "]", "problem " + i, new Loc(i + 1, 1));
            }
        }
        assertEquals(n, log.count());
        assertEquals(n - unknown, log.broken());
        Loc start = new Loc(1, 1);
        List<ProblemLog.Entry<Loc>> all = log.all("$", start);
        int listed = Math.min(n, ProblemLog.MAX_PROBLEMS);
        assertEquals(listed + (n > ProblemLog.MAX_PROBLEMS ? 1 : 0), all.size());
        for (int i = 0; i < listed; i++) {
            assertEquals("$.x[" + i + "]", all.get(i).jsonPath()); // in the order found
        }
        if (n > ProblemLog.MAX_PROBLEMS) {
            assertEquals(new ProblemLog.Entry<>("$", (n - ProblemLog.MAX_PROBLEMS) + " more problems not listed", List.of(),
                    start), all.get(listed));
        }
        if (n > 0) {
            assertEquals(new Loc(1, 1), log.first(all, new Loc(9, 9)));
        }
    }

    @Property
    void eachViolationIsLocatedAtTheInnermostValueItsPathReaches(@ForAll @Size(min = 1, max = 6) List<@IntRange(max = 3) Integer> at,
            @ForAll @IntRange(max = 3) int missing) {
        // a value with children parties[0..3], each with children roles[0..3]; line = 10 * party + role + 2
        Loc root = new Loc(1, 1);
        Node<Loc> value = Node.enter(null, null, -1, root, true);
        for (int p = 0; p < 4; p++) {
            Node<Loc> party = Node.enter(value, "parties", p, new Loc(10 * p + 1, 3), true);
            for (int r = 0; r < 4; r++) {
                Node.enter(party, "roles", r, new Loc(10 * p + r + 2, 5), true);
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            int p = at.get(i);
            violations.add(Violation.of("parties[" + p + "].roles[" + (i + missing) % 5 + "].name", "v" + i, "rule " + i));
        }
        violations.add(Violation.of("", null, "the value as a whole"));
        Log log = new Log();
        log.violations("$.agreement", new ValidationException("Agreement 'a'", violations), root, value);
        ProblemLog.Entry<Loc> problem = log.all("$", root).get(0);
        assertEquals("$.agreement", problem.jsonPath());
        assertEquals("Agreement 'a' is invalid (" + violations.size() + " violations):", problem.message());
        for (int i = 0; i < at.size(); i++) {
            int p = at.get(i);
            int r = (i + missing) % 5;
            Violation v = problem.violations().get(i);
            assertEquals("$.agreement.parties[" + p + "].roles[" + r + "].name", v.path());
            // role 4 does not exist: the party it would be in is the innermost value reached
            Loc expected = r < 4 ? new Loc(10 * p + r + 2, 5) : new Loc(10 * p + 1, 3);
            assertEquals(expected, log.locations().get(v.path()));
        }
        assertSame(root, log.locations().get("$.agreement"));
    }

    @Test
    void oneViolationIsItsOwnProblemAtItsPath() {
        Log log = new Log();
        Loc at = new Loc(4, 7);
        log.violations("$.kpis[0]", new ValidationException("Kpi 'a'", List.of(Violation.of("weight", "0",
                "weight 0 must be greater than 0"))), at, null);
        ProblemLog.Entry<Loc> p = log.all("$", at).get(0);
        assertEquals("$.kpis[0].weight", p.jsonPath());
        assertEquals("weight 0 must be greater than 0", p.message());
        assertEquals(at, p.location());
        // a scalar's broken rule: at the scalar's own path
        log.scalarRules("$.currency", new ValidationException("Money", List.of(Violation.of("currency", "SEKK",
                "currency 'SEKK' is not an ISO-4217 currency code"))), new Loc(5, 3));
        ProblemLog.Entry<Loc> c = log.all("$", at).get(1);
        assertEquals("$.currency", c.jsonPath());
        assertEquals("$.currency", c.violations().get(0).path());
        assertEquals(2, log.broken());
    }

    @Test
    void aFieldSetTwiceInTheSameValueIsSeenNotOneInAnother() {
        Log log = new Log();
        assertFalse(log.seenBefore(3)); // outside any value: never
        log.push();
        assertFalse(log.seenBefore(3));
        log.push(); // a value inside it
        assertFalse(log.seenBefore(3));
        assertTrue(log.seenBefore(3));
        log.pop();
        assertTrue(log.seenBefore(3));
        assertFalse(log.seenBefore(64)); // beyond the bits: not tracked
        for (int i = 0; i < 40; i++) {
            log.push(); // deeper than the first array
        }
        assertFalse(log.seenBefore(0));
    }

    @Test
    void theExceptionsText() {
        Log log = new Log();
        log.violations("$.agreement.kpis[0]", new ValidationException("KpiDefinition 'availability'", List.of(
                Violation.of("minimum", "99.9", "minimum 99.9 must be below target 99.5"),
                Violation.of("weight", "0", "weight 0 must be greater than 0"))), new Loc(38, 5), null);
        log.problem("$.agreement.currency", "expected a string, found a number", new Loc(5, 17));
        List<ProblemLog.Entry<Loc>> all = log.all("$", new Loc(1, 1));
        assertEquals("""
                Cannot read PartneringDocument at $ (2 problems):
                  - $.agreement.kpis[0]: KpiDefinition 'availability' is invalid (2 violations):
                      - $.agreement.kpis[0].minimum: minimum 99.9 must be below target 99.5 [value: 99.9] (line 38, column 5)
                      - $.agreement.kpis[0].weight: weight 0 must be greater than 0 [value: 0] (line 38, column 5)
                  - $.agreement.currency: expected a string, found a number (line 5, column 17)""",
                ProblemText.render("PartneringDocument", "$", all, log.locations(), LOCATOR));
        assertEquals("$.agreement.currency: expected a string, found a number (line 5, column 17)",
                ProblemText.of(all.get(1), LOCATOR));
        // an unknown location is left out
        assertEquals("$: x", ProblemText.of(new ProblemLog.Entry<>("$", "x", List.of(), new Loc(0, 0)), LOCATOR));
    }
}
