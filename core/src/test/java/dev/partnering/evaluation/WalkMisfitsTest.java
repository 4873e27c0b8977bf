package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.Scope;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.ScorecardFixtures;

/** The misfits LAST_KNOWN's walks find: named at the caller's rows, before any failure of a later line, across scopes. */
class WalkMisfitsTest {

    static KpiDefinition kindChange(int version, LocalDate from, AggregationRule rule) {
        return KpiDefinition.builder().id("k").name("k").unit("share").direction(Direction.HIGHER_IS_BETTER)
                .minimum(new BigDecimal("0.8")).target(new BigDecimal("0.95")).aggregation(rule)
                .weight(BigDecimal.ONE).dataSource("d").measurementMethod("m").version(version)
                .effectiveFrom(from).build();
    }

    /** KPI a (a 150 % misfit in October 2025) and KPI k whose kind changes inside Q4 2025 (ratio, then mean). */
    static Agreement agreement() {
        return ScorecardFixtures.agreement(MissingDataPolicy.LAST_KNOWN,
                List.of(LastKnownWalkTest.percent("a", LocalDate.of(2025, 10, 1)),
                        kindChange(1, LocalDate.of(2025, 10, 1), AggregationRule.ratio()),
                        kindChange(2, LocalDate.of(2025, 11, 1), AggregationRule.mean())));
    }

    static String describe(ValidationException e) {
        List<String> paths = new ArrayList<>();
        for (Violation v : e.violations()) {
            paths.add(v.path());
        }
        return e.subject() + " " + paths;
    }

    /**
     * Asked for 2026-Q2, the walks (from Q1 2026, the period before, whose score is read) look at Q4 2025: KPI a's
     * walk finds measurements[0] (150 %) misfit; KPI k's walk then fails in the aggregation of Q4 2025 (documented).
     * The refusal names measurements[0], as asking for 2025-Q4 itself does, not the aggregation's failure.
     */
    @Test
    void walkMisfitIsLostWhenALaterLineFailsInTheAggregation() {
        List<Measurement> ms = List.of(LastKnownWalkTest.m("a", "2025-10", "150"),
                LastKnownWalkTest.m("k", "2025-11", "0.9"));
        List<String> seen = new ArrayList<>();
        for (String q : new String[] {"2025-Q4", "2026-Q2"}) {
            for (boolean table : new boolean[] {false, true}) {
                ValidationException e = assertThrows(ValidationException.class, () -> {
                    if (table) {
                        ScorecardCalculator.standard().calculate(agreement(), List.of(ReportingPeriod.parse(q)),
                                MeasurementTable.of(ms));
                    } else {
                        ScorecardCalculator.standard().calculate(agreement(), List.of(ReportingPeriod.parse(q)), ms);
                    }
                });
                seen.add(q + (table ? " table: " : " list: ") + describe(e));
            }
        }
        String expected = "Measurements for agreement '" + agreement().id() + "' [measurements[0].value]";
        assertEquals(List.of("2025-Q4 list: " + expected, "2025-Q4 table: " + expected, "2026-Q2 list: " + expected,
                "2026-Q2 table: " + expected), seen);
    }

