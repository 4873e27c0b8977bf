package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.partnering.ThoroughTries;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardFixtures;
import dev.partnering.scorecard.ScorecardLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The scorecard series: a line scored from its period's one value in fixed point is held in primitive
 * cells and made when read. Whatever is read, in whatever order, by whichever thread, it is the line the
 * {@code BigDecimal} path makes in full for the same figures (the same measurements given a source, which
 * keeps them in the general form), and the table and the list give equal scorecards. The measurements:
 * three KPIs (a mean, a lower-is-better mean, a ratio) over eight months, each month none, one, two, an
 * excluded one, or one in the general form; the periods asked for: months and a quarter in any order.
 */
@AddLifecycleHook(ThoroughTries.class)
class ScorecardSeriesProperties {

    private static final List<String> MONTHS = List.of("2025-11", "2025-12", "2026-01", "2026-02", "2026-03",
            "2026-04", "2026-05", "2026-06");
    private static final Instant RECORDED = Instant.parse("2026-07-01T00:00:00Z");

    /** One KPI-month: 0 none, 1 one, 2 two, 3 an excluded one, 4 one in the general form (with a source). */
    record Cell(int kind, int first, int second, int denominator) {
    }

    @Provide
    Arbitrary<List<Cell>> measurements() {
        Arbitrary<Integer> kinds = Arbitraries.frequency(Tuple.of(6, 1), Tuple.of(1, 0), Tuple.of(1, 2), Tuple.of(1, 3),
                Tuple.of(1, 4));
        Arbitrary<Cell> cells = Combinators.combine(kinds, Arbitraries.integers().between(0, 3000),
                Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(0, 200)).as(Cell::new);
        return cells.list().ofSize(3 * MONTHS.size());
    }

