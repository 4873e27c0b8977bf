package dev.partnering.jackson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.EscalationStep;
import dev.partnering.governance.Forum;
import dev.partnering.governance.ForumActivity;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.governance.OverdueEscalation;
import dev.partnering.governance.Role;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReason;
import dev.partnering.health.HealthReport;
import dev.partnering.analysis.BackTest;
import dev.partnering.analysis.BalanceReport;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.AppliedCap;
import dev.partnering.analysis.SimulationReport;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Attainment;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.Precision;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementDiff;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.AgreementVersion;
import dev.partnering.amendment.Amendment;
import dev.partnering.term.ContractTerm;
import dev.partnering.amendment.Difference;
import dev.partnering.lifecycle.ExitPlan;
import dev.partnering.term.ExtensionOption;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.OpenFinancialItem;
import dev.partnering.term.OptionDecision;
import dev.partnering.term.OptionExercise;
import dev.partnering.lifecycle.ReadinessGap;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.lifecycle.ReturnObligation;
import dev.partnering.term.TermMilestone;
import dev.partnering.term.TermStatus;
import dev.partnering.term.TermTimeline;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.scorecard.ScorecardWarning;
import dev.partnering.trust.Answer;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SelfImage;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustChange;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustGroup;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;
import dev.partnering.trust.TrustTrend;

/**
 * Every type the module reads and writes, with its writer and reader: the table
 * {@link PartneringModule#setupModule} registers.
 */
final class Formats {

    private Formats() {
    }

    /**
     * One type's format. For a closed family the writer is registered for the family's type and
     * applies to every member; a reader is registered for the family and for each member class.
     *
     * @param type  the type, not null
     * @param writer  its writer, or null when a family's writer or a mix-in covers it
     * @param reader  its reader, not null
     */
    record Format<T>(Class<T> type, ValueWriter<? super T> writer, ValueReader<? extends T> reader) {
        /** @return this format without its reader: the type is read by Jackson's own deserializers */
        Format<T> writeOnly() {
            return new Format<>(type, writer, null);
        }
    }

    private static <T> Format<T> of(Class<T> type, ValueWriter<? super T> writer, ValueReader<? extends T> reader) {
        return new Format<>(type, writer, reader);
    }

    /** A type that can be written but not read on its own, with the reason. */
    private static <T> Format<T> writeOnly(Class<T> type, ValueWriter<? super T> writer, String instead) {
        return new Format<>(type, writer, unreadable(type.getSimpleName() + " cannot be read on its own: " + instead));
    }

    /**
     * A result written only, through its mix-in ({@link dev.partnering.jackson.common.mixin.ResultMixins}), and refused
     * when read.
     *
     * @param instead  what to do instead of reading it
     */
    private static <T> Format<T> result(Class<T> type, String instead) {
        return result(type, instead, null);
    }

    /** A result written only, by its own writer (null: through its mix-in), and refused when read. */
    private static <T> Format<T> result(Class<T> type, String instead, ValueWriter<? super T> writer) {
        return new Format<>(type, writer, unreadable(type.getSimpleName() + " is a result, written only, never read back: "
                + instead));
    }

    /**
     * @param message  why the value cannot be read and what to read instead
     * @return a reader that refuses every value with the message
     */
    static <T> ValueReader<T> unreadable(String message) {
        return in -> {
            throw in.fail(message);
        };
    }

    /** A member of a closed family: read through the family, written by the family's writer. */
    static <T> Format<T> member(Class<T> type, ValueReader<?> family) {
        return new Format<>(type, null, Families.member(type, family));
    }

