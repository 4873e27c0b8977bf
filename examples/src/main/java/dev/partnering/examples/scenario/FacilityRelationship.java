package dev.partnering.examples.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.action.Action;
import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionReport;
import dev.partnering.action.Decision;
import dev.partnering.action.Minutes;
import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.report.ReportTable;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.money.Money;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.OutcomeKind;
import dev.partnering.outcome.OutcomeProgress;
import dev.partnering.outcome.OutcomeTracker;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskReview;
import dev.partnering.risk.RiskStatus;
import dev.partnering.scorecard.Scorecard;

/**
 * Relationship management in the vested facility-management scenario ({@link FacilityManagementScenario}):
 * the desired outcomes, two years of forum minutes with their decisions and actions, the joint risk
 * register as it stood at the end of each year, and the improvement backlog whose realised energy
 * savings feed the {@code energy-savings} gain share.
 * <p>
 * The story: in 2026 the parties start an energy programme (night setback, then an LED retrofit),
 * clarify the window-cleaning scope after an escalation and plan offline backups against
 * ransomware; at the end of 2026 two actions are overdue, one risk is past its review date and the
 * agency's proposal of digital cleaning rounds has waited four months for a decision. By the end of
 * 2027 every action is done, every risk reviewed and the pipeline moves.
 *
 * @since 0.1.0
 */
public final class FacilityRelationship {

    private static final String FACILICO = "facilico";
    private static final String RTA = "rta";
    private static final GovernanceLevel A = GovernanceLevel.STRATEGIC;
    private static final GovernanceLevel B = GovernanceLevel.TACTICAL;

    private FacilityRelationship() {
    }

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    /** @return the vision and goals as outcomes measured by the agreement's KPIs, never null */
    public static List<DesiredOutcome> outcomes() {
        return List.of(
                DesiredOutcome.builder().id("vision").kind(OutcomeKind.VISION)
                        .statement("Stations and depots that are clean, fed, maintained and moving")
                        .measuredBy("cleaning-response", BigDecimal.ONE).measuredBy("maintenance-response", BigDecimal.ONE)
                        .measuredBy("vehicle-turnaround", BigDecimal.ONE).measuredBy("restaurant-satisfaction", BigDecimal.ONE)
                        .build(),
                DesiredOutcome.builder().id("sla").statement("95 % of call-outs and work orders handled within their SLA")
                        .measuredBy("cleaning-response", BigDecimal.ONE).measuredBy("maintenance-response", new BigDecimal("2"))
                        .measuredBy("vehicle-turnaround", BigDecimal.ONE).build(),
                DesiredOutcome.builder().id("lunch").statement("85 % of lunch guests satisfied")
                        .measuredBy("restaurant-satisfaction", BigDecimal.ONE).build(),
                DesiredOutcome.builder().id("energy").statement("Energy use down 10 % by 2028").build());
    }

