package dev.partnering.examples.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.Progress;
import dev.partnering.examples.json.AgreementSource;
import dev.partnering.examples.json.JsonFormat;
import dev.partnering.examples.report.AgreementReport;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.kpi.Measurement;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/**
 * Scenario 4, <b>ERP integration</b>: what an integration does at the end of a quarter. It reads the
 * agreement from the JSON the contract system keeps ({@code scenarios/hospital-linen/agreement.json}),
 * streams the measurements the ERP exported as CSV ({@code measurements.csv}: one row per day and
 * KPI, plus one per emergency call-out; rows during a snowstorm excluded as force majeure), reads
 * the breach events ({@code events.csv}: stock-outs), computes the quarter's scorecard and the
 * incentive statement of its three months, and writes the statement as JSON for the ERP to post.
 * <p>
 * The agreement: a regional hospital buys linen and sterile goods from a laundry. On-time delivery
 * and the defect rate are ratio KPIs (summed over the days), emergency response a mean of hours;
 * 8 % of the monthly fee is at risk, a stock-out costs 25,000 SEK (at most 5 % of the month's fee),
 * and the month's net adjustment is floored at −10 % of the fee.
 *
 * @since 0.1.0
 */
public final class ErpIntegrationScenario implements Scenario {

    static final String DATA = "scenarios/hospital-linen/";

    /** The quarter the integration closes. */
    public static final ReportingPeriod QUARTER = ReportingPeriod.quarter(2026, 1);

    private final AgreementSource source;