    /**
     * Per scope: north holds a's misfit (walk), south holds k's November value (its walk fails in the aggregation of
     * Q4 2025, subject "Aggregation"). ScopeScorecardCalculator merges both scopes' ValidationExceptions into one
     * under the first scope's subject: a violation of an Aggregation (a path of the aggregation, not of the caller's
     * input) listed among the measurements' misfits, under "Measurements for agreement ..." (or, scopes the other
     * way round, the measurement's misfit under "Aggregation"). At 0ba3625 the first scope's exception was thrown
     * as it was. Expected: only ValidationExceptions about the caller's measurements are merged (same subject);
     * any other is thrown as it is.
     */
    @Test
    void scopesMergeAnAggregationFailureWithMeasurementMisfits() {
        List<String> seen = new ArrayList<>();
        for (boolean northFirst : new boolean[] {true, false}) {
            Agreement agreement = agreement().withScopes(northFirst
                    ? List.of(Scope.of("north", "North"), Scope.of("south", "South"))
                    : List.of(Scope.of("south", "South"), Scope.of("north", "North")));
            List<Measurement> ms = List.of(
                    Measurement.builder().kpiId("a").period(ReportingPeriod.parse("2025-10"))
                            .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("150")).scope("north").build(),
                    Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2025-11"))
                            .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("0.9")).scope("south").build());
            ValidationException e = assertThrows(ValidationException.class, () -> ScopeScorecardCalculator.standard()
                    .calculate(agreement, List.of(ReportingPeriod.parse("2026-Q2")), ms));
            seen.add((northFirst ? "north first: " : "south first: ") + describe(e) + " | " + e.getMessage());
        }
        for (String s : seen) {
            // a refusal under one subject names only what that subject is about: measurements under "Measurements
            // for agreement", an aggregation's own fields (numerator, ...) under "Aggregation", never both mixed
            boolean someMeasurement = false;
            boolean someOther = false;
            for (String path : s.substring(s.indexOf(" [") + 2, s.indexOf("] | ")).split(", ")) {
                someMeasurement |= path.startsWith("measurements[");
                someOther |= !path.startsWith("measurements[");
            }
            assertEquals(false, someMeasurement && someOther, seen.toString());
        }
    }

    /**
     * A period with no period before it (0001-01) refused once per scope: the same violation from every scope.
     * Printed and held: named once, under the subject it had.
     */
    @Test
    void periodRefusedByEveryScopeIsNamedOnce() {
        Agreement agreement = agreement().withScopes(List.of(Scope.of("north", "North"), Scope.of("south", "South")));
        List<String> seen = new ArrayList<>();
        RuntimeException single = assertThrows(RuntimeException.class, () -> ScorecardCalculator.standard()
                .calculate(agreement, List.of(ReportingPeriod.parse("0001-01")), List.of()));
        RuntimeException scoped = assertThrows(RuntimeException.class, () -> ScopeScorecardCalculator.standard()
                .calculate(agreement, List.of(ReportingPeriod.parse("0001-01")), List.of()));
        seen.add(single.getClass().getSimpleName() + ": " + single.getMessage());
        seen.add(scoped.getClass().getSimpleName() + ": " + scoped.getMessage());
        assertEquals(seen.get(0), seen.get(1));
    }

    /**
     * The documented order: the check of the periods asked refuses first (naming every misfit within them); the
     * misfits LAST_KNOWN's walks reach are named together once those fit. A window misfit of KPI a (measurements[1],
     * April) is named alone; with it fixed, the walk of KPI b reaches b's January misfit (measurements[0]).
     */
    @Test
    void askedWindowMisfitHidesWalkMisfits() {
        var agreement = ScorecardFixtures.agreement(MissingDataPolicy.LAST_KNOWN,
                List.of(LastKnownWalkTest.percent("a", LocalDate.of(2026, 1, 1)),
                        LastKnownWalkTest.percent("b", LocalDate.of(2026, 1, 1))));
        List<Measurement> ms = List.of(LastKnownWalkTest.m("b", "2026-01", "150"), LastKnownWalkTest.m("a", "2026-04", "150"));
        ValidationException e = assertThrows(ValidationException.class, () -> ScorecardCalculator.standard()
                .calculate(agreement, ReportingPeriod.parse("2026-04"), ms));
        assertEquals("Measurements for agreement 'acme' [measurements[1].value]", describe(e));
        List<Measurement> fixed = List.of(LastKnownWalkTest.m("b", "2026-01", "150"), LastKnownWalkTest.m("a", "2026-04", "99"));
        ValidationException walk = assertThrows(ValidationException.class, () -> ScorecardCalculator.standard()
                .calculate(agreement, ReportingPeriod.parse("2026-04"), fixed));
        assertEquals("Measurements for agreement 'acme' [measurements[0].value]", describe(walk));
    }
}
