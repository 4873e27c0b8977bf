package dev.partnering.evaluation;

import static dev.partnering.testkit.PartneringArbitraries.agreements;
import static dev.partnering.testkit.PartneringArbitraries.periodInputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.testkit.PeriodInputs;
import dev.partnering.testkit.ThoroughTries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The scorecards and statements computed from a {@link MeasurementTable} are the ones computed from
 * its measurements as a list: for generated agreements (1 to 5 KPIs of every direction and
 * aggregation, some with qualifying conditions, every missing-data policy), one to four months of
 * generated measurements (some excluded, some months without a KPI) with measurements in the general
 * form among them (a source, a value beyond 18 decimals), every scorecard is equal, explanation
 * included; the result does not depend on the order of the rows; a measurement that does not fit its
 * KPI is refused with the same violations at the same row.
 */
@AddLifecycleHook(ThoroughTries.class)
class MeasurementTableProperties {

    private static final ReportingPeriod FIRST = ReportingPeriod.parse("2026-01");

    /** An agreement, consecutive months from January 2026, and their measurements in one list. */
    record Case(Agreement agreement, List<PeriodInputs> months, List<Measurement> measurements) {
        List<ReportingPeriod> periods() {
            List<ReportingPeriod> periods = new ArrayList<>();
            months.forEach(m -> periods.add(m.period()));
            periods.add(ReportingPeriod.parse("2026-Q1")); // a quarter over the months
            return periods;
        }
    }

    private static Arbitrary<Case> cases(boolean scheme) {
        return (scheme ? agreements().withIncentiveScheme() : agreements().withoutIncentiveScheme()).withKpis(1, 5)
                .startingOn(LocalDate.of(2026, 1, 1))
                .flatMap(a -> periodInputs(a).in(FIRST).sequences(1, 4).map(months -> {
                    List<Measurement> all = new ArrayList<>();
                    int i = 0;
                    for (PeriodInputs m : months) {
                        for (Measurement x : m.measurements()) {
                            all.add(generalFormNowAndThen(x, i++));
                        }
                    }
                    return new Case(a, months, all);
                }));
    }

    /** Every fifth measurement with a source, every seventh value beyond 18 decimals: both in the general form. */
    private static Measurement generalFormNowAndThen(Measurement m, int i) {
        if (m.isExcluded() || m.source().isPresent()) {
            return m;
        }
        if (i % 5 == 2) {
            return Measurement.builder().kpiId(m.kpiId()).period(m.period()).value(m.value()).numerator(m.numerator())
                    .denominator(m.denominator()).recordedAt(m.recordedAt()).source("ERP export").build();
        }
        if (i % 7 == 3 && m.value().isPresent()) {
            return Measurement.builder().kpiId(m.kpiId()).period(m.period()).value(m.value().get().setScale(19))
                    .recordedAt(m.recordedAt()).build();
        }
        return m;
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(false);
    }

    @Provide
    Arbitrary<Case> casesWithSchemes() {
        return cases(true);
    }

    private static List<Scorecard> scorecards(Agreement a, List<ReportingPeriod> periods, List<Measurement> ms) {
        return ScorecardCalculator.standard().calculate(a, periods, ms);
    }

    private static List<Scorecard> scorecards(Agreement a, List<ReportingPeriod> periods, MeasurementTable table) {
        return ScorecardCalculator.standard().calculate(a, periods, table);
    }

    /** Each agreement and months evaluate about 4 × 5 lines per policy: 300 tries at default, 3,000 thorough. */
    @Property(tries = 300)
    void tableScorecardsAreTheListScorecards(@ForAll("cases") Case c, @ForAll MissingDataPolicy policy) {
        Agreement a = c.agreement().withMissingDataPolicy(policy);
        List<Scorecard> fromList = scorecards(a, c.periods(), c.measurements());
        List<Scorecard> fromTable = scorecards(a, c.periods(), MeasurementTable.of(c.measurements()));
        assertEquals(fromList, fromTable);
        for (int i = 0; i < fromList.size(); i++) {
            // the explanations are equal and read the same (both are made when read)
            assertEquals(fromList.get(i).explanation().toText(), fromTable.get(i).explanation().toText());
        }
        Statistics.label("general form").collect(c.measurements().stream()
                .anyMatch(m -> m.source().isPresent() || m.value().map(v -> v.scale() > 18).orElse(false)));
        Statistics.label("general form").coverage(k -> k.check(true).percentage(p -> p > 30));
    }

    /** 200 tries at default, 2,000 thorough. */
    @Property(tries = 200)
    void tableScorecardsDoNotDependOnTheRowOrder(@ForAll("cases") Case c, @ForAll long seed) {
        List<Measurement> shuffled = new ArrayList<>(c.measurements());
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(scorecards(c.agreement(), c.periods(), MeasurementTable.of(c.measurements())),
                scorecards(c.agreement(), c.periods(), MeasurementTable.of(shuffled)));
    }

    /**
     * A measurement of the wrong kind for its KPI (a value for a ratio KPI, a ratio for the others) among
     * the generated ones is refused by both with the same violations at the same row. 200 tries, 2,000 thorough.
     */
    @Property(tries = 200)
    void misfitsAreRefusedAlike(@ForAll("cases") Case c, @ForAll long seed) {
        Random random = new Random(seed);
        List<Measurement> ms = new ArrayList<>(c.measurements());
        KpiDefinition k = c.agreement().kpis().get(random.nextInt(c.agreement().kpis().size()));
        Measurement.Builder misfit = Measurement.builder().kpiId(k.id()).period(c.months().get(0).period())
                .recordedAt(java.time.Instant.parse("2026-02-01T06:00:00Z"));
        if (k.aggregation() instanceof AggregationRule.Ratio) {
            misfit.value(new BigDecimal("0.5"));
        } else {
            misfit.ratio(BigDecimal.ONE, new BigDecimal("2"));
        }
        ms.add(random.nextInt(ms.size() + 1), misfit.build());
        ValidationException fromList = assertThrows(ValidationException.class,
                () -> scorecards(c.agreement(), c.periods(), ms));
        ValidationException fromTable = assertThrows(ValidationException.class,
                () -> scorecards(c.agreement(), c.periods(), MeasurementTable.of(ms)));
        assertEquals(fromList.violations(), fromTable.violations());
        assertEquals(fromList.getMessage(), fromTable.getMessage());
    }

    /**
     * The statement from a table is the statement from the list. Each try computes two statements over up to
     * four months: 50 tries at default, 500 thorough.
     */
    @Property(tries = 50)
    void tableStatementsAreTheListStatements(@ForAll("casesWithSchemes") Case c) {
        Agreement a = c.agreement();
        List<BreachEvent> events = new ArrayList<>();
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = new HashMap<>();
        List<ReportingPeriod> months = new ArrayList<>();
        for (PeriodInputs m : c.months()) {
            events.addAll(m.events());
            costs.put(m.period(), m.costs());
            months.add(m.period());
        }
        IncentiveCalculator calculator = IncentiveCalculator.standard();
        assertEquals(calculator.calculate(a, a.incentiveScheme().orElseThrow(), months, c.measurements(), events, costs),
                calculator.calculate(a, a.incentiveScheme().orElseThrow(), months, MeasurementTable.of(c.measurements()),
                        events, costs));
    }
}