    /** @return every format, never null */
    static List<Format<?>> all() {
        List<Format<?>> f = new ArrayList<>();
        // money, periods, parties, explanations
        f.add(of(Money.class, Scalars.MONEY_OUT, Scalars.MONEY));
        f.add(of(ReportingPeriod.class, Scalars.REPORTING_PERIOD_OUT, Scalars.REPORTING_PERIOD));
        f.add(of(Party.class, null, AgreementFormats.PARTY));
        f.add(of(Explanation.class, ExplanationFormats.EXPLANATION_OUT, ExplanationFormats.EXPLANATION));
        f.add(of(Step.class, ExplanationFormats.STEP_OUT, ExplanationFormats.STEP));
        f.add(of(Violation.class, ExplanationFormats.VIOLATION_OUT, ExplanationFormats.VIOLATION));
        // agreement and governance
        f.add(of(Agreement.class, AgreementFormats.AGREEMENT_OUT, AgreementFormats.AGREEMENT));
        f.add(of(ResponsibilityArea.class, null, AgreementFormats.AREA));
        f.add(of(dev.partnering.agreement.Scope.class, null, AgreementFormats.SCOPE));
        f.add(of(PeriodFee.class, null, AgreementFormats.PERIOD_FEE));
        f.add(of(FeeSchedule.class, null, AgreementFormats.FEE_SCHEDULE));
        f.add(of(Governance.class, AgreementFormats.GOVERNANCE_OUT, AgreementFormats.GOVERNANCE));
        f.add(of(Role.class, null, AgreementFormats.ROLE));
        f.add(of(Forum.class, AgreementFormats.FORUM_OUT, AgreementFormats.FORUM));
        f.add(of(EscalationPolicy.class, AgreementFormats.ESCALATION_OUT, AgreementFormats.ESCALATION));
        // KPIs
        f.add(of(KpiDefinition.class, null, KpiFormats.KPI));
        f.add(of(ValueRange.class, null, KpiFormats.RANGE));
        f.add(of(Precision.class, AgreementFormats.PRECISION_OUT, AgreementFormats.PRECISION));
        f.add(of(AggregationRule.class, null, KpiFormats.RULE));
        for (Class<?> c : AggregationRule.class.getPermittedSubclasses()) {
            f.add(member(c, KpiFormats.RULE));
        }
        f.add(of(QualifyingCondition.class, null, KpiFormats.CONDITION));
        for (Class<?> c : QualifyingCondition.class.getPermittedSubclasses()) {
            f.add(member(c, KpiFormats.CONDITION));
        }
        f.add(of(Measurement.class, null, KpiFormats.MEASUREMENT));
        f.add(of(Aggregation.class, KpiFormats.AGGREGATION_OUT, KpiFormats.AGGREGATION));
        f.add(result(Attainment.class, "compute it again with Attainment.of(kpi, periodValue)"));
        // scorecards
        f.add(of(Scorecard.class, ScorecardFormats.SCORECARD_OUT, ScorecardFormats.SCORECARD));
        f.add(of(ScorecardLine.class, ScorecardFormats.LINE_OUT, ScorecardFormats.LINE));
        f.add(of(ScorecardWarning.class, ScorecardFormats.WARNING_OUT, ScorecardFormats.WARNING));
        // incentives
        f.add(of(RemedyFinding.class, IncentiveFormats.FINDING_OUT, IncentiveFormats.FINDING));
        f.add(of(CostOutcome.class, IncentiveFormats.COST_OUT, IncentiveFormats.COST));
        f.add(of(OutcomeLine.class, IncentiveFormats.OUTCOME_LINE_OUT, IncentiveFormats.OUTCOME_LINE));
        f.add(of(Movement.class, IncentiveFormats.MOVEMENT_OUT, IncentiveFormats.MOVEMENT));
        f.add(of(AppliedCap.class, IncentiveFormats.CAP_OUT, IncentiveFormats.CAP));
        f.add(of(ComponentOutcome.class, IncentiveFormats.OUTCOME_OUT, IncentiveFormats.OUTCOME));
        f.add(of(PeriodStatement.class, IncentiveFormats.PERIOD_STATEMENT_OUT, IncentiveFormats.PERIOD_STATEMENT));
        f.add(of(IncentiveStatement.class, IncentiveFormats.STATEMENT_OUT, IncentiveFormats.STATEMENT));
        // several suppliers in one room
        f.add(of(dev.partnering.party.Accountability.class, null, MultiSupplierFormats.ACCOUNTABILITY));
        for (Class<?> c : dev.partnering.party.Accountability.class.getPermittedSubclasses()) {
            f.add(member(c, MultiSupplierFormats.ACCOUNTABILITY));
        }
        f.add(result(dev.partnering.scorecard.PartyScorecards.class,
                "compute them again with the PartyScorecardCalculator from the measurements"));
        f.add(result(dev.partnering.analysis.MultiSupplierSimulation.class, "simulate again with the Simulator"));
        f.add(result(dev.partnering.analysis.MultiSupplierBalance.class, "analyse again with the BalanceAnalyzer"));
        f.add(result(dev.partnering.analysis.MultiSupplierBackTest.class, "back-test again with the BackTester",
                MultiSupplierFormats.MULTI_BACK_TEST_OUT));
        f.add(result(dev.partnering.scorecard.ScopeScorecards.class,
                "compute them again with the ScopeScorecardCalculator from the measurements"));
        f.add(of(dev.partnering.incentive.Payment.class, MultiSupplierFormats.PAYMENT_OUT, MultiSupplierFormats.PAYMENT));
        f.add(of(dev.partnering.incentive.PartyRemedy.class, MultiSupplierFormats.PARTY_REMEDY_OUT,
                MultiSupplierFormats.PARTY_REMEDY));
        f.add(of(dev.partnering.incentive.SupplierPeriod.class, MultiSupplierFormats.SUPPLIER_PERIOD_OUT,
                MultiSupplierFormats.SUPPLIER_PERIOD));
        f.add(of(dev.partnering.incentive.SupplierStatement.class, MultiSupplierFormats.SUPPLIER_STATEMENT_OUT,
                MultiSupplierFormats.SUPPLIER_STATEMENT));
        f.add(of(dev.partnering.incentive.ConsolidatedPeriod.class, MultiSupplierFormats.CONSOLIDATED_PERIOD_OUT,
                MultiSupplierFormats.CONSOLIDATED_PERIOD));
        f.add(of(dev.partnering.incentive.MultiSupplierStatement.class, MultiSupplierFormats.MULTI_STATEMENT_OUT,
                MultiSupplierFormats.MULTI_STATEMENT));
        f.add(of(Exposure.class, IncentiveFormats.EXPOSURE_OUT, IncentiveFormats.EXPOSURE));
        // read through its builder; written by hand: its maps by sorted key, its limits only when there are any
        f.add(of(dev.partnering.incentive.CarriedPeriod.class, IncentiveFormats.CARRIED_PERIOD_OUT, null));
        f.add(of(dev.partnering.scorecard.StandingBand.class, MonthEndFormats.BAND_OUT, MonthEndFormats.BAND));
        f.add(of(dev.partnering.scorecard.Standings.class, MonthEndFormats.STANDINGS_OUT, MonthEndFormats.STANDINGS));
        f.add(result(dev.partnering.scorecard.Standing.class, "ask the standings again with standingOf(scorecard)"));
        f.add(result(dev.partnering.evaluation.ContractYearScores.ContractYearScore.class,
                "compute it again with ContractYearScores from the scorecards"));
        f.add(result(BalanceReport.class, "analyse the scheme again with the BalanceAnalyzer"));
        f.add(result(SimulationReport.class, "simulate again with the Simulator (the same seed gives the same report)"));
        f.add(result(SimulationReport.Distribution.class, "simulate again with the Simulator"));
        f.add(result(BackTest.class, "back-test again with the BackTester"));
        f.add(result(BackTest.Row.class, "back-test again with the BackTester"));
        // lifecycle
        f.add(of(ContractTerm.class, LifecycleFormats.CONTRACT_TERM_OUT, LifecycleFormats.CONTRACT_TERM));
        f.add(of(ExtensionOption.class, null, LifecycleFormats.OPTION));
        f.add(of(OptionExercise.class, null, LifecycleFormats.EXERCISE));
        f.add(result(OptionDecision.class, "compute the term status again with ContractTermCalculator"));
        f.add(result(TermStatus.class, "compute it again with ContractTermCalculator.status(term, asOf)"));
        f.add(result(TermMilestone.class, "compute the timeline again with ContractTermCalculator.timeline(term)"));
        f.add(result(TermTimeline.class, "compute it again with ContractTermCalculator.timeline(term)"));
        f.add(of(HandoverDeclaration.class, LifecycleFormats.HANDOVER_OUT, LifecycleFormats.HANDOVER));
        f.add(of(ExitPlan.class, LifecycleFormats.EXIT_PLAN_OUT, LifecycleFormats.EXIT_PLAN));
        f.add(of(ReturnObligation.class, null, LifecycleFormats.RETURN));
        f.add(of(OpenFinancialItem.class, null, LifecycleFormats.OPEN_ITEM));
        for (Class<?> c : List.of(ReadinessGap.class, ReadinessReport.class)) {
            f.add(result(c, "check the agreement again with HandoverCheck or ExitReadinessCheck"));
        }
        f.add(of(AgreementChange.class, LifecycleFormats.CHANGE_OUT, LifecycleFormats.CHANGE));
        for (Class<?> c : AgreementChange.class.getPermittedSubclasses()) {
            f.add(member(c, LifecycleFormats.CHANGE));
        }
        f.add(of(Amendment.class, LifecycleFormats.AMENDMENT_OUT, LifecycleFormats.AMENDMENT));
        f.add(of(AgreementHistory.class, LifecycleFormats.HISTORY_OUT, LifecycleFormats.HISTORY));
        f.add(result(AgreementVersion.class, "a version is rebuilt from its history; read the AgreementHistory that holds it"));
        for (Class<?> c : List.of(Difference.class, AgreementDiff.class)) {
            f.add(result(c, "read the AgreementHistory and call diff(from, to) on it"));
        }
        // trust
        f.add(of(LikertScale.class, TrustFormats.SCALE_OUT, TrustFormats.SCALE));
        f.add(of(TrustDimension.class, TrustFormats.DIMENSION_OUT, TrustFormats.DIMENSION));
        f.add(writeOnly(Answer.class, TrustFormats.ANSWER_OUT,
                "an answer names its dimension by id; read the TrustSurvey that holds it, which defines its dimensions"));
        f.add(writeOnly(SurveyResponse.class, TrustFormats.RESPONSE_OUT,
                "its answers name their dimensions by id; read the TrustSurvey that holds it, which defines its dimensions"));
        f.add(of(TrustSurvey.class, TrustFormats.SURVEY_OUT, TrustFormats.SURVEY));
        f.add(of(TrustPolicy.class, TrustFormats.POLICY_OUT, TrustFormats.POLICY));
        f.add(of(BehaviouralSignal.class, TrustFormats.SIGNAL_OUT, TrustFormats.SIGNAL));
        f.add(result(SignalTally.class, "count the signals again with SignalTally.count(signals, period)", TrustFormats.TALLY_OUT));
        f.add(result(TrustGroup.class, "compute the trust report again from the survey"));
        f.add(result(GroupScore.class, "compute the trust report again from the survey"));
        for (Class<?> c : GroupScore.class.getPermittedSubclasses()) {
            f.add(result(c, "compute the trust report again from the survey"));
        }
        for (Class<?> c : List.of(SelfImage.class, DimensionTrust.class, TrustIndex.class, LevelTrust.class,
                TrustChange.class, TrustTrend.class)) {
            f.add(result(c, "compute the trust report again from the survey"));
        }
        f.add(result(TrustReport.class, "it leaves out the answers it was computed from; compute it again from the survey",
                TrustFormats.REPORT_OUT));
        for (Class<?> c : List.of(dev.partnering.trust.PartyTrustGroup.class, dev.partnering.trust.PartyFigure.class,
                dev.partnering.trust.PartyTrustReport.class)) {
            f.add(result(c, "compute the trust per party again from the survey"));
        }
        // governance in operation
        f.add(of(ForumMeeting.class, GovernanceFormats.MEETING_OUT, GovernanceFormats.MEETING));
        f.add(of(EscalationStep.class, GovernanceFormats.STEP_OUT, GovernanceFormats.STEP));
        f.add(of(Escalation.class, GovernanceFormats.ESCALATION_OUT, GovernanceFormats.ESCALATION));
        f.add(result(Escalation.Stay.class, "ask the escalation again with staysUntil(date)"));
        for (Class<?> c : List.of(ForumActivity.class, OverdueEscalation.class, LevelActivity.class)) {
            f.add(result(c, "compute the governance report again from the agreement, the meetings and the escalations"));
        }
        f.add(result(GovernanceReport.class, "compute it again from the agreement, the meetings and the escalations"));
        // health
        f.add(of(HealthReason.class, HealthFormats.REASON_OUT, HealthFormats.REASON));
        f.add(of(HealthInputs.class, HealthFormats.INPUTS_OUT, HealthFormats.INPUTS));
        f.add(of(HealthPolicy.class, HealthFormats.POLICY_OUT, HealthFormats.POLICY));
        f.add(result(HealthReport.class, "compute it again with a HealthCalculator from its inputs and policy",
                HealthFormats.REPORT_OUT));
        // relationship management: outcomes, decisions and actions, risks, the improvement backlog; the simple
        // values are written through their mix-ins
        f.add(of(dev.partnering.outcome.KpiContribution.class, null,
                RelationshipFormats.CONTRIBUTION));
        f.add(of(dev.partnering.outcome.DesiredOutcome.class, null, RelationshipFormats.OUTCOME));
        f.add(result(dev.partnering.outcome.OutcomeCoverage.class, "check the agreement's outcomeCoverage() again"));
        f.add(result(dev.partnering.outcome.OutcomeProgress.class,
                "compute it again with the OutcomeTracker from the scorecards"));
        f.add(of(dev.partnering.action.Decision.class, null, RelationshipFormats.DECISION));
        f.add(of(dev.partnering.action.RemedyLink.class, null, RelationshipFormats.REMEDY_LINK));
        f.add(of(dev.partnering.action.Action.class, null, RelationshipFormats.ACTION));
        f.add(of(dev.partnering.action.Minutes.class, RelationshipFormats.MINUTES_OUT, RelationshipFormats.MINUTES));
        for (Class<?> c : List.of(dev.partnering.action.ActionCounts.class, dev.partnering.action.RegisteredAction.class,
                dev.partnering.action.ActionRegister.class)) {
            f.add(result(c, "it is built from the minutes and the governance; read the minutes and call"
                    + " ActionRegister.of(governance, minutes)"));
        }
        f.add(result(dev.partnering.action.ActionReport.class, "build the action register again and call reportOn(asOf)",
                RelationshipFormats.ACTION_REPORT_OUT));
        f.add(of(dev.partnering.governance.EscalationOutcome.class, null,
                RelationshipFormats.ESCALATION_OUTCOME));
        f.add(of(dev.partnering.risk.RiskScale.class, null, RelationshipFormats.SCALE));
        f.add(of(dev.partnering.risk.Risk.class, null, RelationshipFormats.RISK));
        f.add(of(dev.partnering.risk.RiskRegister.class, RelationshipFormats.RISK_REGISTER_OUT,
                RelationshipFormats.RISK_REGISTER));
        for (Class<?> c : List.of(dev.partnering.risk.RiskAssessment.class, dev.partnering.risk.RiskReview.class)) {
            f.add(result(c, "review the risk register again with the action register"));
        }
        f.add(of(dev.partnering.improvement.Initiative.class, null, RelationshipFormats.INITIATIVE));
        f.add(of(dev.partnering.improvement.ImprovementBacklog.class, RelationshipFormats.BACKLOG_OUT,
                RelationshipFormats.BACKLOG));
        f.add(result(dev.partnering.improvement.PipelineCell.class, "report on the improvement backlog again"));
        f.add(result(dev.partnering.improvement.BacklogReport.class, "report on the improvement backlog again",
                RelationshipFormats.BACKLOG_REPORT_OUT));
        // documents
        f.add(of(PartneringDocument.class, Documents.DOCUMENT_OUT, Documents.DOCUMENT));
        return Collections.unmodifiableList(f);
    }
}
