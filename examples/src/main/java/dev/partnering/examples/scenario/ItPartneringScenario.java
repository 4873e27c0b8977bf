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
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.MeasurementCsv;
import dev.partnering.examples.report.AgreementReport;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.AtRiskPool;
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

/**
 * Scenario 1, <b>IT partnering, several suppliers in one room</b>. A charity's IT department buys
 * server operations and project leadership from a lead supplier, the service desk from a second
 * supplier and the network from a third. All three sit in the same forums at every level (A: the
 * steering group, B: the delivery board, C: the operations stand-up), and every customer role has
 * a counterpart in each supplier. The contract runs 3 + 1 + 1 years from 2026.
 * <p>
 * The KPIs are shared, not sliced per supplier: server availability, incident response and user
 * satisfaction. The incentive scheme is paid through the lead supplier, who answers for the whole
 * delivery: 10 % of the monthly fee is at risk as service credits, and savings against the IT
 * budget are shared (50 % of the first 500,000 SEK, 30 % above; overruns cost the supplier 20 %).
 * <p>
 * Data: twelve months of measurements ({@code scenarios/charity-it/measurements.csv}) and three
 * cost outcomes ({@code costs.csv}).
 *
 * @since 0.1.0
 */
public final class ItPartneringScenario implements Scenario {

    static final String DATA = "scenarios/charity-it/";

    /** The year the scenario looks at. */
    public static final ReportingPeriod YEAR = ReportingPeriod.year(2026);

    @Override
    public String title() {
        return "IT partnering, several suppliers in one room";
    }

