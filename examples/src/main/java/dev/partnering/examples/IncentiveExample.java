package dev.partnering.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** The README's incentive example: January to March 2026 of the IT-partnering agreement. */
public final class IncentiveExample {

    private IncentiveExample() {
    }

    /** @return the statement for January, February and March 2026 */
    public static IncentiveStatement firstQuarterStatement() {
        Agreement agreement = ItPartnering.agreement();
        List<ReportingPeriod> months = List.of(ReportingPeriod.parse("2026-01"), ReportingPeriod.parse("2026-02"),
                ReportingPeriod.parse("2026-03"));
        // a project delivery three days late in February
        BreachEvent late = BreachEvent.builder().id("proj-17").penaltyId("late-delivery").date(LocalDate.of(2026, 2, 16))
                .units(new BigDecimal("3")).description("Office 365 migration delivered 3 days late").build();
        // March: licence consolidation saved 60,000 against the baseline
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = Map.of(ReportingPeriod.parse("2026-03"),
                Map.of("savings", CostOutcome.of(Money.of("1000000.00", "SEK"), Money.of("940000.00", "SEK"))));
        return IncentiveCalculator.standard().calculate(agreement, agreement.incentiveScheme().orElseThrow(), months,
                ScorecardExample.firstQuarter(), List.of(late), costs);
    }
}
