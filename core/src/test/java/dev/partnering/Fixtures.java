package dev.partnering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
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
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementFrequency;
import dev.partnering.kpi.ValueRange;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/**
 * A valid, realistic agreement and its parts, for tests throughout the SDK.
 * <p>
 * The agreement {@value #AGREEMENT_ID}: the customer {@value #CUSTOMER} buys IT operations from
 * two suppliers, {@value #LEAD_SUPPLIER} (lead, integrating) and {@value #SUPPLIER}, on a 3+1+1
 * term from 2026-01-01 (initial end 2028-12-31, latest end 2030-12-31), in SEK, with a monthly
 * fee of 250,000.00 SEK for each month of the initial term (2026-01 to 2028-12).
 * <p>
 * Governance on three levels, A (STRATEGIC), B (TACTICAL) and C (OPERATIONAL), with mirrored
 * roles: at each level the customer has one role whose counterpart is the lead supplier's role,
 * and each supplier has one role whose counterpart is the customer's role. One forum per level
 * (steering group quarterly, delivery board monthly, operations meeting weekly) and an
 * escalation policy of 5 working days at C, 10 at B and 20 at A.
 * <p>
 * Three KPIs, all version 1 from 2026-01-01:
 * <ul>
 *   <li>{@value #AVAILABILITY}: %, HIGHER_IS_BETTER, minimum 99.0, target 99.5, stretch 99.9,
 *       mean, weight 2, valid range [0, 100];</li>
 *   <li>{@value #INCIDENT_RESPONSE}: hours, LOWER_IS_BETTER, minimum 8, target 4, no stretch,
 *       mean, weight 1, valid range [0, +∞);</li>
 *   <li>{@value #TICKET_SLA}: share of tickets answered within the SLA, HIGHER_IS_BETTER,
 *       minimum 0.90, target 0.95, ratio, weight 1, valid range [0, 1].</li>
 * </ul>
 * Every method returns a freshly built, immutable value; tests may combine the parts into
 * variants of their own. Builders of the SDK are strict (each attribute set once), so a variant
 * starts from {@link #agreementBuilder()}, which sets only the descriptive frame.
 */
public final class Fixtures {

    /** The agreement's id. */
    public static final String AGREEMENT_ID = "it-partnering";
    /** The customer's party id. */
    public static final String CUSTOMER = "region-nord";
    /** The lead supplier's party id. */
    public static final String LEAD_SUPPLIER = "acme";
    /** The other supplier's party id. */
    public static final String SUPPLIER = "globex";
    /** The availability KPI's id. */
    public static final String AVAILABILITY = "availability";
    /** The incident response KPI's id. */
    public static final String INCIDENT_RESPONSE = "incident-response";
    /** The ticket SLA KPI's id. */
    public static final String TICKET_SLA = "ticket-sla";

    /** The agreement's currency. */
    public static final Currency SEK = Currency.getInstance("SEK");
    /** The first day of the contract and of every KPI's version 1. */
    public static final LocalDate START = LocalDate.of(2026, 1, 1);

    private Fixtures() {
    }

    // ---------------------------------------------------------------- money

    /**
     * @param amount  a decimal string, e.g. {@code "250000.00"}
     * @return the amount in SEK
     */
    public static Money sek(String amount) {
        return Money.of(new BigDecimal(amount), SEK);
    }

    /** @return the monthly fee, 250,000.00 SEK */
    public static Money monthlyFee() {
        return sek("250000.00");
    }

    /** @return 250,000.00 SEK for each month from 2026-01 to 2028-12 (the initial term) */
    public static FeeSchedule feeSchedule() {
        return FeeSchedule.monthly(monthlyFee(), YearMonth.of(2026, 1), YearMonth.of(2028, 12));
    }

    // ---------------------------------------------------------------- parties

    /** @return the customer {@value #CUSTOMER} */
    public static Party customer() {
        return Party.customer(CUSTOMER, "Region Nord");
    }

    /** @return the lead supplier {@value #LEAD_SUPPLIER} */
    public static Party leadSupplier() {
        return Party.leadSupplier(LEAD_SUPPLIER, "Acme IT Services");
    }

    /** @return the other supplier {@value #SUPPLIER}, not lead */
    public static Party supplier() {
        return Party.supplier(SUPPLIER, "Globex Infrastructure");
    }

    /** @return the customer, the lead supplier and the other supplier, in that order */
    public static List<Party> parties() {
        return List.of(customer(), leadSupplier(), supplier());
    }

    /** @return service desk (lead supplier), server operations (supplier), business requirements (customer) */
    public static List<ResponsibilityArea> responsibilityAreas() {
        return List.of(
                ResponsibilityArea.of("service-desk", "Service desk", LEAD_SUPPLIER),
                ResponsibilityArea.of("servers", "Server operations", SUPPLIER),
                ResponsibilityArea.of("business-requirements", "Business requirements", CUSTOMER));
    }