    /** @return the minutes of the forum meetings of 2026 and 2027 that decided or agreed something, never null */
    public static List<Minutes> minutes() {
        return List.of(
                Minutes.builder().meeting(ForumMeeting.held("service-review", day("2026-02-03"), 4, 3))
                        .addDecisions(Decision.of("D-01", "Joint root-cause review of late maintenance work orders", B,
                                day("2026-02-03")))
                        .addActions(action("A-01", "Root-cause analysis of late work orders", FACILICO, "fc-contract",
                                "2026-03-03").decision("D-01").doneOn(day("2026-03-02")).build())
                        .addActions(action("A-02", "Give FaciliCo read access to the work-order backlog", RTA,
                                "rta-facilities", "2026-02-28").decision("D-01").doneOn(day("2026-03-20")).build())
                        .build(),
                Minutes.builder().meeting(ForumMeeting.held("board", day("2026-03-12"), 3, 2))
                        .addDecisions(Decision.of("D-02", "Start an energy programme: night setback, then LED", A,
                                day("2026-03-12")))
                        .addActions(action("A-04", "Business case for the energy programme", FACILICO, "fc-director",
                                "2026-05-31").decision("D-02").doneOn(day("2026-06-20")).build())
                        .build(),
                Minutes.builder().meeting(ForumMeeting.held("site-meeting", day("2026-03-25"), 5, 4))
                        .addActions(action("A-03", "Weekend heating check in every depot", FACILICO, "fc-site",
                                "2026-04-15").escalation("E-2026-02").risk("R-04").doneOn(day("2026-04-10")).build())
                        .build(),
                Minutes.builder().meeting(ForumMeeting.held("service-review", day("2026-06-02"), 4, 3))
                        .addDecisions(Decision.of("D-03", "Window cleaning is in scope twice a year", B, day("2026-06-02")))
                        .addActions(action("A-05", "Amend the service description for window cleaning", RTA,
                                "rta-facilities", "2026-09-30").escalation("E-2026-04").decision("D-03")
                                .doneOn(day("2026-09-01")).build())
                        .build(),
                Minutes.builder().meeting(ForumMeeting.held("board", day("2026-09-10"), 3, 2))
                        .addDecisions(Decision.of("D-04", "Approve the LED retrofit of four depots for 2027", A,
                                day("2026-09-10")))
                        .addActions(action("A-06", "Plan the LED retrofit with the depots", FACILICO, "fc-contract",
                                "2026-11-30").decision("D-04").doneOn(day("2027-02-15")).build())
                        .build(),
                Minutes.builder().meeting(ForumMeeting.held("service-review", day("2026-11-03"), 4, 3))
                        .addActions(action("A-07", "Decide the rates for extra snow clearing", RTA, "rta-facilities",
                                "2026-12-15").escalation("E-2026-06").doneOn(day("2027-01-10")).build())
                        .build(),
                Minutes.builder().meeting(ForumMeeting.held("service-review", day("2026-12-01"), 4, 3))
                        .addActions(action("A-08", "Offline backup of the building management system", FACILICO,
                                "fc-contract", "2027-01-31").risk("R-03").doneOn(day("2027-01-25")).build())
                        .build(),
                Minutes.builder().meeting(ForumMeeting.held("service-review", day("2027-03-02"), 4, 3))
                        .addActions(action("A-09", "Survey lunch guests on the new menu", FACILICO, "fc-contract",
                                "2027-04-30").doneOn(day("2027-04-20")).build())
                        .build());
    }

    private static Action.Builder action(String id, String description, String owner, String role, String due) {
        return Action.builder().id(id).description(description).owner(owner).ownerRole(role).due(day(due));
    }

    /** @return the action register over every forum, never null */
    public static ActionRegister actions() {
        return ActionRegister.of(FacilityManagementScenario.agreement().governance(), minutes());
    }

    /**
     * @param year  2026 or 2027
     * @return the joint risk register as it stood at the end of the year, never null
     */
    public static RiskRegister risks(ReportingPeriod year) {
        boolean first = year.end().getYear() == 2026;
        return RiskRegister.builder()
                .addRisks(risk("R-01", "Key technicians leave for better-paid jobs", FACILICO, 3, 4)
                        .reviewBy(first ? day("2026-09-30") : day("2028-01-31"))
                        .lastReviewed(first ? day("2026-03-12") : day("2027-01-15")).build())
                .addRisks(risk("R-02", "Energy prices rise beyond the budget", RTA, 4, 3)
                        .reviewBy(first ? day("2027-03-31") : day("2028-03-31")).build())
                .addRisks(risk("R-03", "Ransomware locks the building management system", FACILICO, 3, 5)
                        .reviewBy(first ? day("2027-03-31") : day("2028-03-31")).build())
                .addRisks(risk("R-04", "Depot heating fails in a cold weekend", FACILICO, 4, 4)
                        .reviewBy(day("2026-12-31")).status(first ? RiskStatus.OPEN : RiskStatus.CLOSED).build())
                .build();
    }

