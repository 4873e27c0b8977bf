package dev.partnering.lifecycle;

import java.math.BigDecimal;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MeasurementFrequency;
import dev.partnering.money.Money;
import dev.partnering.party.Party;

/** Shared values for the lifecycle tests: a 3+1+1 IT-operations partnership ready for handover. */
public final class LifecycleFixtures {

    public static final LocalDate START = LocalDate.of(2026, 1, 1);

    private LifecycleFixtures() {
    }

    /** 2026-01-01, 3 years, then two options of 1 year with 6 months' notice each. */
    public static ContractTerm threePlusOnePlusOne() {
        return ContractTerm.of(START, Period.ofYears(3), oneYearSixMonthsNotice(), oneYearSixMonthsNotice());
    }

    public static ExtensionOption oneYearSixMonthsNotice() {
        return ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6));
    }

    public static Role role(String id, String title, String party, GovernanceLevel level, String mandate, String counterpart,
            String holder) {
        Role.Builder b = Role.builder().id(id).title(title).party(party).level(level).mandate(mandate).counterpart(counterpart);
        if (holder != null) {
            b.holder(holder);
        }
        return b.build();
    }

    /** Three levels, mirrored and staffed, a forum per level. */
    public static Governance governance() {
        return Governance.builder()
                .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL, GovernanceLevel.OPERATIONAL)
                .addRoles(role("cus-exec", "Chief digital officer", "northfield", GovernanceLevel.STRATEGIC,
                        "Sets the direction and decides transformation projects", "sup-exec", "Eva Lind"))
                .addRoles(role("sup-exec", "Account director", "nordic-it", GovernanceLevel.STRATEGIC,
                        "Commits the supplier's resources and investments", "cus-exec", "Jonas Berg"))
                .addRoles(role("cus-delivery", "Service delivery manager", "northfield", GovernanceLevel.TACTICAL,
                        "Follows up delivery quality and prioritises projects", "sup-delivery", "Maria Holm"))
                .addRoles(role("sup-delivery", "Delivery manager", "nordic-it", GovernanceLevel.TACTICAL,
                        "Answers for delivery quality and continuous improvement", "cus-delivery", "Anna Berg"))
                .addRoles(role("cus-ops", "Service desk coordinator", "northfield", GovernanceLevel.OPERATIONAL,
                        "Reports incidents and accepts changes", "sup-ops", "Lars Ek"))
                .addRoles(role("sup-ops", "Operations lead", "nordic-it", GovernanceLevel.OPERATIONAL,
                        "Runs daily operations and implements changes", "cus-ops", "Sara Nyberg"))
                .addForums(Forum.builder().id("steering").name("Steering group").level(GovernanceLevel.STRATEGIC)
                        .cadence(Cadence.QUARTERLY).addParticipants("cus-exec", "sup-exec").build())
                .addForums(Forum.builder().id("delivery-board").name("Delivery board").level(GovernanceLevel.TACTICAL)
                        .cadence(Cadence.MONTHLY).addParticipants("cus-delivery", "sup-delivery").build())
                .addForums(Forum.builder().id("ops-meeting").name("Operations meeting").level(GovernanceLevel.OPERATIONAL)
                        .cadence(Cadence.WEEKLY).addParticipants("cus-ops", "sup-ops").build())
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(2))
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(10))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(30)).build())
                .build();
    }

    public static KpiDefinition incidentResponse() {
        return KpiDefinition.builder().id("incident-response").name("Incidents answered within SLA").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("98")).aggregation(AggregationRule.ratio())
                .frequency(MeasurementFrequency.PER_EVENT).dataSource("ServiceNow incident export")
                .measurementMethod("Incidents answered within 4 business hours / all incidents, per month")
                .effectiveFrom(START).build();
    }

    public static KpiDefinition changeLeadTime() {
        return KpiDefinition.builder().id("change-lead-time").name("Standard change lead time").unit("days")
                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("10"), new BigDecimal("5"))
                .aggregation(AggregationRule.percentile(new java.math.BigDecimal("90")))
                .frequency(MeasurementFrequency.WEEKLY).dataSource("ServiceNow change export")
                .measurementMethod("90th percentile of days from request to closure, standard changes")
                .effectiveFrom(START).build();
    }

    public static KpiDefinition userSatisfaction() {
        return KpiDefinition.builder().id("user-satisfaction").name("User satisfaction").unit("points")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("3.5"), new BigDecimal("4.0"), new BigDecimal("4.5"))
                .frequency(MeasurementFrequency.YEARLY).dataSource("Annual user survey")
                .measurementMethod("Mean answer to 'How satisfied are you with IT support?' on a 1-5 scale")
                .effectiveFrom(START).build();
    }

    /** The partnership, ready for the handover, in TRANSITION. */
    public static Agreement agreement() {
        return baseAgreement().phase(LifecyclePhase.TRANSITION).build();
    }

    public static Agreement.Builder baseAgreement() {
        return Agreement.builder().id("it-partnering").title("IT operations partnership")
                .addParties(Party.customer("northfield", "Northfield Municipality"),
                        Party.leadSupplier("nordic-it", "Nordic IT AB"))
                .term(threePlusOnePlusOne())
                .sharedVision("Reliable, user-friendly IT that lets Northfield's staff serve its citizens")
                .addGoals("Answer 95 % of incidents within 4 business hours",
                        "Move half of the server estate to the cloud by 2028")
                .addResponsibilityAreas(ResponsibilityArea.builder().id("servers").name("Server operations").owner("nordic-it")
                                .description("Operation, patching and backup of the 140 servers in both data centres").build(),
                        ResponsibilityArea.of("service-desk", "Service desk", "nordic-it"),
                        ResponsibilityArea.of("requirements", "Business requirements", "northfield"))
                .governance(governance())
                .addKpis(incidentResponse(), changeLeadTime(), userSatisfaction())
                .currency(Money.currency("SEK"));
    }

    /** A complete exit plan for {@link #agreement()}. */
    public static ExitPlan completeExitPlan() {
        return ExitPlan.builder().transitionPeriod(Period.ofMonths(6))
                .addReturns(ReturnObligation.of(ReturnKind.DATA, "Incident and change history as CSV", "nordic-it"))
                .addReturns(ReturnObligation.of(ReturnKind.DOCUMENTATION, "Operating procedures and configurations",
                        "nordic-it"))
                .knowledgeTransferOwner("sup-delivery")
                .addOpenFinancialItems(OpenFinancialItem.builder().kind(FinancialItemKind.UNSETTLED_CREDIT)
                        .description("Service credits 2028-Q4").amount(Money.of("120000.00", "SEK"))
                        .owedBy("nordic-it").owedTo("northfield").build())
                .financialItemsReviewedOn(LocalDate.of(2028, 6, 1))
                .build();
    }
}
