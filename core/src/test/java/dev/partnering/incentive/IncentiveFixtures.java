package dev.partnering.incentive;

import dev.partnering.evaluation.IncentiveCalculator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** The fixture agreement with a scheme and fees of the test's choice. */
public final class IncentiveFixtures {

    private IncentiveFixtures() {
    }

    public static Agreement agreement(IncentiveScheme scheme, Money monthlyFee) {
        return Fixtures.agreementBuilder()
                .addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis())
                .currency(Fixtures.SEK)
                .feeSchedule(FeeSchedule.monthly(monthlyFee, YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .incentiveScheme(scheme)
                .build();
    }

    /**
     * A scheme that pays and costs nothing: a penalty of 0 SEK per event with no events. A scheme
     * with no component at all is refused (it would pay nothing without a word).
     */
    public static IncentiveScheme noIncentives() {
        return IncentiveScheme.builder().addComponents(Penalty.builder().id("none").rate(Money.of("0", "SEK")).build()).build();
    }

    public static Agreement agreement(IncentiveScheme scheme) {
        return agreement(scheme, Fixtures.sek("250000.00"));
    }

    /** Every KPI exactly at target in the month. */
    public static List<Measurement> atTarget(String month) {
        return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, month, "99.5"),
                Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, month, "4"),
                Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, month, "95", "100"));
    }

    /** Every KPI below its minimum in the month. */
    public static List<Measurement> belowMinimum(String month) {
        return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, month, "98"),
                Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, month, "10"),
                Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, month, "80", "100"));
    }

    public static List<ReportingPeriod> months(String... months) {
        List<ReportingPeriod> result = new ArrayList<>();
        for (String m : months) {
            result.add(ReportingPeriod.parse(m));
        }
        return result;
    }

    public static IncentiveStatement run(Agreement a, List<ReportingPeriod> periods, Collection<Measurement> ms,
            Collection<BreachEvent> events, Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        return IncentiveCalculator.standard().calculate(a, a.incentiveScheme().orElseThrow(), periods, ms, events, costs);
    }

    public static IncentiveStatement run(Agreement a, List<ReportingPeriod> periods, Collection<Measurement> ms) {
        return run(a, periods, ms, List.of(), Map.of());
    }
}