    private static Risk.Builder risk(String id, String title, String owner, int likelihood, int impact) {
        return Risk.builder().id(id).title(title).owner(owner).likelihood(likelihood).impact(impact)
                .identifiedOn(day("2026-02-03"));
    }

    /** @return the improvement and transformation backlog, never null */
    public static ImprovementBacklog backlog() {
        return ImprovementBacklog.builder().currency(Money.currency("SEK"))
                .addInitiatives(Initiative.builder().id("night-setback").title("Night setback of depot heating")
                        .proposer(FACILICO).decidedBy(B).proposedOn(day("2026-03-03")).status(InitiativeStatus.DELIVERED)
                        .decidedOn(day("2026-05-05")).deliveredOn(day("2026-10-15")).expectedBenefit(sek("50000.00"))
                        .realisedBenefit(sek("60000.00")).gainShare("energy-savings").build())
                .addInitiatives(Initiative.builder().id("led-retrofit").title("LED retrofit of four depots")
                        .proposer(FACILICO).decidedBy(A).proposedOn(day("2026-06-02")).status(InitiativeStatus.DELIVERED)
                        .decidedOn(day("2026-09-10")).deliveredOn(day("2027-10-20")).expectedBenefit(sek("200000.00"))
                        .realisedBenefit(sek("240000.00")).gainShare("energy-savings").build())
                .addInitiatives(Initiative.builder().id("qr-rounds").title("Digital cleaning rounds with QR codes")
                        .proposer(RTA).decidedBy(B).proposedOn(day("2026-08-26")).status(InitiativeStatus.DELIVERED)
                        .decidedOn(day("2027-01-05")).deliveredOn(day("2027-06-01")).expectedBenefit(sek("80000.00"))
                        .realisedBenefit(sek("70000.00")).build())
                .addInitiatives(Initiative.builder().id("van-pool").title("Shared van pool for the site teams")
                        .proposer(FACILICO).decidedBy(B).proposedOn(day("2027-03-02")).status(InitiativeStatus.REJECTED)
                        .decidedOn(day("2027-04-06")).expectedBenefit(sek("30000.00")).build())
                .addInitiatives(Initiative.builder().id("solar").title("Solar panels on depot roofs")
                        .proposer(FACILICO).decidedBy(A).proposedOn(day("2027-11-02")).expectedBenefit(sek("500000.00"))
                        .build())
                .build();
    }

    /**
     * The realised savings of the backlog per quarter, as the cost outcomes of the gain-share
     * components they feed.
     *
     * @param year  the year, not null
     * @return per quarter with savings, the cost outcome per component; never null
     */
    public static Map<ReportingPeriod, Map<String, CostOutcome>> savings(ReportingPeriod year) {
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = new LinkedHashMap<>();
        for (ReportingPeriod q : year.split(Granularity.QUARTER)) {
            Map<String, CostOutcome> c = backlog().costsFor(q);
            if (!c.isEmpty()) {
                costs.put(q, c);
            }
        }
        return costs;
    }

    /**
     * The year's quarterly incentive statement with the gain share fed by the backlog's realised savings.
     *
     * @param year  2026 or 2027
     * @return the statement, never null
     * @throws InputException if the bundled measurements are broken
     */
    public static IncentiveStatement statement(ReportingPeriod year) throws InputException {
        Agreement agreement = FacilityManagementScenario.agreement();
        return IncentiveCalculator.standard().calculate(agreement, agreement.incentiveScheme().orElseThrow(),
                year.split(Granularity.QUARTER), FacilityManagementScenario.measurements(), List.of(), savings(year));
    }

