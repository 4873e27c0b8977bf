package dev.partnering.examples.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.examples.data.CostCsv;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.GovernanceRecordCsv;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.MeasurementCsv;
import dev.partnering.examples.data.SurveyCsv;
import dev.partnering.examples.report.AgreementReport;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.Governance;
import dev.partnering.evaluation.GovernanceCalculator;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.Role;
import dev.partnering.health.HealthCalculator;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthReport;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.ValueRange;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;

/**
 * Scenario 2, <b>vested facility management</b>. A public transport agency buys cleaning,
 * restaurants, vehicle servicing and building maintenance from one facility-services supplier on a
 * 5 + 2 + 2 year "vested" agreement: both parties' goals count, the supplier earns more when the
 * agency gets more, and the two run the relationship together at levels A (partnership board,
 * quarterly), B (service review, monthly) and C (site meeting, monthly).
 * <p>
 * The service levels are response-time SLAs kept as ratio KPIs (call-outs answered in time / all
 * call-outs); a bonus/malus curve on the quarterly score pays up to 4 % of the fee either way, with
 * a neutral zone from 0.95 to 1.0; energy savings are shared 50/50. Each November both sides answer
 * a trust survey at all three levels; the forum meetings and escalations are recorded as they
 * happen.
 * <p>
 * The story: a difficult first year (service levels below target, transparency and reciprocity
 * seen very differently by the two sides, half the escalations handled too slowly) leaves the
 * relationship AMBER; in 2027 the service levels pass their targets, the sides' views of trust
 * converge and the forums meet as planned, and health turns GREEN.
 * <p>
 * Data ({@code scenarios/fm-vested/}): {@code measurements.csv} (24 months × 4 KPIs),
 * {@code costs.csv}, {@code survey.csv} (36 respondents over two years), {@code meetings.csv},
 * {@code escalations.csv}.
 *
 * @since 0.1.0
 */
public final class FacilityManagementScenario implements Scenario {

    static final String DATA = "scenarios/fm-vested/";

    /** The two years the scenario looks at. */
    public static final List<ReportingPeriod> YEARS = List.of(ReportingPeriod.year(2026), ReportingPeriod.year(2027));

    @Override
    public String title() {
        return "Vested facility management";
    }

