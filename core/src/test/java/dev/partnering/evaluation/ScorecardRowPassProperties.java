package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.partnering.ThoroughTries;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.Precision;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardFixtures;
import dev.partnering.scorecard.ScorecardLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * From a table, the lines that take the common path are scored KPI by KPI in the pass that checks and indexes
 * the KPI's rows, the scorecards' sums kept per scorecard; every other line is computed scorecard by scorecard.
 * Whatever the mix, the scorecards are the ones the list gives (which never takes that pass: equal, same hash,
 * text and explanations) and their figures those of the {@code BigDecimal} path (the same measurements given a
 * source, which keeps them in the general form). The mix: up to four KPIs (a mean, a lower-is-better mean with
 * values at more decimals than its thresholds, a ratio, a binary), each with or without a stretch, a qualifying
 * condition, a second version from a later month that moves its thresholds, and a weight too heavy for a
 * contribution in a long or for the sums of a scorecard's contributions; each KPI-month none, one, two, an excluded, a sourced measurement or a quarter's; a declared
 * precision; months and quarters asked for in any order, some twice.
 */
@AddLifecycleHook(ThoroughTries.class)
class ScorecardRowPassProperties {

    private static final List<String> MONTHS = List.of("2025-11", "2025-12", "2026-01", "2026-02", "2026-03",
            "2026-04", "2026-05", "2026-06");
    private static final Instant RECORDED = Instant.parse("2026-07-01T00:00:00Z");
    private static final String[] IDS = {"availability", "incident-response", "ticket-sla", "backup-ok"};

    /**
     * A KPI: which of the four, whether it has a stretch, a condition, a second version from a month (0: none), its
     * weight: 0 its kind plus one, 1 too heavy for a contribution in a long (123456789012.345678), 2 a contribution
     * that fits but whose sum over three lines does not (4000000000000 × attainment 1 at 6 decimals is 4·10^18).
     */
    record Kpi(int kind, boolean stretch, boolean conditioned, int secondFrom, int weight) {
    }

    /** One KPI-month: 0 none, 1 one, 2 two, 3 an excluded one, 4 one with a source, 5 one for the quarter. */
    record Cell(int kind, int first, int second, int denominator) {
    }

