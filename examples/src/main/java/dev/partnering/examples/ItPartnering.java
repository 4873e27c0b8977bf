package dev.partnering.examples;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.money.Money;
import dev.partnering.party.Party;

/**
 * The example agreement of the README: a charity's IT department (customer) with a lead
 * supplier for servers and project leadership and a second supplier for the service desk, on a
 * 3+1+1 contract with A/B/C governance and mirrored roles.
 */
public final class ItPartnering {

    private ItPartnering() {
    }

    /** @return the example agreement, valid */
    public static Agreement agreement() {
        return Agreement.builder()
                .id("it-partnering")
                .title("IT partnering 2026")
                .addParties(Party.customer("charity", "Charity IT department"),
                        Party.leadSupplier("nordserv", "NordServ AB"),
                        Party.supplier("deskco", "DeskCo AB"))
                .term(ContractTerm.builder()
                        .startDate(LocalDate.of(2026, 1, 1))
                        .initialDuration(Period.ofYears(3))
                        .addExtensionOptions(ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)),
                                ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)))
                        .build())
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Staff spend their time on the charity's mission, not on IT")
                .addGoals("Stable operations: 99.5 % availability", "Answer incidents within 4 hours")
                .addResponsibilityAreas(ResponsibilityArea.of("servers", "Server operations", "nordserv"),
                        ResponsibilityArea.of("desk", "Service desk", "deskco"),
                        ResponsibilityArea.of("priorities", "Project priorities", "charity"))
                .governance(governance())
                .addKpis(availability(), incidentResponse(), ticketSla())
                .currency(Money.currency("SEK"))
                .feeSchedule(FeeSchedule.monthly(Money.of("250000.00", "SEK"),
                        YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .incentiveScheme(incentiveScheme())
                .build();
    }

    /**
     * The incentive scheme: 10 % of the monthly fee at risk for service credits, a bonus/malus
     * curve on the scorecard score, shared savings, a penalty for late project deliveries, and a
     * net adjustment between −15 % and +10 % of the fee.
     *
     * @return the scheme
     */
    public static IncentiveScheme incentiveScheme() {
        return IncentiveScheme.builder()
                .addComponents(
                        AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("10"))
                                .allocate("availability", new BigDecimal("50")).allocate("incident-response", new BigDecimal("30"))
                                .allocate("ticket-sla", new BigDecimal("30")).build(),
                        BonusMalusCurve.builder().id("performance-bonus")
                                .point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), BigDecimal.ZERO)
                                .point(new BigDecimal("1.0"), BigDecimal.ZERO).point(new BigDecimal("1.2"), new BigDecimal("5")).build(),
                        GainShare.builder().id("savings").tier(Money.of("0", "SEK"), new BigDecimal("50"))
                                .tier(Money.of("500000", "SEK"), new BigDecimal("30")).cap(Money.of("600000", "SEK"))
                                .painSharePercent(new BigDecimal("20")).painCap(Money.of("100000", "SEK")).build(),
                        Penalty.builder().id("late-delivery").basis(Penalty.Basis.PER_UNIT).rate(Money.of("5000", "SEK"))
                                .periodCapPercent(new BigDecimal("10")).yearCapPercent(new BigDecimal("5")).build())
                .floor(Bound.percentOfFee(new BigDecimal("15")))
                .cap(Bound.percentOfFee(new BigDecimal("10")))
                .addRemedyTriggers(RemedyTrigger.consecutiveBelowMinimum("availability", 3, Remedy.REMEDIATION_PLAN))
                .build();
    }

    static Governance governance() {
        return Governance.builder()
                .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL, GovernanceLevel.OPERATIONAL)
                .addRoles(role("c-cio", "CIO", "charity", GovernanceLevel.STRATEGIC, "s-ceo"),
                        role("s-ceo", "Account executive", "nordserv", GovernanceLevel.STRATEGIC, "c-cio"),
                        role("d-ceo", "Account executive", "deskco", GovernanceLevel.STRATEGIC, "c-cio"),
                        role("c-itm", "IT manager", "charity", GovernanceLevel.TACTICAL, "s-dm"),
                        role("s-dm", "Delivery manager", "nordserv", GovernanceLevel.TACTICAL, "c-itm"),
                        role("d-dm", "Delivery manager", "deskco", GovernanceLevel.TACTICAL, "c-itm"),
                        role("c-ops", "Operations coordinator", "charity", GovernanceLevel.OPERATIONAL, "s-ops"),
                        role("s-ops", "Operations lead", "nordserv", GovernanceLevel.OPERATIONAL, "c-ops"),
                        role("d-ops", "Desk team lead", "deskco", GovernanceLevel.OPERATIONAL, "c-ops"))
                .addForums(forum("steering", "Steering group", GovernanceLevel.STRATEGIC, Cadence.QUARTERLY,
                                "c-cio", "s-ceo", "d-ceo"),
                        forum("delivery", "Delivery board", GovernanceLevel.TACTICAL, Cadence.MONTHLY,
                                "c-itm", "s-dm", "d-dm"),
                        forum("ops", "Operations stand-up", GovernanceLevel.OPERATIONAL, Cadence.WEEKLY,
                                "c-ops", "s-ops", "d-ops"))
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(2))
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10))
                        .build())
                .build();
    }

    static KpiDefinition availability() {
        return KpiDefinition.builder().id("availability").name("Server availability").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9"))
                .validRange(ValueRange.percentage()).weight(new BigDecimal("2"))
                .dataSource("Monitoring (Zabbix) monthly report").measurementMethod("Uptime minutes / scheduled minutes")
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    static KpiDefinition incidentResponse() {
        return KpiDefinition.builder().id("incident-response").name("Incident response time").unit("hours")
                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("8"), new BigDecimal("4"))
                .validRange(ValueRange.atLeast(BigDecimal.ZERO)).aggregation(AggregationRule.mean())
                .dataSource("Service desk tickets").measurementMethod("Mean hours from report to first response")
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    static KpiDefinition ticketSla() {
        return KpiDefinition.builder().id("ticket-sla").name("Tickets resolved within SLA").unit("ratio")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0.85"), new BigDecimal("0.95"))
                .validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE)).aggregation(AggregationRule.ratio())
                .dataSource("Service desk tickets").measurementMethod("Resolved within SLA / all resolved")
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    private static Role role(String id, String title, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(title).party(party).level(level)
                .mandate(title + " mandate at level " + level.letter()).counterpart(counterpart).build();
    }

    private static Forum forum(String id, String name, GovernanceLevel level, Cadence cadence, String... roles) {
        return Forum.builder().id(id).name(name).level(level).cadence(cadence).addParticipants(roles).build();
    }
}
