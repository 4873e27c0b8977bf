package dev.partnering.incentive;

import java.math.BigDecimal;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.belowMinimum;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

class UserComponentTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    /** An ERP's own rule: 1,000 SEK for every KPI at or above target. */
    record PerKpiBonus(String id, Money perKpi) implements IncentiveComponent {
        @Override
        public String type() {
            return "per-kpi-bonus";
        }

        @Override
        public ComponentOutcome evaluate(IncentiveContext context) {
            long met = context.requireScorecard(this).lines().stream().filter(l -> l.status() == KpiStatus.MET).count();
            Money amount = perKpi.multipliedBy(java.math.BigDecimal.valueOf(met)).rounded();
            return new ComponentOutcome(id, type(), context.period(), amount, List.of(), List.of(),
                    Step.of(StepKind.COMPUTATION, met + " kpis met × " + perKpi + " = " + amount));
        }
    }

    @Test
    void aUserComponentIsTreatedLikeTheBuiltInOnes() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(new PerKpiBonus("erp-bonus", sek("1000"))).build());
        PeriodStatement p = run(a, List.of(JAN), atTarget("2026-01")).periods().get(0);
        // three kpis at target × 1,000 = 3,000 from the customer to the lead supplier
        assertEquals(sek("3000.00"), p.net());
        assertEquals(List.of(new Movement("erp-bonus", "region-nord", "acme", sek("3000.00"))), p.movements());
        assertTrue(p.explanation().toText().contains("3 kpis met × 1000 SEK = 3000.00 SEK"));
        assertEquals(sek("0.00"), run(a, List.of(JAN), belowMinimum("2026-01")).periods().get(0).net());
    }

    /** What a user writes to unit-test a component without a calculator: IncentiveContext is an interface. */
    record OwnContext(IncentiveTerms agreement, IncentivePeriod inputs, Optional<Money> fee) implements IncentiveContext {
        @Override
        public List<Past> earlier() {
            return List.of();
        }

        @Override
        public Optional<Money> feeOf(ReportingPeriod period) {
            return period.equals(period()) ? fee : agreement.feeFor(period);
        }
    }

    @Test
    void aUserComponentCanBeEvaluatedWithAContextOfItsOwn() {
        PerKpiBonus bonus = new PerKpiBonus("erp-bonus", sek("1000"));
        Agreement a = agreement(IncentiveScheme.builder().addComponents(bonus).build());
        Scorecard scorecard = ScorecardCalculator.standard().calculate(a, JAN, atTarget("2026-01"));
        IncentiveContext context = new OwnContext(a, IncentivePeriod.builder().period(JAN).scorecard(scorecard).build(),
                Optional.empty());
        // three kpis at target × 1,000 = 3,000, as in the calculator above
        ComponentOutcome o = bonus.evaluate(context);
        assertEquals(sek("3000.00"), o.amount());
        assertEquals(JAN, context.period());
        assertEquals(Optional.empty(), context.earlier(JAN));
    }

    @Test
    void aUserComponentThatBreaksTheContractIsRefused() {
        IncentiveComponent unrounded = new IncentiveComponent() {
            @Override
            public String id() {
                return "bad";
            }

            @Override
            public String type() {
                return "bad";
            }

            @Override
            public ComponentOutcome evaluate(IncentiveContext context) {
                return new ComponentOutcome("bad", "bad", context.period(), Money.of("1.005", "SEK"), List.of(), List.of(),
                        Step.of(StepKind.RESULT, "1.005"));
            }
        };
        Agreement a = agreement(IncentiveScheme.builder().addComponents(unrounded).build());
        ValidationException e = assertThrows(ValidationException.class, () -> run(a, List.of(JAN), atTarget("2026-01")));
        assertEquals("component 'bad' returned 1.005 SEK, which is not rounded to the minor unit", e.violations().get(0).rule());
        IncentiveComponent euros = new PerKpiBonus("eur", Money.of("1", "EUR"));
        Agreement b = agreement(IncentiveScheme.builder().addComponents(euros).build());
        ValidationException f = assertThrows(ValidationException.class, () -> run(b, List.of(JAN), atTarget("2026-01")));
        assertEquals("component 'eur' returned 3.00 EUR, not in the agreement's currency SEK", f.violations().get(0).rule());
    }

    @Test
    void movementsSplitACreditAmongConsortiumCustomers() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(AtRiskPool.builder().id("pool")
                .atRiskPercent(new java.math.BigDecimal("10")).allocate("availability", new BigDecimal("100")).build()).build());
        Agreement consortium = dev.partnering.Fixtures.agreementBuilder()
                .addAllParties(dev.partnering.Fixtures.parties())
                .addParties(dev.partnering.party.Party.customer("region-syd", "Region Syd"))
                .addAllResponsibilityAreas(dev.partnering.Fixtures.responsibilityAreas())
                .governance(dev.partnering.Fixtures.governance()).addAllKpis(dev.partnering.Fixtures.kpis())
                .currency(dev.partnering.Fixtures.SEK).feeSchedule(a.feeSchedule()).incentiveScheme(a.incentiveScheme().get())
                .build();
        PeriodStatement p = run(consortium, List.of(JAN), belowMinimum("2026-01")).periods().get(0);
        // pool 25,000.00 credited; split equally between the two customers: 12,500.00 each
        assertEquals(List.of(new Movement("pool", "acme", "region-nord", sek("12500.00")),
                new Movement("pool", "acme", "region-syd", sek("12500.00"))), p.movements());
        assertEquals(sek("12500.00"), p.netByParty().get("region-syd"));
    }
}
