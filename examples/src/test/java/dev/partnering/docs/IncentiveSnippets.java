package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.examples.ItPartnering;
import dev.partnering.examples.ScorecardExample;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** The snippets of docs/incentives.md, run on the IT-partnering agreement of the examples. */
class IncentiveSnippets {

    @Test
    void theFirstQuarterStatement() {
        Agreement agreement = ItPartnering.agreement();
        List<Measurement> measurements = ScorecardExample.firstQuarter();
        // tag::scheme[]
        IncentiveScheme scheme = IncentiveScheme.builder()
                .addComponents(
                        AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("10"))
                                .allocate("availability", new BigDecimal("50"))          // percent of the pool
                                .allocate("incident-response", new BigDecimal("30"))
                                .allocate("ticket-sla", new BigDecimal("30")).build(),
                        BonusMalusCurve.builder().id("performance-bonus")            // score -> percent of the fee
                                .point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), BigDecimal.ZERO)
                                .point(new BigDecimal("1.0"), BigDecimal.ZERO).point(new BigDecimal("1.2"), new BigDecimal("5")).build(),
                        GainShare.builder().id("savings")
                                .tier(Money.of("0", "SEK"), new BigDecimal("50")).tier(Money.of("500000", "SEK"), new BigDecimal("30"))
                                .cap(Money.of("600000", "SEK")).painSharePercent(new BigDecimal("20"))
                                .painCap(Money.of("100000", "SEK")).build(),
                        Penalty.builder().id("late-delivery").basis(Penalty.Basis.PER_UNIT).rate(Money.of("5000", "SEK"))
                                .periodCapPercent(new BigDecimal("10")).yearCapPercent(new BigDecimal("5")).build())
                .floor(Bound.percentOfFee(new BigDecimal("15")))
                .cap(Bound.percentOfFee(new BigDecimal("10")))
                .addRemedyTriggers(RemedyTrigger.consecutiveBelowMinimum("availability", 3, Remedy.REMEDIATION_PLAN))
                .build();
        // end::scheme[]
        // tag::statement[]
        BreachEvent lateDelivery = BreachEvent.builder().id("proj-17").penaltyId("late-delivery")
                .date(LocalDate.of(2026, 2, 16)).units(new BigDecimal("3"))
                .description("Office 365 migration delivered 3 days late").build();
        CostOutcome costs = CostOutcome.of(Money.of("1000000.00", "SEK"), Money.of("940000.00", "SEK"));

        IncentiveStatement statement = IncentiveCalculator.standard().calculate(agreement, scheme,
                List.of(ReportingPeriod.parse("2026-01"), ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-03")),
                measurements, List.of(lateDelivery), Map.of(ReportingPeriod.parse("2026-03"), Map.of("savings", costs)));
        statement.totalByParty();   // {nordserv=-35000.00 SEK, charity=35000.00 SEK}
        System.out.print(statement.explanation().toText());
        // end::statement[]
        // January -15000.00 (two credits of 7500.00), February -22500.00 (a credit of 7500.00 and 3 × 5000.00 late),
        // March +2500.00 (credits -15000.00, malus -12500.00, gain share +30000.00): -35000.00 SEK in all
        assertEquals(Money.of("-35000.00", "SEK"), statement.totalByParty().get("nordserv"));
        assertEquals(Money.of("35000.00", "SEK"), statement.totalByParty().get("charity"));
    }

    @Test
    void aConsortiumSplitsTheNetByWeight() {
        // tag::customer-weights[]
        IncentiveScheme scheme = IncentiveScheme.builder()
                .addComponents(GainShare.builder().id("savings").tier(Money.of("0", "SEK"), new BigDecimal("50")).build())
                .putCustomerWeights("northfield", new BigDecimal("48500"))   // populations: 48.5 %,
                .putCustomerWeights("eastbrook", new BigDecimal("31200"))    // 31.2 %
                .putCustomerWeights("westmere", new BigDecimal("20300"))     // and 20.3 %
                .build();
        // end::customer-weights[]
        // 48500 + 31200 + 20300 = 100000
        assertEquals(new BigDecimal("48500"), scheme.customerWeights().get("northfield"));
        assertEquals(3, scheme.customerWeights().size());
    }
}