    /** @return the agreement: one customer, a lead supplier and two more suppliers, never null */
    public static Agreement agreement() {
        return Agreement.builder()
                .id("charity-it")
                .title("Charity IT: servers, service desk and network in one partnership")
                .addParties(Party.customer("charity", "Charity IT department"),
                        Party.leadSupplier("nordserv", "NordServ AB"),
                        Party.supplier("deskco", "DeskCo AB"),
                        Party.supplier("netlink", "NetLink AB"))
                .term(ContractTerm.builder().startDate(LocalDate.of(2026, 1, 1)).initialDuration(Period.ofYears(3))
                        .addExtensionOptions(ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)),
                                ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)))
                        .build())
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Staff spend their time on the charity's mission, not on IT")
                .addGoals("Stable operations: 99.5 % server availability", "Answer incidents within 4 hours",
                        "Users rate IT support 4 of 5 or better")
                .addResponsibilityAreas(ResponsibilityArea.of("servers", "Servers and hosting", "nordserv"),
                        ResponsibilityArea.of("projects", "Project leadership", "nordserv"),
                        ResponsibilityArea.of("desk", "Service desk", "deskco"),
                        ResponsibilityArea.of("network", "Network and telephony", "netlink"),
                        ResponsibilityArea.of("priorities", "Project priorities", "charity"))
                .governance(governance())
                .addKpis(KpiDefinition.builder().id("availability").name("Server availability").unit("%")
                                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9"))
                                .validRange(ValueRange.percentage()).weight(new BigDecimal("2"))
                                .dataSource("Zabbix monthly availability report")
                                .measurementMethod("Uptime minutes / scheduled minutes, business-critical servers")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build(),
                        KpiDefinition.builder().id("incident-response").name("Incident response time").unit("hours")
                                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("8"), new BigDecimal("4"))
                                .validRange(ValueRange.atLeast(BigDecimal.ZERO)).aggregation(AggregationRule.mean())
                                .dataSource("Service desk tickets (ServiceNow)")
                                .measurementMethod("Mean hours from report to first response, per month")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build(),
                        KpiDefinition.builder().id("user-satisfaction").name("User satisfaction").unit("of 5")
                                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("3.5"), new BigDecimal("4.0"), new BigDecimal("4.5"))
                                .validRange(ValueRange.of(BigDecimal.ONE, new BigDecimal("5")))
                                .aggregation(AggregationRule.mean())
                                .dataSource("Ticket-closure survey").measurementMethod("Mean answer 1–5, per month")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build())
                .currency(Money.currency("SEK"))
                .feeSchedule(FeeSchedule.monthly(Money.of("300000.00", "SEK"), YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .incentiveScheme(IncentiveScheme.builder()
                        .supplier("nordserv")
                        .addComponents(
                                AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("10"))
                                        .allocate("availability", new BigDecimal("50")).allocate("incident-response", new BigDecimal("30"))
                                        .allocate("user-satisfaction", new BigDecimal("20")).build(),
                                GainShare.builder().id("savings").tier(Money.of("0", "SEK"), new BigDecimal("50"))
                                        .tier(Money.of("500000", "SEK"), new BigDecimal("30")).cap(Money.of("600000", "SEK"))
                                        .painSharePercent(new BigDecimal("20")).painCap(Money.of("100000", "SEK")).build())
                        .build())
                .build();
    }

    private static Governance governance() {
        Governance.Builder g = Governance.builder()
                .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL, GovernanceLevel.OPERATIONAL)
                .addRoles(role("charity-cio", "CIO", "charity", GovernanceLevel.STRATEGIC, "nordserv-a"),
                        role("charity-itm", "IT manager", "charity", GovernanceLevel.TACTICAL, "nordserv-b"),
                        role("charity-ops", "Operations coordinator", "charity", GovernanceLevel.OPERATIONAL, "nordserv-c"));
        List<String> aRoom = new ArrayList<>(List.of("charity-cio"));
        List<String> bRoom = new ArrayList<>(List.of("charity-itm"));
        List<String> cRoom = new ArrayList<>(List.of("charity-ops"));
        for (String supplier : List.of("nordserv", "deskco", "netlink")) {
            g.addRoles(role(supplier + "-a", "Account executive", supplier, GovernanceLevel.STRATEGIC, "charity-cio"),
                    role(supplier + "-b", "Delivery manager", supplier, GovernanceLevel.TACTICAL, "charity-itm"),
                    role(supplier + "-c", "Operations lead", supplier, GovernanceLevel.OPERATIONAL, "charity-ops"));
            aRoom.add(supplier + "-a");
            bRoom.add(supplier + "-b");
            cRoom.add(supplier + "-c");
        }
        return g.addForums(forum("steering", "Steering group", GovernanceLevel.STRATEGIC, Cadence.QUARTERLY, aRoom),
                        forum("delivery", "Delivery board", GovernanceLevel.TACTICAL, Cadence.MONTHLY, bRoom),
                        forum("stand-up", "Operations stand-up", GovernanceLevel.OPERATIONAL, Cadence.WEEKLY, cRoom))
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(2))
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10)).build())
                .build();
    }

    /**
     * @return the twelve months' measurements, never null
     * @throws InputException if the bundled file is broken
     */
    public static List<Measurement> measurements() throws InputException {
        return MeasurementCsv.forAgreement(agreement()).readAll(DataFile.resource(DATA + "measurements.csv"));
    }

    /**
     * @return the year's monthly incentive statement, never null
     * @throws InputException if a bundled file is broken
     */
    public static IncentiveStatement statement() throws InputException {
        Agreement agreement = agreement();
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = CostCsv.read(DataFile.resource(DATA + "costs.csv"));
        return IncentiveCalculator.standard().calculate(agreement, agreement.incentiveScheme().orElseThrow(),
                YEAR.split(Granularity.MONTH), measurements(), List.of(), costs);
    }

    @Override
    public AgreementReport run() throws InputException {
        Agreement agreement = agreement();
        List<Measurement> measurements = measurements();
        ScorecardCalculator scorecards = ScorecardCalculator.standard();
        List<Scorecard> months = scorecards.calculate(agreement, YEAR.split(Granularity.MONTH), measurements);
        Scorecard year = scorecards.calculate(agreement, YEAR, measurements);
        AgreementReport.Builder report = AgreementReport.builder("Scenario 1 · " + title(), agreement)
                .story("A charity's IT department with a lead supplier for servers and project leadership, a service-desk "
                        + "supplier and a network supplier, all in the same forums at levels A, B and C. Shared KPIs, 10 % of "
                        + "the monthly fee at risk as service credits and a gain share on IT savings, paid through the lead "
                        + "supplier. Twelve months of 2026. Below, the same room with a scheme per supplier "
                        + "(ItPartneringThreeSuppliers): a statement per supplier and the joint view.")
                .trend(months)
                .scorecard(year)
                .statement(statement());
        // the room with a scheme per supplier: a section per supplier and the joint view
        ItPartneringThreeSuppliers.tables(ItPartneringThreeSuppliers.statement()).forEach(report::table);
        return report.build();
    }

    private static Role role(String id, String title, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(title).party(party).level(level)
                .mandate(title + " mandate at level " + level.letter()).counterpart(counterpart).build();
    }

    private static Forum forum(String id, String name, GovernanceLevel level, Cadence cadence, List<String> roles) {
        return Forum.builder().id(id).name(name).level(level).cadence(cadence).addAllParticipants(roles).build();
    }
}