    @Provide
    Arbitrary<List<Kpi>> kpis() {
        Arbitrary<Kpi> kpi = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false), Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)),
                Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 3), Tuple.of(1, 5)),
                Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1), Tuple.of(2, 2))).as(Kpi::new);
        // distinct kinds: one KPI per id
        return kpi.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Kpi::kind);
    }

    @Provide
    Arbitrary<List<Cell>> cells() {
        Arbitrary<Integer> kinds = Arbitraries.frequency(Tuple.of(8, 1), Tuple.of(1, 0), Tuple.of(1, 2), Tuple.of(1, 3),
                Tuple.of(1, 4), Tuple.of(1, 5));
        Arbitrary<Cell> cell = Combinators.combine(kinds, Arbitraries.integers().between(0, 3000),
                Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(0, 200)).as(Cell::new);
        return cell.list().ofSize(IDS.length * MONTHS.size());
    }

    @Provide
    Arbitrary<Precision> precisions() {
        return Arbitraries.of(Precision.standard(), Precision.of(2, 4, 3), Precision.of(6, 2, 6), Precision.of(0, 1, 2),
                Precision.of(9, 9, 9));
    }

    @Provide
    Arbitrary<List<ReportingPeriod>> periods() {
        List<ReportingPeriod> all = new ArrayList<>();
        MONTHS.subList(1, MONTHS.size()).forEach(m -> all.add(ReportingPeriod.parse(m)));
        all.add(ReportingPeriod.parse("2026-Q1"));
        all.add(ReportingPeriod.parse("2026-Q2"));
        return Arbitraries.of(all).list().ofMinSize(1).ofMaxSize(9)
                .flatMap(l -> Arbitraries.longs().map(seed -> {
                    List<ReportingPeriod> shuffled = new ArrayList<>(l);
                    Collections.shuffle(shuffled, new Random(seed));
                    return shuffled;
                }));
    }

    @Property(tries = 300)
    void theRowPassGivesTheScorecardsOfTheGeneralPath(@ForAll("kpis") List<Kpi> kpis, @ForAll("cells") List<Cell> cells,
            @ForAll("periods") List<ReportingPeriod> periods, @ForAll("precisions") Precision precision,
            @ForAll MissingDataPolicy policy) {
        Agreement agreement = agreement(kpis, precision, policy);
        List<Measurement> ms = measurementsOf(kpis, cells, false);
        List<Scorecard> fromTable = ScorecardCalculator.standard().calculate(agreement, periods, MeasurementTable.of(ms));
        List<Scorecard> fromList = ScorecardCalculator.standard().calculate(agreement, periods, ms);
        List<Scorecard> reference = ScorecardCalculator.standard().calculate(agreement, periods,
                measurementsOf(kpis, cells, true));
        assertEquals(fromList, fromTable);
        assertEquals(fromList.hashCode(), fromTable.hashCode());
        assertEquals(fromList.toString(), fromTable.toString());
        // a call too large for the row pass: every line computed by the scorecards, the same scorecards
        List<Scorecard> withoutRowPass = ScorecardCalculator.standard().calculate(agreement, periods,
                MeasurementTable.of(ms), 0);
        assertEquals(fromTable, withoutRowPass);
        assertEquals(fromTable.toString(), withoutRowPass.toString());
        for (int p = 0; p < periods.size(); p++) {
            Scorecard s = fromTable.get(p);
            Scorecard r = reference.get(p);
            String where = periods.get(p).toString();
            assertEquals(r.score(), s.score(), where);
            assertEquals(r.previousScore(), s.previousScore(), where);
            assertEquals(r.undefinedReason(), s.undefinedReason(), where);
            assertEquals(r.warnings(), s.warnings(), where);
            assertEquals(r.lines().size(), s.lines().size(), where);
            for (int i = 0; i < r.lines().size(); i++) {
                ScorecardLine sl = s.lines().get(i);
                ScorecardLine rl = r.lines().get(i);
                String line = where + " " + rl.kpiId();
                assertEquals(rl.value(), sl.value(), line);
                assertEquals(rl.valueFrom(), sl.valueFrom(), line);
                assertEquals(rl.attainment(), sl.attainment(), line);
                assertEquals(rl.weight(), sl.weight(), line);
                assertEquals(rl.contribution(), sl.contribution(), line);
                assertEquals(rl.status(), sl.status(), line);
                assertEquals(rl.counted(), sl.counted(), line);
                assertEquals(rl.definition(), sl.definition(), line);
                assertEquals(rl.explanation().toString(), sl.explanation().toString(), line);
            }
            assertEquals(r.explanation().toText(), s.explanation().toText(), where);
            assertEquals(fromList.get(p).explanation().toText(), s.explanation().toText(), where);
        }
    }

    private static Agreement agreement(List<Kpi> kpis, Precision precision, MissingDataPolicy policy) {
        List<KpiDefinition> defs = new ArrayList<>();
        for (Kpi k : kpis) {
            defs.add(definition(k, 1, 0));
            if (k.secondFrom() > 0) {
                defs.add(definition(k, 2, k.secondFrom()));
            }
        }
        Agreement a = ScorecardFixtures.agreement(policy, defs);
        return Agreement.builder().id(a.id()).title(a.title()).addAllParties(a.parties()).term(a.term())
                .governance(a.governance()).addAllKpis(defs).missingDataPolicy(policy).currency(a.currency())
                .precision(precision).build();
    }

    /**
     * Version 1 from 2025-11 (the first month), version 2 from {@code fromMonth} months after 2026-01 with its
     * thresholds moved: availability (%, 99 / 99.5 / 99.9), incident response (h, lower is better, 8 / 4 / 2),
     * ticket SLA (a ratio, 0.85 / 0.95 / 0.99), backups (binary); version 2: minimum 99.1, target 3.5, target 0.951.
     */
    private static KpiDefinition definition(Kpi k, int version, int fromMonth) {
        String id = IDS[k.kind()];
        KpiDefinition.Builder b = KpiDefinition.builder().id(id).name(id).unit("u").version(version)
                .effectiveFrom(fromMonth == 0 ? ScorecardFixtures.START.minusMonths(2)
                        : ScorecardFixtures.START.plusMonths(fromMonth))
                .weight(k.weight() == 1 ? new BigDecimal("123456789012.345678") : k.weight() == 2
                        ? new BigDecimal("4000000000000") : BigDecimal.valueOf(k.kind() + 1));
        if (version == 1) {
            b.dataSource("source").measurementMethod("method");
        } // version 2 states neither: its warnings differ
        String shift = version == 1 ? "" : "1";
        switch (k.kind()) {
            case 0:
                b.direction(Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("99" + (shift.isEmpty() ? "" : ".1")))
                        .target(new BigDecimal("99.5"));
                if (k.stretch()) {
                    b.stretch(new BigDecimal("99.9")).maxAttainment(new BigDecimal("1.2"));
                }
                break;
            case 1:
                b.direction(Direction.LOWER_IS_BETTER).minimum(new BigDecimal("8")).target(new BigDecimal(shift.isEmpty() ? "4" : "3.5"));
                if (k.stretch()) {
                    b.stretch(new BigDecimal("2")).maxAttainment(new BigDecimal("1.25"));
                }
                break;
            case 2:
                b.direction(Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("0.85")).target(new BigDecimal("0.95" + shift))
                        .aggregation(AggregationRule.ratio());
                if (k.stretch()) {
                    b.stretch(new BigDecimal("0.99")).maxAttainment(new BigDecimal("1.1"));
                }
                break;
            default:
                b.direction(Direction.BINARY);
        }
        if (k.conditioned()) {
            b.addQualifyingConditions(k.kind() == 2 ? QualifyingCondition.minimumVolume(new BigDecimal("50"))
                    : QualifyingCondition.outOfScope(List.of(ReportingPeriod.parse("2026-02")), "office move"));
        }
        return b.build();
    }

    /** @param sourced  true to give every measurement a source (the general form) */
    private static List<Measurement> measurementsOf(List<Kpi> kpis, List<Cell> cells, boolean sourced) {
        List<Measurement> ms = new ArrayList<>();
        for (Kpi k : kpis) {
            for (int m = 0; m < MONTHS.size(); m++) {
                Cell c = cells.get(k.kind() * MONTHS.size() + m);
                int count = c.kind() == 0 ? 0 : c.kind() == 2 ? 2 : 1;
                for (int n = 0; n < count; n++) {
                    String period = c.kind() == 5 ? quarterOf(MONTHS.get(m)) : MONTHS.get(m);
                    Measurement.Builder b = measurement(k.kind(), period, n == 0 ? c.first() : c.second(),
                            c.denominator());
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

    private static String quarterOf(String month) {
        int m = Integer.parseInt(month.substring(5));
        return month.substring(0, 4) + "-Q" + ((m - 1) / 3 + 1);
    }

    /** availability 97.000–100.000 %, incident response 0.000–9.000 h, tickets x of 0–200, backups 0 or 1. */
    private static Measurement.Builder measurement(int kind, String period, int figure, int denominator) {
        Measurement.Builder b = Measurement.builder().kpiId(IDS[kind]).period(ReportingPeriod.parse(period))
                .recordedAt(RECORDED);
        switch (kind) {
            case 0:
                return b.value(BigDecimal.valueOf(97_000 + figure, 3));
            case 1:
                return b.value(BigDecimal.valueOf(figure * 3L, 3));
            case 2:
                return b.ratio(BigDecimal.valueOf(figure % (denominator + 1)), BigDecimal.valueOf(denominator));
            default:
                return b.value(BigDecimal.valueOf(figure % 2));
        }
    }
}