    /**
     * @param source  where the agreement comes from, usually {@link JsonFormat#standard()}, not null
     */
    public ErpIntegrationScenario(AgreementSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public String title() {
        return "ERP integration";
    }

    /** @return the bundled agreement document, never null */
    public static DataFile agreementFile() {
        return DataFile.resource(DATA + "agreement.json");
    }

    /**
     * The agreement the bundled JSON document describes, built in code: the reference the document
     * is checked against, and what an ERP without JSON would build from its own records.
     *
     * @return the agreement, never null
     */
    public static Agreement referenceAgreement() {
        return Agreement.builder()
                .id("hospital-linen")
                .title("Linen and sterile goods for Lakeside Regional Hospital")
                .addParties(Party.customer("lakeside", "Lakeside Regional Hospital"),
                        Party.supplier("cleantex", "CleanTex AB"))
                .term(ContractTerm.builder().startDate(LocalDate.of(2026, 1, 1)).initialDuration(Period.ofYears(4))
                        .addExtensionOptions(ExtensionOption.of(Period.ofYears(2), Period.ofMonths(9))).build())
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Clean linen and sterile goods on every ward, every day, without anyone having to chase them")
                .addGoals("98 % of deliveries on time", "At most 0.5 % of items rejected")
                .addResponsibilityAreas(ResponsibilityArea.of("laundry", "Laundry and sterilisation", "cleantex"),
                        ResponsibilityArea.of("logistics", "Deliveries to the wards", "cleantex"),
                        ResponsibilityArea.of("ordering", "Ward orders and stock levels", "lakeside"))
                .governance(Governance.builder()
                        .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                        .addRoles(role("lk-director", "Director of support services", "lakeside", GovernanceLevel.STRATEGIC,
                                        "ct-director"),
                                role("ct-director", "Regional director", "cleantex", GovernanceLevel.STRATEGIC, "lk-director"),
                                role("lk-logistics", "Logistics manager", "lakeside", GovernanceLevel.TACTICAL, "ct-service"),
                                role("ct-service", "Service manager", "cleantex", GovernanceLevel.TACTICAL, "lk-logistics"))
                        .addForums(Forum.builder().id("contract-board").name("Contract board").level(GovernanceLevel.STRATEGIC)
                                        .cadence(Cadence.QUARTERLY).addParticipants("lk-director", "ct-director").build(),
                                Forum.builder().id("service-meeting").name("Service meeting").level(GovernanceLevel.TACTICAL)
                                        .cadence(Cadence.MONTHLY).addParticipants("lk-logistics", "ct-service").build())
                        .escalationPolicy(EscalationPolicy.builder()
                                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5))
                                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(15)).build())
                        .build())
                .addKpis(KpiDefinition.builder().id("on-time-delivery").name("Deliveries on time").unit("share")
                                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0.90"), new BigDecimal("0.98"))
                                .aggregation(AggregationRule.ratio()).validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE))
                                .weight(new BigDecimal("2")).dataSource("CleanTex delivery notes, signed on the ward")
                                .measurementMethod("Deliveries within the agreed window / all deliveries, per day")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build(),
                        KpiDefinition.builder().id("defect-rate").name("Items rejected at goods receipt").unit("share")
                                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("0.025"), new BigDecimal("0.005"))
                                .aggregation(AggregationRule.ratio()).validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE))
                                .dataSource("Goods-receipt inspection").measurementMethod("Rejected items / delivered items, per day")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build(),
                        KpiDefinition.builder().id("emergency-response").name("Emergency call-out response").unit("hours")
                                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("4"), new BigDecimal("2"))
                                .aggregation(AggregationRule.mean()).validRange(ValueRange.atLeast(BigDecimal.ZERO))
                                .dataSource("Emergency call log").measurementMethod("Hours from call to delivery, per call-out")
                                .effectiveFrom(LocalDate.of(2026, 1, 1)).build())
                .currency(Money.currency("SEK"))
                .feeSchedule(FeeSchedule.monthly(Money.of("800000.00", "SEK"), YearMonth.of(2026, 1), YearMonth.of(2029, 12)))
                .incentiveScheme(IncentiveScheme.builder()
                        .addComponents(
                                AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("8"))
                                        .allocate("on-time-delivery", new BigDecimal("50")).allocate("defect-rate", new BigDecimal("30"))
                                        .allocate("emergency-response", new BigDecimal("20")).build(),
                                Penalty.builder().id("stock-out").basis(Penalty.Basis.PER_EVENT)
                                        .rate(Money.of("25000", "SEK")).periodCapPercent(new BigDecimal("5")).build())
                        .floor(Bound.percentOfFee(new BigDecimal("10")))
                        .build())
                .build();
    }

    /**
     * Evaluates the quarter from the bundled exports.
     *
     * @param agreement  the agreement, as read from JSON or built, not null
     * @return the evaluation, never null
     * @throws InputException if a bundled file is broken
     */
    public static PeriodEvaluation evaluate(Agreement agreement) throws InputException {
        return PeriodEvaluation.evaluate(agreement, QUARTER, DataFile.resource(DATA + "measurements.csv"),
                Optional.of(DataFile.resource(DATA + "events.csv")), Progress.none());
    }

    /**
     * Reads the agreement through the source and evaluates the quarter.
     *
     * @return the evaluation, never null
     * @throws InputException if the agreement document or a data file cannot be read
     */
    public PeriodEvaluation evaluate() throws InputException {
        return evaluate(source.read(agreementFile()));
    }

    /**
     * Writes the statement for the ERP to post, as the Jackson module formats it.
     *
     * @param evaluation  the quarter's evaluation, not null
     * @param out  where to write, not null
     * @throws IOException if writing fails
     * @throws UnsupportedOperationException if the Jackson module cannot write statements
     */
    public static void writeStatement(PeriodEvaluation evaluation, OutputStream out) throws IOException {
        JsonFormat.standard().write(evaluation.statement().orElseThrow(), out);
    }

    /**
     * The ERP's month end: the statement it stored last month and this month's measurements and
     * events give the statement through this month, continuing from the stored statement's closing
     * balance instead of recomputing every month since the start. Every KPI and month without data
     * is warned about on the new period's statement ({@link dev.partnering.incentive.PeriodStatement#warnings()}).
     *
     * @param agreement  the agreement, not null
     * @param stored  the statement stored at the previous month end, not null
     * @param month  the month closing now, the one after the stored statement's last, not null
     * @param measurements  the measurements (of this month, and earlier ones for LAST_KNOWN), not null
     * @param events  the breach events, in any order (only this month's count), not null
     * @return the statement through {@code month}, to store for the next month end, never null
     * @throws dev.partnering.ValidationException if the stored statement cannot be continued with this month
     * @since 0.1.0
     */
    public static IncentiveStatement monthEnd(Agreement agreement, IncentiveStatement stored, ReportingPeriod month,
            java.util.Collection<Measurement> measurements, java.util.Collection<BreachEvent> events) {
        IncentivePeriod inputs = IncentivePeriod.builder().period(month)
                .scorecard(ScorecardCalculator.standard().calculate(agreement, month, measurements))
                .addAllEvents(events.stream().filter(e -> month.contains(e.date())).toList()).build();
        return IncentiveCalculator.standard().continueFrom(agreement, agreement.incentiveScheme().orElseThrow(), stored, inputs);
    }

    @Override
    public AgreementReport run() throws InputException {
        return report(evaluate());
    }

    /**
     * @param evaluation  the quarter's evaluation, not null
     * @return the scenario's report of it, never null
     */
    public static AgreementReport report(PeriodEvaluation evaluation) {
        return evaluation.report("Scenario 4 · ERP integration", "A regional hospital and its linen and sterile-goods "
                + "supplier. The integration reads the agreement from JSON, streams the ERP's measurement export (CSV, one "
                + "row per day and KPI; snowstorm days excluded as force majeure), reads the stock-out events, and computes "
                + "the quarter's scorecard and the monthly incentive statement it posts back to the ERP as JSON.");
    }

    private static Role role(String id, String title, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(title).party(party).level(level)
                .mandate(title + " mandate at level " + level.letter()).counterpart(counterpart).build();
    }
}