    /** @param sourced  true to give every measurement a source (the general form), e.g. "oracle" */
    private static List<Measurement> measurementsOf(List<Cell> cells, boolean sourced) {
        List<Measurement> ms = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            for (int m = 0; m < MONTHS.size(); m++) {
                Cell c = cells.get(k * MONTHS.size() + m);
                for (int n = 0; n < (c.kind() == 0 ? 0 : c.kind() == 2 ? 2 : 1); n++) {
                    Measurement.Builder b = measurement(k, MONTHS.get(m), n == 0 ? c.first() : c.second(), c.denominator());
                    if (c.kind() == 3) {
                        b.exclusionReason("outage agreed as force majeure");
                    }
                    if (c.kind() == 4) {
                        b.source("erp");
                    } else if (sourced) {
                        b.source("oracle");
                    }
                    ms.add(b.build());
                }
            }
        }
        return ms;
    }

    /** availability 97.000–100.000 %, incident response 0.00–30.00 h, tickets within SLA x of 0–200. */
    private static Measurement.Builder measurement(int kpi, String month, int figure, int denominator) {
        Measurement.Builder b = Measurement.builder().period(ReportingPeriod.parse(month)).recordedAt(RECORDED);
        switch (kpi) {
            case 0:
                return b.kpiId("availability").value(BigDecimal.valueOf(97_000 + figure, 3));
            case 1:
                return b.kpiId("incident-response").value(BigDecimal.valueOf(figure, 2));
            default:
                return b.kpiId("ticket-sla").ratio(BigDecimal.valueOf(figure % (denominator + 1)),
                        BigDecimal.valueOf(denominator));
        }
    }

    @Provide
    Arbitrary<List<ReportingPeriod>> periods() {
        List<ReportingPeriod> all = new ArrayList<>();
        MONTHS.subList(1, MONTHS.size()).forEach(m -> all.add(ReportingPeriod.parse(m)));
        all.add(ReportingPeriod.parse("2026-Q1"));
        return Arbitraries.of(all).list().ofMinSize(1).ofMaxSize(6).uniqueElements()
                .flatMap(l -> Arbitraries.longs().map(seed -> {
                    List<ReportingPeriod> shuffled = new ArrayList<>(l);
                    Collections.shuffle(shuffled, new Random(seed));
                    return shuffled;
                }));
    }

    @Property(tries = 300)
    void theSeriesHoldsWhatTheBigDecimalPathMakes(@ForAll("measurements") List<Cell> cells,
            @ForAll("periods") List<ReportingPeriod> periods, @ForAll MissingDataPolicy policy) {
        Agreement agreement = ScorecardFixtures.standard(policy);
        List<Measurement> ms = measurementsOf(cells, false);
        List<Measurement> general = measurementsOf(cells, true);
        List<Scorecard> fromTable = ScorecardCalculator.standard().calculate(agreement, periods, MeasurementTable.of(ms));
        List<Scorecard> fromList = ScorecardCalculator.standard().calculate(agreement, periods, ms);
        List<Scorecard> reference = ScorecardCalculator.standard().calculate(agreement, periods, general);
        assertEquals(fromList, fromTable);
        assertEquals(fromList.hashCode(), fromTable.hashCode());
        for (int p = 0; p < periods.size(); p++) {
            Scorecard s = fromTable.get(p);
            Scorecard r = reference.get(p);
            assertEquals(r.score(), s.score(), periods.get(p).toString());
            assertEquals(r.previousScore(), s.previousScore());
            assertEquals(r.undefinedReason(), s.undefinedReason());
            assertEquals(r.warnings(), s.warnings());
            assertEquals(r.lines().size(), s.lines().size());
            for (int i = 0; i < r.lines().size(); i++) {
                ScorecardLine sl = s.lines().get(i);
                ScorecardLine rl = r.lines().get(i);
                assertEquals(rl.kpiId(), sl.kpiId());
                assertEquals(rl.definition(), sl.definition());
                assertEquals(rl.value(), sl.value());
                assertEquals(rl.valueFrom(), sl.valueFrom());
                assertEquals(rl.attainment(), sl.attainment());
                assertEquals(rl.weight(), sl.weight());
                assertEquals(rl.contribution(), sl.contribution());
                assertEquals(rl.status(), sl.status());
                assertEquals(rl.counted(), sl.counted());
                assertEquals(rl.explanation().toString(), sl.explanation().toString());
                assertEquals(sl, s.line(sl.kpiId()).orElseThrow());
            }
            assertEquals(r.explanation().toString(), s.explanation().toString());
        }
    }

    /**
     * The period before one asked for, when it is not asked for itself, is computed for its score alone (no
     * warnings, no scorecard): each scorecard asked for is equal (trend and explanation included) to the one
     * computed with those periods asked for too, and its previous score is their scorecard's score; from a table
     * and from a list. With a heavy availability weight (123456789012.345678) the sums do not fit in a
     * {@code long} and the score is taken from the lines' {@code BigDecimal}s, while ticket-sla comes into force
     * only in March (a period before with a KPI not in force, whose line a score alone does not make).
     */
    @Property(tries = 200)
    void theScoreOfAPeriodBeforeIsItsScorecardsScore(@ForAll("measurements") List<Cell> cells,
            @ForAll("periods") List<ReportingPeriod> periods, @ForAll MissingDataPolicy policy, @ForAll boolean heavy) {
        Agreement agreement = heavy ? ScorecardFixtures.agreement(policy, List.of(
                dev.partnering.kpi.KpiDefinition.builder().id("availability").name("Availability").unit("%")
                        .direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99"),
                                new BigDecimal("99.5"), new BigDecimal("99.9"))
                        .weight(new BigDecimal("123456789012.345678")).dataSource("monitoring")
                        .measurementMethod("uptime / scheduled").effectiveFrom(ScorecardFixtures.START).build(),
                ScorecardFixtures.incidentResponse(),
                dev.partnering.kpi.KpiDefinition.builder().id("ticket-sla").name("Tickets within SLA").unit("ratio")
                        .direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0.85"),
                                new BigDecimal("0.95")).aggregation(dev.partnering.kpi.AggregationRule.ratio())
                        .dataSource("tickets").measurementMethod("within SLA / all")
                        .effectiveFrom(ScorecardFixtures.START.plusMonths(2)).build()))
                : ScorecardFixtures.standard(policy);
        List<ReportingPeriod> withBefores = new ArrayList<>(periods);
        for (ReportingPeriod p : periods) {
            if (!withBefores.contains(p.previous())) {
                withBefores.add(p.previous());
            }
        }
        List<Measurement> ms = measurementsOf(cells, false);
        for (boolean table : new boolean[] {true, false}) {
            List<Scorecard> asked = table ? ScorecardCalculator.standard().calculate(agreement, periods, MeasurementTable.of(ms))
                    : ScorecardCalculator.standard().calculate(agreement, periods, ms);
            List<Scorecard> all = table ? ScorecardCalculator.standard().calculate(agreement, withBefores,
                    MeasurementTable.of(ms)) : ScorecardCalculator.standard().calculate(agreement, withBefores, ms);
            for (int p = 0; p < periods.size(); p++) {
                Scorecard before = all.get(withBefores.indexOf(periods.get(p).previous()));
                assertEquals(before.score(), asked.get(p).previousScore(), periods.get(p) + " " + heavy);
                assertEquals(all.get(p), asked.get(p));
                assertEquals(all.get(p).explanation().toText(), asked.get(p).explanation().toText());
            }
        }
    }

    /**
     * What the incentive components read of a line without making it (status, counted, attainment against
     * one and zero; by KPI id and by index, with the KPI id at an index) is what the line made in full by the
     * {@code BigDecimal} path says, read before any line of the scorecard is made; a KPI without a line reads -1.
     */
    @Property(tries = 200)
    void aLinesFiguresReadWithoutMakingItAreWhatTheLineSays(@ForAll("measurements") List<Cell> cells,
            @ForAll("periods") List<ReportingPeriod> periods, @ForAll MissingDataPolicy policy) {
        Agreement agreement = ScorecardFixtures.standard(policy);
        List<Scorecard> fromTable = ScorecardCalculator.standard().calculate(agreement, periods,
                MeasurementTable.of(measurementsOf(cells, false)));
        List<Scorecard> reference = ScorecardCalculator.standard().calculate(agreement, periods,
                measurementsOf(cells, true));
        dev.partnering.internal.Secret.LineFigures figures = dev.partnering.internal.Secret.LINE_FIGURES.get();
        for (int p = 0; p < periods.size(); p++) {
            Scorecard s = fromTable.get(p);
            List<ScorecardLine> lines = reference.get(p).lines();
            for (int i = 0; i < lines.size(); i++) {
                // by index too: the id and the figures of each line, the same as by id and from the plain list
                assertEquals(lines.get(i).kpiId(), figures.kpiIdAt(s, i));
                assertEquals(figures.of(reference.get(p), lines.get(i).kpiId()), figures.at(s, i));
                assertEquals(figures.at(reference.get(p), i), figures.at(s, i));
            }
            for (ScorecardLine r : lines) {
                int f = figures.of(s, r.kpiId());
                assertTrue(f >= 0, r.kpiId());
                assertEquals(r.status().ordinal(), dev.partnering.internal.Secret.LineFigures.statusOrdinal(f));
                assertEquals(r.counted(), dev.partnering.internal.Secret.LineFigures.counted(f));
                assertEquals(r.attainment().map(a -> a.compareTo(BigDecimal.ONE)).orElse(0),
                        dev.partnering.internal.Secret.LineFigures.attainmentVsOne(f), r.kpiId() + " " + r.attainment());
                assertEquals(r.attainment().map(a -> a.signum() == 0).orElse(false),
                        dev.partnering.internal.Secret.LineFigures.attainmentZero(f));
                // and the same from a copy, whose lines are a plain list
                assertEquals(f, figures.of(reference.get(p), r.kpiId()));
            }
            assertEquals(-1, figures.of(s, "no-such-kpi"));
            assertEquals(-1, figures.of(reference.get(p), "no-such-kpi"));
        }
    }

    @Property(tries = 200)
    void linesAreTheSameWhicheverWayAndWhoeverReadsThem(@ForAll("measurements") List<Cell> cells,
            @ForAll("periods") List<ReportingPeriod> periods, @ForAll MissingDataPolicy policy, @ForAll long seed)
            throws Exception {
        Agreement agreement = ScorecardFixtures.standard(policy);
        MeasurementTable table = MeasurementTable.of(measurementsOf(cells, false));
        List<Scorecard> readInOrder = ScorecardCalculator.standard().calculate(agreement, periods, table);
        List<String> texts = new ArrayList<>();
        for (Scorecard s : readInOrder) {
            for (ScorecardLine l : s.lines()) {
                texts.add(l.toString());
            }
            texts.add(s.explanation().toText());
        }
        List<Scorecard> readAtRandom = ScorecardCalculator.standard().calculate(agreement, periods, table);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Random random = new Random(seed + t);
                readers.add(pool.submit(() -> {
                    // each reader: lines by index, by KPI id and the explanation, in an order of its own
                    for (int n = 0; n < 20; n++) {
                        Scorecard s = readAtRandom.get(random.nextInt(readAtRandom.size()));
                        int i = random.nextInt(s.lines().size());
                        switch (random.nextInt(3)) {
                            case 0 -> s.lines().get(i).explanation().toString();
                            case 1 -> s.line(s.lines().get(i).kpiId()).orElseThrow().attainment();
                            default -> s.explanation().steps();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : readers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(readInOrder, readAtRandom);
        assertEquals(readInOrder.hashCode(), readAtRandom.hashCode());
        List<String> again = new ArrayList<>();
        for (Scorecard s : readAtRandom) {
            for (ScorecardLine l : s.lines()) {
                again.add(l.toString());
            }
            again.add(s.explanation().toText());
        }
        assertEquals(texts, again);
    }

    @Example
    void theLinesOfAScorecardCannotBeChanged() {
        Agreement agreement = ScorecardFixtures.standard(MissingDataPolicy.ZERO);
        Scorecard s = ScorecardCalculator.standard().calculate(agreement, List.of(ReportingPeriod.parse("2026-01")),
                MeasurementTable.of(ScorecardFixtures.firstQuarter())).get(0);
        ScorecardLine first = s.lines().get(0);
        assertThrows(UnsupportedOperationException.class, () -> s.lines().add(first));
        assertThrows(UnsupportedOperationException.class, () -> s.lines().set(0, first));
        assertThrows(UnsupportedOperationException.class, () -> s.lines().remove(0));
        assertTrue(s.line("no-such-kpi").isEmpty());
        // a scorecard made with the public constructor from these lines keeps a copy and is equal
        Scorecard copy = new Scorecard(s.agreementId(), s.period(), s.policy(), new ArrayList<>(s.lines()), s.score(),
                s.undefinedReason(), s.previousScore(), s.warnings(), s.explanation());
        assertEquals(s, copy);
        // found by review: the calculator's scorecard threw where an equal copy answered; both refuse null now
        assertThrows(NullPointerException.class, () -> s.line(null));
        assertThrows(NullPointerException.class, () -> copy.line(null));
    }
}