    /** @return the agreement between the agency and the facility-services supplier, never null */
    public static Agreement agreement() {
        return Agreement.builder()
                .id("fm-vested")
                .title("Facility services for stations and depots, a vested partnership")
                .addParties(Party.customer("rta", "Regional Transport Agency"),
                        Party.supplier("facilico", "FaciliCo Services AB"))
                .term(ContractTerm.builder().startDate(LocalDate.of(2026, 1, 1)).initialDuration(Period.ofYears(5))
                        .addExtensionOptions(ExtensionOption.of(Period.ofYears(2), Period.ofMonths(12)),
                                ExtensionOption.of(Period.ofYears(2), Period.ofMonths(12)))
                        .build())
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Stations and depots that are clean, fed, maintained and moving, at a lower total cost every year")
                .addGoals("95 % of call-outs and work orders handled within their SLA",
                        "85 % of lunch guests satisfied", "Energy use down 10 % by 2028")
                .addAllOutcomes(FacilityRelationship.outcomes())
                .addResponsibilityAreas(ResponsibilityArea.of("cleaning", "Cleaning", "facilico"),
                        ResponsibilityArea.of("restaurants", "Staff restaurants", "facilico"),
                        ResponsibilityArea.of("vehicles", "Vehicle servicing", "facilico"),
                        ResponsibilityArea.of("maintenance", "Building maintenance", "facilico"),
                        ResponsibilityArea.of("premises", "Premises strategy and investment", "rta"))
                .governance(governance())
                .addKpis(sla("cleaning-response", "Cleaning call-outs answered within 2 hours", "Helpdesk call-out log",
                                "0.75", "0.95", "0.99", "1"),
                        sla("maintenance-response", "Maintenance work orders started within SLA",
                                "Work-order system (Maximo)", "0.75", "0.95", "0.99", "2"),
                        sla("vehicle-turnaround", "Vehicles serviced within 48 hours", "Workshop system",
                                "0.75", "0.95", "0.99", "1"),
                        sla("restaurant-satisfaction", "Lunch guests rating 4 or 5 of 5", "Lunch guest survey terminals",
                                "0.65", "0.85", "0.89", "1"))
                .currency(Money.currency("SEK"))
                .feeSchedule(FeeSchedule.monthly(Money.of("1000000.00", "SEK"), YearMonth.of(2026, 1), YearMonth.of(2030, 12)))
                .incentiveScheme(IncentiveScheme.builder()
                        .addComponents(
                                BonusMalusCurve.builder().id("vested-bonus")
                                        .point(new BigDecimal("0.8"), new BigDecimal("-4")).point(new BigDecimal("0.95"), new BigDecimal("0")).point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("4")).build(),
                                GainShare.builder().id("energy-savings").tier(Money.of("0", "SEK"), new BigDecimal("50")).build())
                        .build())
                .build();
    }

    private static KpiDefinition sla(String id, String name, String source, String minimum, String target,
            String stretch, String weight) {
        return KpiDefinition.builder().id(id).name(name).unit("share").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal(minimum), new BigDecimal(target), new BigDecimal(stretch)).aggregation(AggregationRule.ratio())
                .validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE)).weight(new BigDecimal(weight))
                .dataSource(source).measurementMethod("Handled within the SLA / all, summed over the period")
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    private static Governance governance() {
        return Governance.builder()
                .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL, GovernanceLevel.OPERATIONAL)
                .addRoles(role("rta-director", "Director of operations", "rta", GovernanceLevel.STRATEGIC, "fc-director"),
                        role("fc-director", "Account director", "facilico", GovernanceLevel.STRATEGIC, "rta-director"),
                        role("rta-facilities", "Facilities manager", "rta", GovernanceLevel.TACTICAL, "fc-contract"),
                        role("fc-contract", "Contract manager", "facilico", GovernanceLevel.TACTICAL, "rta-facilities"),
                        role("rta-site", "Site coordinator", "rta", GovernanceLevel.OPERATIONAL, "fc-site"),
                        role("fc-site", "Site supervisor", "facilico", GovernanceLevel.OPERATIONAL, "rta-site"))
                .addForums(Forum.builder().id("board").name("Partnership board").level(GovernanceLevel.STRATEGIC)
                                .cadence(Cadence.QUARTERLY).addParticipants("rta-director", "fc-director").build(),
                        Forum.builder().id("service-review").name("Service review").level(GovernanceLevel.TACTICAL)
                                .cadence(Cadence.MONTHLY).addParticipants("rta-facilities", "fc-contract").build(),
                        Forum.builder().id("site-meeting").name("Site meeting").level(GovernanceLevel.OPERATIONAL)
                                .cadence(Cadence.MONTHLY).addParticipants("rta-site", "fc-site").build())
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(3))
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(10))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(20)).build())
                .build();
    }

    /**
     * @return the 24 months' measurements, never null
     * @throws InputException if the bundled file is broken
     */
    public static List<Measurement> measurements() throws InputException {
        return MeasurementCsv.forAgreement(agreement()).readAll(DataFile.resource(DATA + "measurements.csv"));
    }

    /**
     * @param year  2026 or 2027
     * @return the year's quarterly incentive statement, never null
     * @throws InputException if a bundled file is broken
     */
    public static IncentiveStatement statement(ReportingPeriod year) throws InputException {
        Agreement agreement = agreement();
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = CostCsv.read(DataFile.resource(DATA + "costs.csv"));
        return IncentiveCalculator.standard().calculate(agreement, agreement.incentiveScheme().orElseThrow(),
                year.split(Granularity.QUARTER), measurements(), List.of(), costs);
    }

    /**
     * @return one trust report per yearly survey, each with its trend against the one before, never null
     * @throws InputException if the bundled file is broken
     */
    public static List<TrustReport> trust() throws InputException {
        List<TrustReport> reports = new ArrayList<>();
        for (TrustSurvey survey : SurveyCsv.read(DataFile.resource(DATA + "survey.csv"))) {
            reports.add(reports.isEmpty() ? TrustCalculator.standard().assess(survey)
                    : TrustCalculator.standard().assess(survey, reports.get(reports.size() - 1)));
        }
        return reports;
    }

    /**
     * @param year  the year, not null
     * @return governance in operation in that year, never null
     * @throws InputException if a bundled file is broken
     */
    public static GovernanceReport governance(ReportingPeriod year) throws InputException {
        List<ForumMeeting> meetings = GovernanceRecordCsv.meetings(DataFile.resource(DATA + "meetings.csv"));
        List<Escalation> escalations = GovernanceRecordCsv.escalations(DataFile.resource(DATA + "escalations.csv"));
        return GovernanceCalculator.standard().assess(agreement(), year, meetings, escalations);
    }

    /**
     * @return relationship health per year: the year's scorecard, that year's trust survey,
     *         governance in operation and relationship management at the end of the year, never null
     * @throws InputException if a bundled file is broken
     */
    public static List<HealthReport> health() throws InputException {
        List<Measurement> measurements = measurements();
        List<TrustReport> trust = trust();
        List<HealthReport> health = new ArrayList<>();
        for (int i = 0; i < YEARS.size(); i++) {
            ReportingPeriod year = YEARS.get(i);
            Scorecard scorecard = ScorecardCalculator.standard().calculate(agreement(), year, measurements);
            FacilityRelationship.State state = FacilityRelationship.stateAtEndOf(year);
            health.add(HealthCalculator.standard().assess(HealthInputs.builder().period(year)
                    .scorecardScore(scorecard.score().orElseThrow())
                    .trust(trust.get(i))
                    .governance(governance(year))
                    .management(state.actions(), state.risks(), state.backlog())
                    .build()));
        }
        return health;
    }

    @Override
    public AgreementReport run() throws InputException {
        Agreement agreement = agreement();
        List<Measurement> measurements = measurements();
        ReportingPeriod latest = YEARS.get(YEARS.size() - 1);
        List<ReportingPeriod> quarters = new ArrayList<>();
        YEARS.forEach(y -> quarters.addAll(y.split(Granularity.QUARTER)));
        AgreementReport.Builder report = AgreementReport.builder("Scenario 2 · " + title(), agreement)
                .story("A public transport agency and its facility-services supplier (cleaning, restaurants, vehicle "
                        + "servicing, building maintenance) on a 5 + 2 + 2 year vested agreement. SLA response times are "
                        + "ratio KPIs; a bonus/malus curve pays up to 4 % of the fee either way; both sides answer a trust "
                        + "survey every November. After a difficult 2026 the relationship turns from AMBER to GREEN in 2027.")
                .trend(ScorecardCalculator.standard().calculate(agreement, quarters, measurements))
                .scorecard(ScorecardCalculator.standard().calculate(agreement, latest, measurements))
                .statement(statement(latest));
        trust().forEach(report::trust);
        health().forEach(report::health);
        FacilityRelationship.tables().forEach(report::table);
        return report.build();
    }

    private static Role role(String id, String title, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(title).party(party).level(level)
                .mandate(title + " mandate at level " + level.letter()).counterpart(counterpart).build();
    }
}