    // ---------------------------------------------------------------- term

    /** @return one more year, to be exercised at least 6 months before the current end */
    public static ExtensionOption oneYearOption() {
        return ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6));
    }

    /** @return from 2026-01-01, 3 years, then two options of 1 year each (3+1+1) */
    public static ContractTerm term() {
        return ContractTerm.builder()
                .startDate(START)
                .initialDuration(Period.ofYears(3))
                .addExtensionOptions(oneYearOption(), oneYearOption())
                .build();
    }

    // ---------------------------------------------------------------- governance

    /**
     * A role with a title and mandate derived from its level.
     *
     * @param id  the role id
     * @param party  the id of the party it acts for
     * @param level  the level
     * @param counterpart  the id of the mirrored role, or null for none
     * @return the role
     */
    public static Role role(String id, String party, GovernanceLevel level, String counterpart) {
        Role.Builder b = Role.builder()
                .id(id)
                .title(titleAt(level))
                .party(party)
                .level(level)
                .mandate(mandateAt(level));
        if (counterpart != null) {
            b.counterpart(counterpart);
        }
        return b.build();
    }

    /**
     * The ids of the three roles at a level, customer's first, then lead supplier's, then the
     * other supplier's: e.g. {@code region-nord-A}, {@code acme-A}, {@code globex-A}.
     *
     * @param level  the level
     * @return the three role ids
     */
    public static List<String> roleIdsAt(GovernanceLevel level) {
        return List.of(roleId(CUSTOMER, level), roleId(LEAD_SUPPLIER, level), roleId(SUPPLIER, level));
    }

    /**
     * @param party  a party id
     * @param level  a level
     * @return the id of that party's role at that level in the fixture, e.g. {@code acme-B}
     */
    public static String roleId(String party, GovernanceLevel level) {
        return party + "-" + level.letter();
    }

    /**
     * The nine mirrored roles, level by level from A to C: the customer's role names the lead
     * supplier's as its counterpart; both suppliers' roles name the customer's.
     *
     * @return the roles
     */
    public static List<Role> roles() {
        List<Role> roles = new ArrayList<>();
        for (GovernanceLevel level : GovernanceLevel.values()) {
            String customerRole = roleId(CUSTOMER, level);
            roles.add(role(customerRole, CUSTOMER, level, roleId(LEAD_SUPPLIER, level)));
            roles.add(role(roleId(LEAD_SUPPLIER, level), LEAD_SUPPLIER, level, customerRole));
            roles.add(role(roleId(SUPPLIER, level), SUPPLIER, level, customerRole));
        }
        return List.copyOf(roles);
    }

    /** @return steering group (A, quarterly), delivery board (B, monthly), operations meeting (C, weekly) */
    public static List<Forum> forums() {
        return List.of(
                forum("steering-group", "Steering group", GovernanceLevel.STRATEGIC, Cadence.QUARTERLY),
                forum("delivery-board", "Delivery board", GovernanceLevel.TACTICAL, Cadence.MONTHLY),
                forum("operations-meeting", "Operations meeting", GovernanceLevel.OPERATIONAL, Cadence.WEEKLY));
    }

    private static Forum forum(String id, String name, GovernanceLevel level, Cadence cadence) {
        return Forum.builder().id(id).name(name).level(level).cadence(cadence)
                .addAllParticipants(roleIdsAt(level)).build();
    }

    /** @return C: 5 days, B: 10 days, A: 20 days */
    public static EscalationPolicy escalationPolicy() {
        return EscalationPolicy.builder()
                .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(5))
                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(10))
                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(20))
                .build();
    }

    /** @return the A/B/C governance with the roles, forums and escalation policy above */
    public static Governance governance() {
        return Governance.builder()
                .addLevels(GovernanceLevel.values())
                .addAllRoles(roles())
                .addAllForums(forums())
                .escalationPolicy(escalationPolicy())
                .build();
    }

    private static String titleAt(GovernanceLevel level) {
        switch (level) {
            case STRATEGIC:
                return "Executive sponsor";
            case TACTICAL:
                return "Delivery manager";
            default:
                return "Operations lead";
        }
    }

    private static String mandateAt(GovernanceLevel level) {
        switch (level) {
            case STRATEGIC:
                return "Strategic direction, shared vision, final escalation";
            case TACTICAL:
                return "Delivery quality, KPI follow-up, project priorities";
            default:
                return "Daily operations and changes";
        }
    }

    // ---------------------------------------------------------------- KPIs

    /** @return availability in %, HIGHER_IS_BETTER, 99.0 / 99.5 / 99.9, mean, weight 2, version 1 from {@link #START} */
    public static KpiDefinition availability() {
        return availability(1, START);
    }

    /**
     * The availability KPI as a revision: the same definition with another version and date.
     *
     * @param version  the version number
     * @param effectiveFrom  the first day the version is in force
     * @return the definition
     */
    public static KpiDefinition availability(int version, LocalDate effectiveFrom) {
        return KpiDefinition.builder()
                .id(AVAILABILITY)
                .name("Service availability")
                .unit("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9"))
                .aggregation(AggregationRule.mean())
                .weight(new BigDecimal("2"))
                .frequency(MeasurementFrequency.MONTHLY)
                .dataSource("Monitoring platform uptime report")
                .measurementMethod("Minutes available / minutes scheduled in the service window × 100")
                .validRange(ValueRange.percentage())
                .effectiveFrom(effectiveFrom)
                .version(version)
                .build();
    }

    /** @return priority-1 incident response in hours, LOWER_IS_BETTER, minimum 8, target 4, mean, weight 1 */
    public static KpiDefinition incidentResponse() {
        return KpiDefinition.builder()
                .id(INCIDENT_RESPONSE)
                .name("Priority-1 incident response time")
                .unit("hours")
                .direction(Direction.LOWER_IS_BETTER)
                .thresholds(new BigDecimal("8"), new BigDecimal("4"))
                .aggregation(AggregationRule.mean())
                .frequency(MeasurementFrequency.PER_EVENT)
                .dataSource("ServiceNow incident export")
                .measurementMethod("Hours from registration to first qualified response")
                .validRange(ValueRange.atLeast(BigDecimal.ZERO))
                .effectiveFrom(START)
                .build();
    }

    /** @return share of tickets answered within the SLA, HIGHER_IS_BETTER, 0.90 / 0.95, ratio, weight 1 */
    public static KpiDefinition ticketSla() {
        return KpiDefinition.builder()
                .id(TICKET_SLA)
                .name("Tickets answered within SLA")
                .unit("share")
                .direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("0.90"), new BigDecimal("0.95"))
                .aggregation(AggregationRule.ratio())
                .frequency(MeasurementFrequency.PER_EVENT)
                .dataSource("ServiceNow ticket export")
                .measurementMethod("Tickets answered within the SLA / all tickets")
                .validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE))
                .effectiveFrom(START)
                .build();
    }

    /** @return availability, incident response and ticket SLA, in that order */
    public static List<KpiDefinition> kpis() {
        return List.of(availability(), incidentResponse(), ticketSla());
    }

    /**
     * A measured value, recorded at noon UTC on the last day of the period.
     *
     * @param kpiId  the KPI id
     * @param period  the period, e.g. {@code "2026-03"}
     * @param value  the value, a decimal string
     * @return the measurement
     */
    public static Measurement measurement(String kpiId, String period, String value) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        return Measurement.builder().kpiId(kpiId).period(p).value(new BigDecimal(value)).recordedAt(endOf(p)).build();
    }

    /**
     * A ratio measurement, recorded at noon UTC on the last day of the period.
     *
     * @param kpiId  the KPI id
     * @param period  the period, e.g. {@code "2026-03"}
     * @param numerator  the numerator, a decimal string
     * @param denominator  the denominator, a decimal string
     * @return the measurement
     */
    public static Measurement ratioMeasurement(String kpiId, String period, String numerator, String denominator) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        return Measurement.builder().kpiId(kpiId).period(p)
                .ratio(new BigDecimal(numerator), new BigDecimal(denominator)).recordedAt(endOf(p)).build();
    }

    private static Instant endOf(ReportingPeriod p) {
        return p.end().atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- agreement

    /**
     * A builder with only the descriptive frame of the fixture agreement set: id, title, term,
     * phase (COLLABORATION), shared vision and goals. Parties, responsibility areas, governance,
     * KPIs, currency and fees are left for the test to set.
     *
     * @return the builder
     */
    public static Agreement.Builder agreementBuilder() {
        return Agreement.builder()
                .id(AGREEMENT_ID)
                .title("IT operations partnership")
                .term(term())
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Stable, modern IT that lets Region Nord's staff focus on patients")
                .addGoals("Availability of at least 99.5 % for clinical systems",
                        "Incidents answered within 4 hours",
                        "Half of all tickets self-served by 2028");
    }

    /** @return the complete, valid fixture agreement */
    public static Agreement agreement() {
        return agreementBuilder()
                .addAllParties(parties())
                .addAllResponsibilityAreas(responsibilityAreas())
                .governance(governance())
                .addAllKpis(kpis())
                .currency(SEK)
                .feeSchedule(feeSchedule())
                .build();
    }
}
