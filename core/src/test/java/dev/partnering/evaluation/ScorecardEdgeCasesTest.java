package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;

/** Examples around the scorecard's lazy lines and their explanations. */
class ScorecardEdgeCasesTest {

    /** An eager copy of a lazily built line (its parts read, then given to the public constructor). */
    static ScorecardLine eager(ScorecardLine l) {
        Optional<Aggregation> agg = l.aggregation().map(a -> new Aggregation(a.kpiId(), a.period(), a.rule(), a.value(),
                a.used(), a.excluded(), a.numeratorSum(), a.denominatorSum(), a.notes(), a.explanation()));
        return new ScorecardLine(l.kpiId(), l.definition(), agg, l.value(), l.valueFrom(), l.attainment(), l.weight(),
                l.contribution(), l.status(), l.counted(), l.explanation());
    }

    @Test
    void lazyLinesEqualTheirEagerCopies() {
        for (long seed = 0; seed < 400; seed++) {
            ScorecardOracleProperties.Scenario s = ScorecardOracleProperties.scenario(seed);
            List<Scorecard> fromTable = ScorecardCalculator.standard().calculate(s.agreement, s.periods,
                    MeasurementTable.of(s.ms));
            List<Scorecard> fromList = ScorecardCalculator.standard().calculate(s.agreement, s.periods, s.ms);
            for (List<Scorecard> cards : List.of(fromTable, fromList)) {
                for (Scorecard c : cards) {
                    for (ScorecardLine l : c.lines()) {
                        ScorecardLine e = eager(l);
                        assertEquals(e, l, "seed " + seed);
                        assertEquals(l, e, "seed " + seed);
                        assertEquals(e.hashCode(), l.hashCode(), "seed " + seed);
                        assertEquals(e.toString(), l.toString(), "seed " + seed);
                    }
                }
            }
        }
    }

    /** Many threads read the same lazily built scorecards first at once: each sees what one thread sees alone. */
    @Test
    void lazyScorecardsReadFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (long seed = 0; seed < 200; seed++) {
                ScorecardOracleProperties.Scenario s = ScorecardOracleProperties.scenario(seed);
                MeasurementTable table = MeasurementTable.of(s.ms);
                List<String> reference = new ArrayList<>();
                for (Scorecard c : ScorecardCalculator.standard().calculate(s.agreement, s.periods, table)) {
                    reference.add(c.toString() + c.explanation().toText() + c.hashCode());
                }
                for (int round = 0; round < 5; round++) {
                    List<Scorecard> shared = ScorecardCalculator.standard().calculate(s.agreement, s.periods, table);
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<List<String>>> reads = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        final int order = t;
                        reads.add(pool.submit(() -> {
                            go.await();
                            List<String> seen = new ArrayList<>();
                            for (int i = 0; i < shared.size(); i++) {
                                Scorecard c = shared.get(order % 2 == 0 ? i : shared.size() - 1 - i);
                                for (ScorecardLine l : c.lines()) {
                                    l.explanation().toString();
                                    l.attainment();
                                    l.contribution();
                                }
                                seen.add(c.toString() + c.explanation().toText() + c.hashCode());
                            }
                            if (order % 2 == 1) {
                                java.util.Collections.reverse(seen);
                            }
                            return seen;
                        }));
                    }
                    go.countDown();
                    for (Future<List<String>> f : reads) {
                        assertEquals(reference, f.get(), "seed " + seed);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Several threads calculate from the same agreement and table at once: each gets what one thread gets alone. */
    @Test
    void calculationsRunConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (long seed = 0; seed < 200; seed++) {
                ScorecardOracleProperties.Scenario s = ScorecardOracleProperties.scenario(seed);
                MeasurementTable table = MeasurementTable.of(s.ms);
                String reference = ScorecardCalculator.standard().calculate(s.agreement, s.periods, table).toString();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    final int which = t;
                    runs.add(pool.submit(() -> {
                        go.await();
                        return (which % 2 == 0 ? ScorecardCalculator.standard().calculate(s.agreement, s.periods, table)
                                : ScorecardCalculator.standard().calculate(s.agreement, s.periods, table.asList()))
                                .toString();
                    }));
                }
                go.countDown();
                for (Future<String> f : runs) {
                    assertEquals(reference, f.get(), "seed " + seed);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The line's headline shows the attainment at 4 decimals whatever the declared precision: an attainment of
     * 0.00004 (declared 6 decimals) reads "BELOW_TARGET, attainment 0" while the line's figure is 0.00004.
     */
    @Test
    void theLineHeadlineShowsTheDeclaredAttainment() {
        dev.partnering.kpi.KpiDefinition kpi = dev.partnering.kpi.KpiDefinition.builder().id("k").name("k").unit("u")
                .direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).minimum(BigDecimal.ZERO)
                .target(new BigDecimal("100000")).weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).build();
        var agreement = dev.partnering.scorecard.ScorecardFixtures.agreement(dev.partnering.kpi.MissingDataPolicy.ZERO,
                List.of(kpi));
        var m = dev.partnering.kpi.Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026-02"))
                .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("4")).build();
        Scorecard c = ScorecardCalculator.standard().calculate(agreement, ReportingPeriod.parse("2026-02"), List.of(m));
        ScorecardLine l = c.line("k").get();
        // (4 − 0) / (100000 − 0) = 0.00004, exact at 6 decimals
        assertEquals(Optional.of(new BigDecimal("0.00004")), l.attainment());
        String headline = l.explanation().text();
        assertTrue(headline.contains("attainment 0.00004"), headline);
    }

