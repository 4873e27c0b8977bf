package dev.partnering.docs;

// tag::first-agreement[]
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.term.ContractTerm;

public class FirstAgreement {

    public static void main(String[] args) {
        Agreement agreement = Agreement.builder()
                .id("it-services").title("IT services 2026")
                .addParties(Party.customer("city", "City IT"), Party.supplier("acme", "Acme AB"))
                .term(ContractTerm.of(LocalDate.of(2026, 1, 1), Period.ofYears(3)))
                .governance(Governance.builder()
                        .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                        .addRoles(role("cio", "city", GovernanceLevel.STRATEGIC, "ceo"),
                                role("ceo", "acme", GovernanceLevel.STRATEGIC, "cio"),
                                role("it-manager", "city", GovernanceLevel.TACTICAL, "delivery-manager"),
                                role("delivery-manager", "acme", GovernanceLevel.TACTICAL, "it-manager"))
                        .addForums(Forum.builder().id("steering").name("Steering group").level(GovernanceLevel.STRATEGIC)
                                .cadence(Cadence.QUARTERLY).addParticipants("cio", "ceo").build())
                        .escalationPolicy(EscalationPolicy.builder()
                                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5))
                                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10)).build())
                        .build())
                .addKpis(KpiDefinition.builder().id("availability").name("Server availability").unit("%")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9"))
                        .dataSource("Monitoring, monthly report").measurementMethod("Uptime minutes / scheduled minutes")
                        .effectiveFrom(LocalDate.of(2026, 1, 1)).build())
                .currency(Money.currency("SEK"))
                .feeSchedule(FeeSchedule.monthly(Money.of("100000.00", "SEK"), YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .incentiveScheme(IncentiveScheme.builder()
                        .addComponents(AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("10"))
                                .allocate("availability", new BigDecimal("100")).build())
                        .build())
                .build();

        ReportingPeriod march = ReportingPeriod.parse("2026-03");
        List<Measurement> measurements = List.of(Measurement.builder().kpiId("availability").period(march)
                .value(new BigDecimal("99.3")).recordedAt(Instant.parse("2026-04-01T08:00:00Z")).build());

        Scorecard scorecard = ScorecardCalculator.standard().calculate(agreement, march, measurements);
        IncentiveStatement statement = IncentiveCalculator.standard().calculate(agreement,
                agreement.incentiveScheme().orElseThrow(), List.of(march), measurements, List.of(), Map.of());

        System.out.print(scorecard.explanation().toText());
        System.out.print(statement.explanation().toText());
    }

    private static Role role(String id, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(id).party(party).level(level)
                .mandate("Acts for " + party + " at level " + level.letter()).counterpart(counterpart).build();
    }
}
// end::first-agreement[]
