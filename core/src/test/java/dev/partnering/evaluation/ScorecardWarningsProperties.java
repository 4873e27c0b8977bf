package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.partnering.ThoroughTries;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardFixtures;
import dev.partnering.scorecard.ScorecardWarning;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A scorecard's transparency warnings are made when read (the NOT_REVISED ones from the version, the review
 * interval and the period): whatever order they are read in, the list is the one written out at once from
 * the agreement, as the calculator's rule states it (per KPI in the agreement's order, the version in force at
 * the start of the period: no data source, no measurement method, not revised if its effective date plus the
 * review interval falls before the end of the period), followed by the completeness warnings; equal, with the
 * same hash and text, from a table and from a list. The agreement: availability in two versions (the second
 * from a month of 2026 or 2027, each with or without a data source and a method), incident response from the
 * start; review intervals of 1 to 24 months; periods: months from 2025-12 to 2027-12 and quarters, in any order.
 */
@AddLifecycleHook(ThoroughTries.class)
class ScorecardWarningsProperties {

    @Provide
    Arbitrary<List<ReportingPeriod>> periods() {
        List<ReportingPeriod> all = new ArrayList<>();
        for (ReportingPeriod p = ReportingPeriod.parse("2025-12"); !p.start().isAfter(LocalDate.of(2027, 12, 1));
                p = p.next()) {
            all.add(p);
        }
        all.add(ReportingPeriod.parse("2026-Q2"));
        all.add(ReportingPeriod.parse("2027-Q3"));
        return Arbitraries.of(all).list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    }

    @Property(tries = 300)
    void warningsReadInAnyOrderAreTheOnesTheRuleWritesOut(@ForAll("periods") List<ReportingPeriod> periods,
            @ForAll @IntRange(min = 1, max = 24) int reviewMonths, @ForAll @IntRange(min = 1, max = 23) int secondFrom,
            @ForAll boolean firstStated, @ForAll boolean secondSourced, @ForAll boolean secondMethod,
            @ForAll MissingDataPolicy policy, @ForAll long seed) {
        KpiDefinition.Builder first = availability(firstStated, firstStated).effectiveFrom(ScorecardFixtures.START);
        KpiDefinition.Builder second = availability(secondSourced, secondMethod).version(2)
                .effectiveFrom(ScorecardFixtures.START.plusMonths(secondFrom));
        Agreement agreement = ScorecardFixtures.agreement(policy, List.of(first.build(), second.build(),
                ScorecardFixtures.incidentResponse()));
        Period interval = Period.ofMonths(reviewMonths);
        ScorecardCalculator calculator = ScorecardCalculator.withReviewInterval(interval);
        List<Measurement> ms = new ArrayList<>();
        for (ReportingPeriod p : periods) {
            if (p.start().getMonthValue() % 3 != 0) { // some periods without data: completeness warnings too
                ms.add(ScorecardFixtures.value("availability", p.toString(), "99.7"));
                ms.add(ScorecardFixtures.value("incident-response", p.toString(), "5"));
            }
        }
        List<Scorecard> fromTable = calculator.calculate(agreement, periods, MeasurementTable.of(ms));
        List<Scorecard> fromList = calculator.calculate(agreement, periods, ms);
        Random random = new Random(seed);
        for (int p = 0; p < periods.size(); p++) {
            List<ScorecardWarning> read = fromTable.get(p).warnings();
            // read at random first: each warning is made from its own entry, whichever is read first
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            ScorecardWarning[] atRandom = new ScorecardWarning[read.size()];
            order.forEach(i -> atRandom[i] = read.get(i));
            List<ScorecardWarning> expected = new ArrayList<>(transparency(agreement, periods.get(p), interval));
            read.stream().filter(w -> w.kind().isIncomplete() || w.kind() == ScorecardWarning.Kind.NOT_IN_FORCE)
                    .forEach(expected::add);
            assertEquals(expected, List.of(atRandom), periods.get(p) + " " + interval);
            assertEquals(List.copyOf(expected), read);
            assertEquals(List.copyOf(expected).hashCode(), read.hashCode());
            assertEquals(List.copyOf(expected).toString(), read.toString());
            assertEquals(fromList.get(p).warnings(), read);
        }
        assertEquals(fromList, fromTable);
    }

    /** availability as {@code ScorecardFixtures.availability()}, with or without its data source and method. */
    private static KpiDefinition.Builder availability(boolean sourced, boolean method) {
        KpiDefinition.Builder b = KpiDefinition.builder().id("availability").name("Availability").unit("%")
                .direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).thresholds(new java.math.BigDecimal("99"),
                        new java.math.BigDecimal("99.5"), new java.math.BigDecimal("99.9"))
                .weight(new java.math.BigDecimal("2"));
        if (sourced) {
            b.dataSource("monitoring");
        }
        if (method) {
            b.measurementMethod("uptime / scheduled");
        }
        return b;
    }

    /** The transparency warnings of the calculator's rule, written out at once. */
    private static List<ScorecardWarning> transparency(Agreement agreement, ReportingPeriod period, Period interval) {
        List<ScorecardWarning> w = new ArrayList<>();
        for (String id : agreement.kpiIds()) {
            Optional<KpiDefinition> inForce = agreement.kpiInForce(id, period.start());
            if (inForce.isEmpty()) {
                continue;
            }
            KpiDefinition kpi = inForce.get();
            if (kpi.dataSource().isEmpty()) {
                w.add(new ScorecardWarning(id, ScorecardWarning.Kind.NO_DATA_SOURCE, "kpi '" + id + "' v"
                        + kpi.version() + " states no data source: both parties must know which data underlies it"));
            }
            if (kpi.measurementMethod().isEmpty()) {
                w.add(new ScorecardWarning(id, ScorecardWarning.Kind.NO_MEASUREMENT_METHOD, "kpi '" + id + "' v"
                        + kpi.version() + " states no measurement method: both parties must know how it is measured"));
            }
            if (kpi.effectiveFrom().plus(interval).isBefore(period.end())) {
                w.add(new ScorecardWarning(id, ScorecardWarning.Kind.NOT_REVISED, "kpi '" + id + "' v" + kpi.version()
                        + " has not been revised since " + kpi.effectiveFrom() + " (review interval " + interval
                        + ", period ends " + period.end() + ")"));
            }
        }
        return w;
    }
}