    /**
     * LAST_KNOWN reaches back beyond the windows the measurements are checked in (each period and the one before
     * it): a measurement outside the KPI's valid range (150 % against 0–100 %) in January was never refused, and the
     * April scorecard scored it as its last known value (attainment 1 against a target of 95 %), from the list and
     * from the table alike. Asked for January itself, the same measurement is refused. The lead's decision: a
     * measurement LAST_KNOWN looks at is held to the same check, so April is refused with the same violations
     * (same path measurements[0], same words) as January, from the list and from the table.
     */
    @Test
    void lastKnownNeverScoresAMeasurementTheCheckWouldRefuse() {
        dev.partnering.kpi.KpiDefinition kpi = dev.partnering.kpi.KpiDefinition.builder().id("avail").name("a")
                .unit("%").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("90"))
                .target(new BigDecimal("95")).validRange(dev.partnering.kpi.ValueRange.percentage())
                .weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).build();
        var agreement = dev.partnering.scorecard.ScorecardFixtures.agreement(
                dev.partnering.kpi.MissingDataPolicy.LAST_KNOWN, List.of(kpi));
        var january = dev.partnering.kpi.Measurement.builder().kpiId("avail").period(ReportingPeriod.parse("2026-01"))
                .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("150")).build();
        // the same measurement is refused where it is checked: in January's scorecard (or February's)
        dev.partnering.ValidationException inJanuary = org.junit.jupiter.api.Assertions.assertThrows(
                dev.partnering.ValidationException.class, () -> ScorecardCalculator.standard().calculate(agreement,
                        ReportingPeriod.parse("2026-01"), List.of(january)));
        List<String> scored = new ArrayList<>();
        for (boolean table : new boolean[] {false, true}) {
            try {
                Scorecard april = table
                        ? ScorecardCalculator.standard().calculate(agreement, List.of(ReportingPeriod.parse("2026-04")),
                                MeasurementTable.of(List.of(january))).get(0)
                        : ScorecardCalculator.standard().calculate(agreement, ReportingPeriod.parse("2026-04"),
                                List.of(january));
                ScorecardLine l = april.line("avail").get();
                scored.add((table ? "table: " : "list: ") + l.value() + " of " + l.valueFrom() + ", attainment "
                        + l.attainment() + ", " + l.status());
            } catch (dev.partnering.ValidationException e) {
                // an invalid measurement is never a value (DOMAIN.md): refused as January refuses it
                assertEquals(inJanuary.violations(), e.violations(), table ? "table" : "list");
                assertEquals(inJanuary.getMessage(), e.getMessage(), table ? "table" : "list");
            }
        }
        assertEquals(List.of(), scored);
    }

    /**
     * A ratio KPI with a plain value in January (the wrong kind, never checked: outside April's windows): under
     * LAST_KNOWN the April scorecard failed from inside the aggregation with a violation that names no measurement
     * row, where the calculator's contract names every misfit at its row. The lead's decision: the measurement
     * LAST_KNOWN looks at is checked as January's scorecard checks it, so April is refused with January's own
     * violations (measurements[0], the same words), from the list and from the table, never from the aggregation.
     */
    @Test
    void lastKnownDoesNotFailOnAnUncheckedMeasurement() {
        dev.partnering.kpi.KpiDefinition kpi = dev.partnering.kpi.KpiDefinition.builder().id("sla").name("s")
                .unit("share").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("0.8"))
                .target(new BigDecimal("0.95")).aggregation(dev.partnering.kpi.AggregationRule.ratio())
                .weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).build();
        var agreement = dev.partnering.scorecard.ScorecardFixtures.agreement(
                dev.partnering.kpi.MissingDataPolicy.LAST_KNOWN, List.of(kpi));
        var january = dev.partnering.kpi.Measurement.builder().kpiId("sla").period(ReportingPeriod.parse("2026-01"))
                .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("0.9")).build();
        dev.partnering.ValidationException inJanuary = org.junit.jupiter.api.Assertions.assertThrows(
                dev.partnering.ValidationException.class, () -> ScorecardCalculator.standard().calculate(agreement,
                        ReportingPeriod.parse("2026-01"), List.of(january)));
        assertTrue(inJanuary.violations().get(0).path().startsWith("measurements[0]"), inJanuary.getMessage());
        List<String> failures = new ArrayList<>();
        for (boolean table : new boolean[] {false, true}) {
            try {
                if (table) {
                    ScorecardCalculator.standard().calculate(agreement, List.of(ReportingPeriod.parse("2026-04")),
                            MeasurementTable.of(List.of(january)));
                } else {
                    ScorecardCalculator.standard().calculate(agreement, ReportingPeriod.parse("2026-04"), List.of(january));
                }
            } catch (RuntimeException e) {
                failures.add((table ? "table: " : "list: ") + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of("list: ValidationException: " + inJanuary.getMessage(),
                "table: ValidationException: " + inJanuary.getMessage()), failures);
    }

    /**
     * LAST_KNOWN uses the value the earlier period had: January's scorecard (version 1, mean) shows 15 for the
     * measurements 10 and 20; version 2 (from April, sum) must not re-aggregate January to 30 for April's line.
     */
    @Test
    void lastKnownIsTheValueTheEarlierPeriodHad() {
        java.util.function.Function<Integer, dev.partnering.kpi.KpiDefinition> version = v -> dev.partnering.kpi.KpiDefinition
                .builder().id("resp").name("r").unit("h").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER)
                .minimum(BigDecimal.ZERO).target(new BigDecimal("40")).weight(BigDecimal.ONE).dataSource("d")
                .measurementMethod("m").version(v)
                .aggregation(v == 1 ? dev.partnering.kpi.AggregationRule.mean() : dev.partnering.kpi.AggregationRule.sum())
                .effectiveFrom(v == 1 ? java.time.LocalDate.of(2026, 1, 1) : java.time.LocalDate.of(2026, 4, 1)).build();
        var agreement = dev.partnering.scorecard.ScorecardFixtures.agreement(
                dev.partnering.kpi.MissingDataPolicy.LAST_KNOWN, List.of(version.apply(1), version.apply(2)));
        List<dev.partnering.kpi.Measurement> ms = new ArrayList<>();
        for (String v : new String[] {"10", "20"}) {
            ms.add(dev.partnering.kpi.Measurement.builder().kpiId("resp").period(ReportingPeriod.parse("2026-01"))
                    .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal(v)).build());
        }
        List<Scorecard> cards = ScorecardCalculator.standard().calculate(agreement,
                List.of(ReportingPeriod.parse("2026-01"), ReportingPeriod.parse("2026-04")), ms);
        assertEquals(Optional.of(new BigDecimal("15")), cards.get(0).line("resp").get().value());
        // April: no data, LAST_KNOWN → January's value 15 (attainment 15 / 40 = 0.375)
        assertEquals(Optional.of(new BigDecimal("15")), cards.get(1).line("resp").get().value());
    }

    /**
     * The trend is a computed figure that is not money, so it comes in canonical form (Decimals.canonical's
     * Javadoc: "the one form in which the SDK returns every computed figure that is not money"): 0.85 − 0.75 is 0.1,
     * not 0.10, in the accessor and in the explanation.
     */
    @Test
    void theTrendIsCanonical() {
        dev.partnering.kpi.KpiDefinition kpi = dev.partnering.kpi.KpiDefinition.builder().id("k").name("k").unit("u")
                .direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).minimum(BigDecimal.ZERO)
                .target(new BigDecimal("100")).weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).build();
        var agreement = dev.partnering.scorecard.ScorecardFixtures.agreement(dev.partnering.kpi.MissingDataPolicy.ZERO,
                List.of(kpi));
        List<dev.partnering.kpi.Measurement> ms = List.of(
                dev.partnering.kpi.Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026-01"))
                        .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("75")).build(),
                dev.partnering.kpi.Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026-02"))
                        .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("85")).build());
        Scorecard february = ScorecardCalculator.standard().calculate(agreement, ReportingPeriod.parse("2026-02"), ms);
        assertEquals(Optional.of(new BigDecimal("0.85")), february.score());
        assertEquals(Optional.of(new BigDecimal("0.1")), february.trend());
        String text = february.explanation().toText();
        assertTrue(text.contains("0.85 − 0.75 = 0.1\n") || text.endsWith("0.85 − 0.75 = 0.1"), text);
    }

    /**
     * DOMAIN.md: "A period in which a KPI has no data ... the result says so on its face (a warning naming the KPI
     * and period)". A ratio KPI with a minimum volume and no measurement at all in February is NOT_DETERMINED
     * (volume 0 is below 50) and the scorecard carries no warning: the missing data are silent, and a strict
     * policy (which refuses on the incomplete-data warnings) computes money for the period. The lead's decision: no
     * data goes down the missing-data path before the minimum-volume condition (MISSING, counted under ZERO with
     * attainment 0, a NO_DATA warning); a period declared out of scope stays NOT_DETERMINED, with its reason.
     */
    @Test
    void aKpiWithoutDataIsNeverSilentlyNotDetermined() {
        dev.partnering.kpi.KpiDefinition sla = dev.partnering.kpi.KpiDefinition.builder().id("sla").name("s")
                .unit("share").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("0.8"))
                .target(new BigDecimal("0.95")).aggregation(dev.partnering.kpi.AggregationRule.ratio())
                .addQualifyingConditions(dev.partnering.kpi.QualifyingCondition.minimumVolume(new BigDecimal("50")))
                .weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).build();
        dev.partnering.kpi.KpiDefinition avail = dev.partnering.kpi.KpiDefinition.builder().id("avail").name("a")
                .unit("%").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("90"))
                .target(new BigDecimal("95")).weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).build();
        var agreement = dev.partnering.scorecard.ScorecardFixtures.agreement(dev.partnering.kpi.MissingDataPolicy.ZERO,
                List.of(sla, avail));
        var m = dev.partnering.kpi.Measurement.builder().kpiId("avail").period(ReportingPeriod.parse("2026-02"))
                .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("99")).build();
        Scorecard february = ScorecardCalculator.standard().calculate(agreement, ReportingPeriod.parse("2026-02"),
                List.of(m));
        assertEquals(dev.partnering.scorecard.KpiStatus.MISSING, february.line("sla").get().status());
        assertTrue(february.warnings().stream().anyMatch(w -> w.kpiId().equals("sla")
                && w.kind() == dev.partnering.scorecard.ScorecardWarning.Kind.NO_DATA),
                "no warning names sla: " + february.warnings());
        // ZERO: sla counted with attainment 0, avail 99 ≥ 95 is met (1): (1×0 + 1×1) / 2 = 0.5
        assertEquals(Optional.of(BigDecimal.ZERO), february.line("sla").get().attainment());
        assertEquals(Optional.of(new BigDecimal("0.5")), february.score());
        // declared out of scope (and no data): NOT_DETERMINED with its reason, no NO_DATA warning for it
        dev.partnering.kpi.KpiDefinition outOfScope = dev.partnering.kpi.KpiDefinition.builder().id("sla")
                .name("s").unit("share").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER)
                .minimum(new BigDecimal("0.8")).target(new BigDecimal("0.95"))
                .aggregation(dev.partnering.kpi.AggregationRule.ratio())
                .addQualifyingConditions(dev.partnering.kpi.QualifyingCondition.minimumVolume(new BigDecimal("50")))
                .weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1))
                .addQualifyingConditions(dev.partnering.kpi.QualifyingCondition.outOfScope(
                        List.of(ReportingPeriod.parse("2026-02")), "migration"))
                .build();
        var declared = dev.partnering.scorecard.ScorecardFixtures.agreement(dev.partnering.kpi.MissingDataPolicy.ZERO,
                List.of(outOfScope, avail));
        Scorecard out = ScorecardCalculator.standard().calculate(declared, ReportingPeriod.parse("2026-02"), List.of(m));
        assertEquals(dev.partnering.scorecard.KpiStatus.NOT_DETERMINED, out.line("sla").get().status());
        assertTrue(out.line("sla").get().explanation().toString().contains("2026-02 was declared out of scope: migration"),
                out.line("sla").get().explanation().toString());
        assertTrue(out.warnings().stream().noneMatch(w -> w.kpiId().equals("sla")), out.warnings().toString());
        // only avail counts: 1×1 / 1 = 1
        assertEquals(Optional.of(BigDecimal.ONE), out.score());
    }

    /**
     * (A question more than a defect.) January was declared out of scope (NOT_DETERMINED: "earns no credit and
     * costs nothing"); April has no data and the policy is LAST_KNOWN. April scores January's value 50 (attainment
     * 0, BELOW the minimum 90): the period declared unfit to judge is judged after all, one period later.
     */
    @Test
    void lastKnownSkipsAPeriodDeclaredOutOfScope() {
        dev.partnering.kpi.KpiDefinition kpi = dev.partnering.kpi.KpiDefinition.builder().id("avail").name("a")
                .unit("%").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("90"))
                .target(new BigDecimal("95")).weight(BigDecimal.ONE).dataSource("d").measurementMethod("m")
                .addQualifyingConditions(dev.partnering.kpi.QualifyingCondition.outOfScope(
                        List.of(ReportingPeriod.parse("2026-01")), "office move"))
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1)).build();
        var agreement = dev.partnering.scorecard.ScorecardFixtures.agreement(
                dev.partnering.kpi.MissingDataPolicy.LAST_KNOWN, List.of(kpi));
        var january = dev.partnering.kpi.Measurement.builder().kpiId("avail").period(ReportingPeriod.parse("2026-01"))
                .recordedAt(ScorecardOracleProperties.T0).value(new BigDecimal("50")).build();
        List<Scorecard> cards = ScorecardCalculator.standard().calculate(agreement,
                List.of(ReportingPeriod.parse("2026-01"), ReportingPeriod.parse("2026-04")), List.of(january));
        assertEquals(dev.partnering.scorecard.KpiStatus.NOT_DETERMINED, cards.get(0).line("avail").get().status());
        assertEquals(Optional.empty(), cards.get(1).line("avail").get().value(), cards.get(1).line("avail").get().toString());
    }
}
