package dev.partnering.examples.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.Invoice;
import dev.partnering.examples.data.InvoiceCsv;
import dev.partnering.examples.data.MeasurementCsv;
import dev.partnering.examples.report.AgreementReport;
import dev.partnering.examples.report.Format;
import dev.partnering.examples.report.ReportTable;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.ConsortiumSplit;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.AgreementVersion;
import dev.partnering.amendment.Amendment;
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
 * Scenario 3, <b>municipal consortium</b>. Three municipalities fund an open-source permit system
 * together and buy its development and maintenance from one supplier. Every invoice is split
 * among them by population, exactly: the parts add up to the invoice to the öre
 * ({@link ConsortiumSplit#byWeights}, largest remainder).
 * <p>
 * Every quarter an iteration review asks the partnership's honest questions: do we adjust the
 * task, the staffing or the deadline? Each answer is an {@link Amendment} in the agreement's
 * {@link AgreementHistory}, and each quarter is scored against the version in force when it began:
 * the Q1 review lowers the scope target after accessibility work is added (task), the Q2 review
 * moves Release 2.0 from September to November (deadline), the Q3 review names a new delivery
 * lead (staffing).
 * <p>
 * Data ({@code scenarios/openpermit/}): {@code measurements.csv} (sprints, critical fixes, the
 * release) and {@code invoices.csv} (24 invoices of 2026).
 *
 * @since 0.1.0
 */
public final class MunicipalConsortiumScenario implements Scenario {

    static final String DATA = "scenarios/openpermit/";

    /** The year the scenario looks at. */
    public static final ReportingPeriod YEAR = ReportingPeriod.year(2026);

    /** Population per member municipality, the weights of the split. */
    public static final Map<String, BigDecimal> POPULATION = populations();

    @Override
    public String title() {
        return "Municipal consortium";
    }

    private static Map<String, BigDecimal> populations() {
        Map<String, BigDecimal> p = new LinkedHashMap<>();
        p.put("northfield", new BigDecimal("48500"));
        p.put("eastbrook", new BigDecimal("31200"));
        p.put("westmere", new BigDecimal("20300"));
        return Collections.unmodifiableMap(p);
    }

    /** @return the agreement as signed, before any iteration review, never null */
    public static Agreement agreement() {
        return Agreement.builder()
                .id("openpermit")
                .title("OpenPermit: a shared open-source permit system")
                .addParties(Party.customer("northfield", "Northfield Municipality"),
                        Party.customer("eastbrook", "Eastbrook Municipality"),
                        Party.customer("westmere", "Westmere Municipality"),
                        Party.leadSupplier("opencivic", "OpenCivic AB"))
                .term(ContractTerm.builder().startDate(LocalDate.of(2026, 1, 1)).initialDuration(Period.ofYears(3))
                        .addExtensionOptions(ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)),
                                ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)))
                        .build())
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Citizens apply for any permit online, in one system the three municipalities own together")
                .addGoals("Release 2.0 with e-permits in 2026", "Critical bugs fixed within five working days")
                .addResponsibilityAreas(ResponsibilityArea.of("development", "Development and releases", "opencivic"),
                        ResponsibilityArea.of("hosting", "Maintenance and hosting", "opencivic"),
                        ResponsibilityArea.of("backlog", "Product backlog and priorities", "northfield"),
                        ResponsibilityArea.of("rollout-east", "Roll-out in Eastbrook", "eastbrook"),
                        ResponsibilityArea.of("rollout-west", "Roll-out in Westmere", "westmere"))
                .governance(governance())
                .addKpis(KpiDefinition.builder().id("delivered-scope").name("Story points delivered").unit("points")
                                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("60"), new BigDecimal("80"), new BigDecimal("100"))
                                .aggregation(AggregationRule.sum()).validRange(ValueRange.atLeast(BigDecimal.ZERO))
                                .dataSource("Sprint reviews (Jira)").measurementMethod("Points accepted at each sprint review, summed")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build(),
                        KpiDefinition.builder().id("critical-fixes").name("Critical bugs fixed within 5 working days")
                                .unit("share").direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0.75"), new BigDecimal("0.95"))
                                .aggregation(AggregationRule.ratio()).validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE))
                                .dataSource("Issue tracker").measurementMethod("Closed within 5 working days / all critical")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build(),
                        release(1, "2026-09-30", LocalDate.of(2026, 1, 1),
                                List.of(ReportingPeriod.quarter(2026, 1), ReportingPeriod.quarter(2026, 2)),
                                "Release 2.0 is due in 2026-Q3"))
                .currency(Money.currency("SEK"))
                .build();
    }

    private static KpiDefinition release(int version, String deadline, LocalDate from, List<ReportingPeriod> notDue,
            String reason) {
        return KpiDefinition.builder().id("release-2").name("Release 2.0 (e-permits) in production by " + deadline)
                .unit("met").direction(Direction.BINARY).aggregation(AggregationRule.max())
                .addQualifyingConditions(QualifyingCondition.outOfScope(notDue, reason))
                .dataSource("Release notes").measurementMethod("1 once in production, checked at the deadline")
                .version(version).effectiveFrom(from).build();
    }

    private static Governance governance() {
        return Governance.builder()
                .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                .addRoles(role("north-cio", "CIO", "northfield", GovernanceLevel.STRATEGIC, "oc-md", null),
                        role("east-cio", "CIO", "eastbrook", GovernanceLevel.STRATEGIC, "oc-md", null),
                        role("west-cio", "CIO", "westmere", GovernanceLevel.STRATEGIC, "oc-md", null),
                        role("oc-md", "Managing director", "opencivic", GovernanceLevel.STRATEGIC, "north-cio", null),
                        role("north-po", "Product owner", "northfield", GovernanceLevel.TACTICAL, "oc-delivery", null),
                        role("east-po", "Product owner", "eastbrook", GovernanceLevel.TACTICAL, "oc-delivery", null),
                        role("west-po", "Product owner", "westmere", GovernanceLevel.TACTICAL, "oc-delivery", null),
                        role("oc-delivery", "Delivery lead", "opencivic", GovernanceLevel.TACTICAL, "north-po", "Jonas Berg"))
                .addForums(Forum.builder().id("board").name("Consortium board").level(GovernanceLevel.STRATEGIC)
                                .cadence(Cadence.QUARTERLY).addParticipants("north-cio", "east-cio", "west-cio", "oc-md").build(),
                        Forum.builder().id("iteration-review").name("Iteration review").level(GovernanceLevel.TACTICAL)
                                .cadence(Cadence.QUARTERLY)
                                .addParticipants("north-po", "east-po", "west-po", "oc-delivery").build())
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(10))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(30)).build())
                .build();
    }

    /** @return the agreement with the three iteration reviews of 2026 as amendments, never null */
    public static AgreementHistory history() {
        return AgreementHistory.of(agreement())
                .amend(Amendment.of(LocalDate.of(2026, 4, 1),
                        "Iteration review Q1 (task): accessibility work added, less new scope per quarter",
                        AgreementChange.targetChanged("delivered-scope", new BigDecimal("50"), new BigDecimal("70"),
                                new BigDecimal("90"))))
                .amend(Amendment.of(LocalDate.of(2026, 7, 1),
                        "Iteration review Q2 (deadline): Release 2.0 moved to 2026-11-30 for e-signing",
                        AgreementChange.kpiRevised(release(2, "2026-11-30", LocalDate.of(2026, 7, 1),
                                List.of(ReportingPeriod.quarter(2026, 3)), "Release 2.0 moved to 2026-Q4 at the Q2 iteration review"))))
                .amend(Amendment.of(LocalDate.of(2026, 10, 1),
                        "Iteration review Q3 (staffing): a delivery lead with integration experience",
                        AgreementChange.roleRestaffed("oc-delivery", "Sara Ek")));
    }

    /**
     * @return the year's measurements, never null
     * @throws InputException if the bundled file is broken
     */
    public static List<Measurement> measurements() throws InputException {
        return MeasurementCsv.forAgreement(history().current().agreement())
                .readAll(DataFile.resource(DATA + "measurements.csv"));
    }

    /**
     * @return one scorecard per quarter of 2026, each against the agreement version in force when the quarter began
     * @throws InputException if the bundled file is broken
     */
    public static List<Scorecard> quarters() throws InputException {
        AgreementHistory history = history();
        List<Measurement> measurements = measurements();
        List<Scorecard> scorecards = new ArrayList<>();
        for (ReportingPeriod q : YEAR.split(Granularity.QUARTER)) {
            AgreementVersion inForce = history.inForceDuring(q).orElseThrow();
            scorecards.add(ScorecardCalculator.standard().calculate(inForce.agreement(), q, measurements));
        }
        return scorecards;
    }

    /**
     * @return the year's invoices, never null
     * @throws InputException if the bundled file is broken
     */
    public static List<Invoice> invoices() throws InputException {
        return InvoiceCsv.read(DataFile.resource(DATA + "invoices.csv"));
    }

    /**
     * Splits every invoice by population and sums each member's parts per kind of invoice.
     *
     * @param invoices  the invoices, not null
     * @return per kind ({@code development}, {@code maintenance}), per member, the sum of its parts; never null
     */
    public static Map<String, Map<String, Money>> shares(List<Invoice> invoices) {
        Map<String, Map<String, Money>> byKind = new LinkedHashMap<>();
        for (Invoice invoice : invoices) {
            Map<String, Money> parts = ConsortiumSplit.byWeights(invoice.amount(), POPULATION);
            Map<String, Money> sums = byKind.computeIfAbsent(invoice.kind(), k -> new LinkedHashMap<>());
            parts.forEach((member, part) -> sums.merge(member, part, Money::plus));
        }
        return byKind;
    }

    @Override
    public AgreementReport run() throws InputException {
        AgreementHistory history = history();
        Agreement current = history.current().agreement();
        List<Scorecard> quarters = quarters();
        List<Invoice> invoices = invoices();
        return AgreementReport.builder("Scenario 3 · " + title(), current)
                .story("Northfield, Eastbrook and Westmere fund an open-source permit system together and buy development "
                        + "and maintenance from OpenCivic. Every invoice is split by population, exactly to the öre. Each "
                        + "quarter's iteration review adjusts the task, the deadline or the staffing, recorded as amendments; "
                        + "each quarter is scored against the agreement version in force when it began.")
                .trend(quarters)
                .scorecard(quarters.get(quarters.size() - 1))
                .table(splitTable(invoices))
                .table(amendmentTable(history))
                .build();
    }

    private static ReportTable splitTable(List<Invoice> invoices) {
        Map<String, Map<String, Money>> shares = shares(invoices);
        Agreement a = agreement();
        List<List<String>> rows = new ArrayList<>();
        Money zero = Money.zero(a.currency());
        Map<String, Money> kindTotals = new LinkedHashMap<>();
        for (String member : POPULATION.keySet()) {
            List<String> row = new ArrayList<>();
            row.add(a.party(member).orElseThrow().name());
            row.add(POPULATION.get(member).toPlainString());
            Money total = zero;
            for (Map.Entry<String, Map<String, Money>> kind : shares.entrySet()) {
                Money m = kind.getValue().getOrDefault(member, zero);
                row.add(Format.money(m));
                total = total.plus(m);
                kindTotals.merge(kind.getKey(), m, Money::plus);
            }
            row.add(Format.money(total));
            rows.add(row);
        }
        List<String> totalRow = new ArrayList<>(List.of("Invoiced", POPULATION.values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString()));
        kindTotals.values().forEach(m -> totalRow.add(Format.money(m)));
        totalRow.add(Format.money(kindTotals.values().stream().reduce(zero, Money::plus)));
        rows.add(totalRow);
        List<String> columns = new ArrayList<>(List.of("Member", "Population"));
        shares.keySet().forEach(k -> columns.add(Character.toUpperCase(k.charAt(0)) + k.substring(1)));
        columns.add("Total");
        return new ReportTable("Invoices 2026 split by population", columns, rows, Optional.of(invoices.size()
                + " invoices, each split by population with the largest-remainder method: every invoice's parts add up "
                + "to the invoice exactly, so the members' totals add up to the amount invoiced."));
    }

    private static ReportTable amendmentTable(AgreementHistory history) {
        List<List<String>> rows = new ArrayList<>();
        for (AgreementVersion v : history.versions()) {
            v.amendment().ifPresent(am -> rows.add(List.of("v" + v.number(), am.effectiveFrom().toString(),
                    am.description(), am.changes().stream().map(AgreementChange::summary).collect(Collectors.joining("; ")))));
        }
        return new ReportTable("Iteration reviews as amendments", List.of("Version", "In force from", "Decision", "Change"),
                rows, Optional.of("Each quarter is scored against the version in force on its first day."));
    }

    private static Role role(String id, String title, String party, GovernanceLevel level, String counterpart,
            String holder) {
        Role.Builder b = Role.builder().id(id).title(title).party(party).level(level)
                .mandate(title + " mandate at level " + level.letter()).counterpart(counterpart);
        if (holder != null) {
            b.holder(holder);
        }
        return b.build();
    }
}
