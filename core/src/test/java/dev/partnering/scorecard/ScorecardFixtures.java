package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.term.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/** Small agreements and measurements for scorecard tests. */
public final class ScorecardFixtures {

    public static final LocalDate START = LocalDate.of(2026, 1, 1);

    private ScorecardFixtures() {
    }

    public static Agreement agreement(MissingDataPolicy policy, List<KpiDefinition> kpis) {
        return Agreement.builder().id("acme").title("Acme")
                .addParties(Party.customer("c", "Customer"), Party.supplier("s", "Supplier"))
                .term(ContractTerm.builder().startDate(START).initialDuration(Period.ofYears(3)).build())
                .governance(Governance.builder().addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                        .addRoles(role("c-a", "c", GovernanceLevel.STRATEGIC, "s-a"), role("s-a", "s", GovernanceLevel.STRATEGIC, "c-a"))
                        .escalationPolicy(EscalationPolicy.builder()
                                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10))
                                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5)).build())
                        .build())
                .addAllKpis(kpis)
                .missingDataPolicy(policy)
                .currency(Money.currency("SEK"))
                .build();
    }

    private static Role role(String id, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(id).party(party).level(level).mandate("m").counterpart(counterpart).build();
    }

    /** availability: weight 2, min 99, target 99.5, stretch 99.9 (max 1.2), mean. */
    public static KpiDefinition availability() {
        return KpiDefinition.builder().id("availability").name("Availability").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99"), new BigDecimal("99.5"), new BigDecimal("99.9")).weight(new BigDecimal("2"))
                .dataSource("monitoring").measurementMethod("uptime / scheduled").effectiveFrom(START).build();
    }

    /** incident-response: weight 1, lower is better, min 8 h, target 4 h, mean. */
    public static KpiDefinition incidentResponse() {
        return KpiDefinition.builder().id("incident-response").name("Incident response").unit("h")
                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("8"), new BigDecimal("4"))
                .dataSource("tickets").measurementMethod("mean hours to first response").effectiveFrom(START).build();
    }

    /** ticket-sla: weight 1, ratio, min 0.85, target 0.95. */
    public static KpiDefinition ticketSla() {
        return ticketSlaBuilder().build();
    }

    public static KpiDefinition.Builder ticketSlaBuilder() {
        return KpiDefinition.builder().id("ticket-sla").name("Tickets within SLA").unit("ratio")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0.85"), new BigDecimal("0.95")).aggregation(AggregationRule.ratio())
                .dataSource("tickets").measurementMethod("within SLA / all").effectiveFrom(START);
    }

    public static Measurement value(String kpi, String period, String value) {
        return Measurement.builder().kpiId(kpi).period(ReportingPeriod.parse(period)).value(new BigDecimal(value))
                .recordedAt(Instant.parse("2027-01-01T00:00:00Z")).build();
    }

    public static Measurement ratio(String kpi, String period, int num, int den) {
        return Measurement.builder().kpiId(kpi).period(ReportingPeriod.parse(period))
                .ratio(BigDecimal.valueOf(num), BigDecimal.valueOf(den)).recordedAt(Instant.parse("2027-01-01T00:00:00Z")).build();
    }

    /** Jan, Feb, Mar 2026 for the three KPIs; March has no ticket volume. */
    public static List<Measurement> firstQuarter() {
        return List.of(
                value("availability", "2026-01", "99.7"), value("availability", "2026-02", "99.8"),
                value("availability", "2026-03", "99.9"),
                value("incident-response", "2026-01", "5"), value("incident-response", "2026-02", "7"),
                value("incident-response", "2026-03", "6"),
                ratio("ticket-sla", "2026-01", 180, 200), ratio("ticket-sla", "2026-02", 190, 200),
                ratio("ticket-sla", "2026-03", 0, 0));
    }

    public static Agreement standard(MissingDataPolicy policy) {
        return agreement(policy, List.of(availability(), incidentResponse(), ticketSla()));
    }
}
