package dev.partnering.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.evaluation.MultiSupplierIncentiveCalculator;
import dev.partnering.evaluation.PartyScorecardCalculator;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.PartyScorecards;
import dev.partnering.term.ContractTerm;

/** The complete example of docs/multi-supplier.md, compiled and run. */
class MultiSupplierGuideTest {

    @Test
    void threeSuppliersInOneRoom() {
        // tag::example[]
        Currency sek = Currency.getInstance("SEK");
        LocalDate start = LocalDate.of(2026, 1, 1);
        EscalationPolicy.Builder escalation = EscalationPolicy.builder();
        for (GovernanceLevel level : GovernanceLevel.values()) {
            escalation.putTimeAllowed(level, Duration.ofDays(10));
        }

        // every KPI names who answers for it
        KpiDefinition servers = KpiDefinition.builder().id("server-availability").name("Server availability").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"))
                .effectiveFrom(start).accountability(Accountability.supplier("servco")).build();
        KpiDefinition desk = KpiDefinition.builder().id("first-call-resolution").name("First-call resolution").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("60"), new BigDecimal("75"))
                .effectiveFrom(start).accountability(Accountability.supplier("deskco")).build();
        KpiDefinition network = KpiDefinition.builder().id("network-uptime").name("Network uptime").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.8"))
                .effectiveFrom(start).accountability(Accountability.supplier("netco")).build();
        KpiDefinition endUser = KpiDefinition.builder().id("end-user-satisfaction").name("End-user satisfaction")
                .unit("score 1-5").direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("3"), new BigDecimal("4"))
                .weight(new BigDecimal("2")).effectiveFrom(start).accountability(Accountability.joint()).build();
        KpiDefinition decisions = KpiDefinition.builder().id("decision-days").name("Change requests decided")
                .unit("working days").direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("10"), new BigDecimal("5"))
                .effectiveFrom(start).accountability(Accountability.customerSide()).build();

        // each supplier its own scheme: a bonus of 0 at score 0 rising to a maximum at score 1
        List<IncentiveScheme> own = List.of(
                scheme("servco", "servco-bonus", "2000"), scheme("deskco", "deskco-bonus", "1000"),
                scheme("netco", "netco-bonus", "1000"));
        // the joint scheme: half of the savings, split 50/30/20; the lead (servco) receives and passes on
        JointArrangement joint = JointArrangement.builder()
                .jointScheme(IncentiveScheme.builder()
                        .addComponents(GainShare.builder().id("shared-gain").tier(Money.zero(sek), new BigDecimal("50")).build())
                        .build())
                .share("servco", new BigDecimal("50")).share("deskco", new BigDecimal("30"))
                .share("netco", new BigDecimal("20")).leadPassThrough(true).build();

        Agreement agreement = Agreement.builder().id("it-partnering").title("IT operations, three suppliers")
                .addParties(Party.customer("charity", "Charity IT"), Party.leadSupplier("servco", "ServCo"),
                        Party.supplier("deskco", "DeskCo"), Party.supplier("netco", "NetCo"))
                .term(ContractTerm.builder().startDate(start).initialDuration(Period.ofYears(3)).build())
                .governance(Governance.builder().addLevels(GovernanceLevel.values()).escalationPolicy(escalation.build()).build())
                .addKpis(servers, desk, network, endUser, decisions).currency(sek)
                .feeSchedule(FeeSchedule.monthly(Money.of(new BigDecimal("300000.00"), sek), YearMonth.of(2026, 1),
                        YearMonth.of(2028, 12)))
                .addAllSupplierSchemes(own).jointArrangement(joint).build();

        ReportingPeriod march = ReportingPeriod.month(2026, 3);
        List<Measurement> measurements = List.of(measured("server-availability", march, "99.25"),
                measured("first-call-resolution", march, "75"), measured("network-uptime", march, "99.8"),
                measured("end-user-satisfaction", march, "3.5"), measured("decision-days", march, "5"));

        // scorecards per party, cut from one scorecard of the whole
        PartyScorecards cards = PartyScorecardCalculator.standard().calculate(agreement, march, measurements);
        System.out.println("servco " + cards.supplier("servco").orElseThrow().score().orElseThrow()
                + ", joint " + cards.joint().score().orElseThrow() + ", customer " + cards.customerSide().score().orElseThrow());

        // one calculation: a statement per supplier and the consolidated one
        MultiSupplierStatement statement = MultiSupplierIncentiveCalculator.standard().calculate(agreement, List.of(march),
                measurements, List.of(), Map.of(march, Map.of("shared-gain", CostOutcome.savings(Money.of(new BigDecimal("10000.00"), sek)))));
        statement.suppliers().forEach((supplier, s) -> System.out.println(supplier + " net " + s.totalNet()));
        System.out.println("all parties " + statement.totalByParty());
        // end::example[]

        // servco: own bonus 0.5 × 2,000 = 1,000.00; half of 10,000.00 savings = 5,000.00 × 50 % = 2,500.00 → 3,500.00
        // deskco: 1 × 1,000 = 1,000.00 + 30 % × 5,000.00 = 1,500.00 → 2,500.00
        // netco: 1 × 1,000 = 1,000.00 + 20 % × 5,000.00 = 1,000.00 → 2,000.00; the customer pays 8,000.00
        assertEquals(Money.of(new BigDecimal("3500.00"), sek), statement.supplier("servco").orElseThrow().totalNet());
        assertEquals(Money.of(new BigDecimal("2500.00"), sek), statement.supplier("deskco").orElseThrow().totalNet());
        assertEquals(Money.of(new BigDecimal("2000.00"), sek), statement.supplier("netco").orElseThrow().totalNet());
        assertEquals(Money.of(new BigDecimal("-8000.00"), sek), statement.totalByParty().get("charity"));
        assertEquals(0, new BigDecimal("0.5").compareTo(cards.supplier("servco").orElseThrow().score().orElseThrow()));
    }

    private static IncentiveScheme scheme(String supplier, String id, String max) {
        return IncentiveScheme.builder().supplier(supplier).addComponents(BonusMalusCurve.builder().id(id)
                .unit(BonusMalusCurve.Unit.AMOUNT).point(BigDecimal.ZERO, BigDecimal.ZERO).point(BigDecimal.ONE, new BigDecimal(max))
                .build()).build();
    }

    private static Measurement measured(String kpiId, ReportingPeriod period, String value) {
        return Measurement.builder().kpiId(kpiId).period(period).value(new BigDecimal(value))
                .recordedAt(Instant.parse("2026-03-31T12:00:00Z")).build();
    }
}