    /**
     * @param year  the year, not null
     * @return the action report, risk review and backlog report at the end of the year, never null
     */
    public static State stateAtEndOf(ReportingPeriod year) {
        LocalDate end = year.end();
        Agreement agreement = FacilityManagementScenario.agreement();
        return new State(actions().reportOn(end), risks(year).review(actions(), end),
                backlog().report(end, agreement.parties()));
    }

    /**
     * Relationship management at the end of a year.
     *
     * @param actions  the action report
     * @param risks  the risk review
     * @param backlog  the backlog report
     */
    public record State(ActionReport actions, RiskReview risks, BacklogReport backlog) {
    }

    /**
     * @return the report's tables: outcome progress per year, the action register, the top risks
     *         and the backlog at the end of the last year; never null
     * @throws InputException if the bundled measurements are broken
     */
    public static List<ReportTable> tables() throws InputException {
        Agreement agreement = FacilityManagementScenario.agreement();
        List<Scorecard> years = ScorecardCalculator.standard().calculate(agreement, FacilityManagementScenario.YEARS,
                FacilityManagementScenario.measurements());
        List<List<String>> outcomeRows = new ArrayList<>();
        for (DesiredOutcome o : agreement.outcomes()) {
            List<String> row = new ArrayList<>(List.of(o.statement(), o.contributions().isEmpty() ? "none yet"
                    : String.join(", ", o.kpiIds())));
            for (Scorecard s : years) {
                OutcomeProgress p = OutcomeTracker.standard().progress(o, s);
                row.add(p.progress().map(v -> v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()).orElse("n/a"));
            }
            outcomeRows.add(row);
        }
        ReportingPeriod last = FacilityManagementScenario.YEARS.get(FacilityManagementScenario.YEARS.size() - 1);
        State state = stateAtEndOf(last);
        List<List<String>> actionRows = new ArrayList<>();
        state.actions().byParty().forEach((p, c) -> actionRows.add(counts("party " + p, c)));
        state.actions().byLevel().forEach((l, c) -> actionRows.add(counts("level " + l.letter(), c)));
        List<List<String>> riskRows = new ArrayList<>();
        for (RiskAssessment r : state.risks().top(5)) {
            riskRows.add(List.of(r.risk().title(), r.risk().owner(), String.valueOf(r.score()),
                    String.valueOf(r.mitigations().size()), r.risk().reviewBy().toString()));
        }
        List<List<String>> backlogRows = new ArrayList<>();
        for (PipelineCell c : state.backlog().pipeline()) {
            backlogRows.add(List.of(c.status().name(), c.level().letter(), String.valueOf(c.count()),
                    c.expectedBenefit().amount().toPlainString()));
        }
        List<String> outcomeColumns = new ArrayList<>(List.of("Outcome", "KPIs"));
        years.forEach(s -> outcomeColumns.add("Progress " + s.period()));
        return List.of(
                new ReportTable("Desired outcomes", outcomeColumns, outcomeRows,
                        Optional.of("Progress is the weighted mean of the KPIs' attainments (1 = at target).")),
                new ReportTable("Actions agreed in the forums, on " + last.end(),
                        List.of("Owner", "Open", "Overdue", "Done", "Done late", "Cancelled"), actionRows, Optional.empty()),
                new ReportTable("Top risks on " + last.end(), List.of("Risk", "Owner", "Score", "Mitigations", "Review by"),
                        riskRows, Optional.empty()),
                new ReportTable("Improvement backlog on " + last.end(), List.of("Status", "Level", "Initiatives", "Expected SEK"),
                        backlogRows, Optional.of("Delivered: expected " + state.backlog().expectedDelivered()
                                + ", realised " + state.backlog().realised() + "; realised energy savings feed the gain share.")));
    }

    private static List<String> counts(String who, ActionCounts c) {
        return List.of(who, String.valueOf(c.open()), String.valueOf(c.overdue()), String.valueOf(c.done()),
                String.valueOf(c.doneLate()), String.valueOf(c.cancelled()));
    }
}
