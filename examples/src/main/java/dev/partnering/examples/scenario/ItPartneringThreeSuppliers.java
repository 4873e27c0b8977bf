package dev.partnering.examples.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.MultiSupplierIncentiveCalculator;
import dev.partnering.examples.data.CostCsv;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.MeasurementCsv;
import dev.partnering.examples.report.Format;
import dev.partnering.examples.report.ReportTable;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.ValueRange;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.incentive.SupplierStatement;
import dev.partnering.party.Accountability;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;

/**
 * The IT-partnering scenario with three suppliers in one room, each with its own KPIs and scheme:
 * NordServ (lead, servers) answers for server availability, DeskCo (service desk) for incident
 * response, NetLink (network) for network uptime; the suppliers jointly for user satisfaction.
 * Each has part of the fee at risk on its own KPI; the savings gain share and a bonus on the joint
 * scorecard are split 50/30/20, and NordServ receives and passes on every payment to the others.
 * <p>
 * Run {@link #main(String[])} to print a statement per supplier and the consolidated one.
 *
 * @since 0.1.0
 */
public final class ItPartneringThreeSuppliers {

    private ItPartneringThreeSuppliers() {
    }

    /** @return the agreement with per-supplier schemes and the joint arrangement, never null */
    public static Agreement agreement() {
        Agreement one = ItPartneringScenario.agreement();
        LocalDate start = LocalDate.of(2026, 1, 1);
        return Agreement.builder().id(one.id()).title(one.title()).addAllParties(one.parties()).term(one.term())
                .phase(one.phase()).sharedVision(one.sharedVision()).addAllGoals(one.goals())
                .addAllResponsibilityAreas(one.responsibilityAreas()).governance(one.governance()).currency(one.currency())
                .feeSchedule(one.feeSchedule())
                .addKpis(KpiDefinition.builder().id("availability").name("Server availability").unit("%")
                                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"),
                                        new BigDecimal("99.9"))
                                .validRange(ValueRange.percentage()).weight(new BigDecimal("2"))
                                .dataSource("Zabbix monthly availability report")
                                .measurementMethod("Uptime minutes / scheduled minutes, business-critical servers")
                                .effectiveFrom(start).accountability(Accountability.supplier("nordserv")).build(),
                        KpiDefinition.builder().id("incident-response").name("Incident response time").unit("hours")
                                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("8"), new BigDecimal("4"))
                                .validRange(ValueRange.atLeast(BigDecimal.ZERO)).aggregation(AggregationRule.mean())
                                .dataSource("Service desk tickets (ServiceNow)")
                                .measurementMethod("Mean hours from report to first response, per month")
                                .effectiveFrom(start).accountability(Accountability.supplier("deskco")).build(),
                        KpiDefinition.builder().id("network-uptime").name("Network uptime").unit("%")
                                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.8"))
                                .validRange(ValueRange.percentage()).dataSource("NetLink NOC uptime report")
                                .measurementMethod("Minutes all sites reachable / minutes in the month")
                                .effectiveFrom(start).accountability(Accountability.supplier("netlink")).build(),
                        KpiDefinition.builder().id("user-satisfaction").name("User satisfaction").unit("of 5")
                                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("3.5"), new BigDecimal("4.0"),
                                        new BigDecimal("4.5"))
                                .validRange(ValueRange.of(BigDecimal.ONE, new BigDecimal("5"))).aggregation(AggregationRule.mean())
                                .dataSource("Ticket-closure survey").measurementMethod("Mean answer 1–5, per month")
                                .effectiveFrom(start).accountability(Accountability.joint()).build())
                .addSupplierSchemes(atRisk("nordserv", "availability", "5"), atRisk("deskco", "incident-response", "3"),
                        atRisk("netlink", "network-uptime", "2"))
                .jointArrangement(JointArrangement.builder()
                        .jointScheme(IncentiveScheme.builder()
                                .addComponents(GainShare.builder().id("savings").tier(Money.of("0", "SEK"), new BigDecimal("50"))
                                                .tier(Money.of("500000", "SEK"), new BigDecimal("30")).cap(Money.of("600000", "SEK"))
                                                .painSharePercent(new BigDecimal("20")).painCap(Money.of("100000", "SEK")).build(),
                                        BonusMalusCurve.builder().id("joint-bonus").unit(BonusMalusCurve.Unit.AMOUNT)
                                                .point(new BigDecimal("0.8"), new BigDecimal("-5000"))
                                                .point(BigDecimal.ONE, BigDecimal.ZERO)
                                                .point(new BigDecimal("1.2"), new BigDecimal("5000")).build())
                                .build())
                        .share("nordserv", new BigDecimal("50")).share("deskco", new BigDecimal("30"))
                        .share("netlink", new BigDecimal("20")).leadPassThrough(true).build())
                .build();
    }

    private static IncentiveScheme atRisk(String supplier, String kpi, String percentOfFee) {
        return IncentiveScheme.builder().supplier(supplier).addComponents(AtRiskPool.builder().id(supplier + "-credits")
                .atRiskPercent(new BigDecimal(percentOfFee)).allocate(kpi, new BigDecimal("100")).build()).build();
    }

    /**
     * @return the twelve months' measurements of the four KPIs, never null
     * @throws InputException if a bundled file is broken
     */
    public static List<Measurement> measurements() throws InputException {
        MeasurementCsv csv = MeasurementCsv.forAgreement(agreement());
        List<Measurement> all = new ArrayList<>(csv.readAll(DataFile.resource(ItPartneringScenario.DATA + "measurements.csv")));
        all.addAll(csv.readAll(DataFile.resource(ItPartneringScenario.DATA + "network.csv")));
        return all;
    }

    /**
     * @return the year's statements, per supplier and consolidated, from one calculation, never null
     * @throws InputException if a bundled file is broken
     */
    public static MultiSupplierStatement statement() throws InputException {
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = CostCsv.read(DataFile.resource(ItPartneringScenario.DATA + "costs.csv"));
        return MultiSupplierIncentiveCalculator.standard().calculate(agreement(),
                ItPartneringScenario.YEAR.split(Granularity.MONTH), measurements(), List.of(), costs);
    }

    /**
     * Prints a statement per supplier and the consolidated one.
     *
     * @param args  ignored
     * @throws InputException if a bundled file is broken
     */
    public static void main(String[] args) throws InputException {
        MultiSupplierStatement s = statement();
        s.suppliers().forEach((supplier, st) -> {
            System.out.println("Statement of " + supplier);
            for (SupplierPeriod p : st.periods()) {
                System.out.printf("  %s  earned %12s  bore %12s  joint share %12s  net %12s  via lead %12s%n", p.period(),
                        p.earned(), p.bore(), p.jointShare(), p.net(), p.passedThrough());
            }
            System.out.println("  total " + st.totalNet());
        });
        System.out.println("Consolidated");
        for (ConsolidatedPeriod p : s.periods()) {
            System.out.println("  " + p.period() + "  " + p.netByParty() + "  relayed by the lead " + p.passedThroughLead());
            p.remedies().forEach(r -> System.out.println("    " + r));
        }
        System.out.println("  total " + s.totalByParty());
    }

    /**
     * The statements as tables for the reports of scenario 1: one per supplier (what it earned and
     * bore, its part of the joint amounts, its net and what passed through the lead, per month) and
     * the joint view (each party's net per month, what the lead relayed, the remedies).
     *
     * @param s  the statements, not null
     * @return a table per supplier, then the consolidated one, never null
     */
    public static List<ReportTable> tables(MultiSupplierStatement s) {
        Agreement a = agreement();
        List<ReportTable> tables = new ArrayList<>();
        for (Map.Entry<String, SupplierStatement> e : s.suppliers().entrySet()) {
            List<List<String>> rows = new ArrayList<>();
            for (SupplierPeriod p : e.getValue().periods()) {
                rows.add(List.of(p.period().toString(), Format.money(p.earned()), Format.money(p.bore()),
                        Format.signed(p.jointShare()), Format.signed(p.net()), Format.signed(p.passedThrough())));
            }
            tables.add(new ReportTable("Statement of " + name(a, e.getKey()), List.of("Period", "Earned", "Bore",
                    "Joint share", "Net", "Via the lead"), rows, Optional.of("Total net " + Format.signed(
                    e.getValue().totalNet()) + ". Earned and bore cover its own scheme and its part of the joint"
                    + " amounts; the net is its own net plus its joint share.")));
        }
        List<String> parties = a.parties().stream().map(Party::id).toList();
        List<String> columns = new ArrayList<>(List.of("Period"));
        parties.forEach(p -> columns.add(name(a, p)));
        columns.add("Relayed by the lead");
        List<List<String>> rows = new ArrayList<>();
        for (ConsolidatedPeriod p : s.periods()) {
            List<String> row = new ArrayList<>(List.of(p.period().toString()));
            parties.forEach(id -> row.add(Optional.ofNullable(p.netByParty().get(id)).map(Format::signed).orElse("")));
            row.add(Format.money(p.passedThroughLead()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Total"));
        parties.forEach(id -> total.add(Optional.ofNullable(s.totalByParty().get(id)).map(Format::signed).orElse("")));
        total.add("");
        rows.add(total);
        long remedies = s.periods().stream().mapToLong(p -> p.remedies().size()).sum();
        tables.add(new ReportTable("Joint view: the consolidated statement of the three suppliers", columns, rows,
                Optional.of("Each party's net per month: the nets of all parties add up to zero in every month. "
                        + remedies + " remedies found in the year, each naming the suppliers it gives a right against.")));
        return tables;
    }

    private static String name(Agreement a, String id) {
        return a.party(id).map(p -> p.name() + (p.isLead() ? " (lead)" : "")).orElse(id);
    }
}
