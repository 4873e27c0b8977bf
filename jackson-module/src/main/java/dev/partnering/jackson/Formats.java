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
 * Every type of the SDK the module reads and writes, and which of them it refuses to read on their
 * own: the table {@link PartneringModule#setupModule} registers the refusals of. Every type is
 * written through Jackson's own serializers: by its mix-in
 * ({@link dev.partnering.jackson.common.mixin.PartneringMixins}), money and reporting periods by the
 * module's scalar serializers ({@link Writing}).
 */
final class Formats {

    private Formats() {
    }

    /**
     * One type's format.
     *
     * @param type  the type, not null
     * @param refusal  why the type is never read on its own and what to do instead, or null if it is
     *                 read (by Jackson, see {@link #read})
     */
    record Format<T>(Class<T> type, String refusal) {
    }

    /** A scalar of the format (money, a reporting period), written and read by the module's own serializer and deserializer. */
    private static <T> Format<T> scalar(Class<T> type) {
        return new Format<>(type, null);
    }

    /**
     * A type written and read through Jackson's own serializers and deserializers, named by its mix-ins
     * ({@link dev.partnering.jackson.common.mixin.PartneringMixins},
     * {@link dev.partnering.jackson.common.mixin.BuilderMixins}).
     */
    private static <T> Format<T> mixin(Class<T> type) {
        return new Format<>(type, null);
    }

    /**
     * A type read by Jackson through its builder or creator
     * ({@link dev.partnering.jackson.common.mixin.BuilderMixins}) and written through its mix-in.
     */
    private static <T> Format<T> read(Class<T> type) {
        return new Format<>(type, null);
    }

    /**
     * A result written only, through its mix-in ({@link dev.partnering.jackson.common.mixin.ResultMixins}), and refused
     * when read.
     *
     * @param instead  what to do instead of reading it
     */
    private static <T> Format<T> result(Class<T> type, String instead) {
        return new Format<>(type, type.getSimpleName() + " is a result, written only, never read back: " + instead);
    }

    /** @return every format, never null */
    static List<Format<?>> all() {
        List<Format<?>> f = new ArrayList<>();
        // money, periods, parties, explanations
        f.add(scalar(Money.class));
        f.add(scalar(ReportingPeriod.class));
        f.add(read(Party.class));
        f.add(read(Explanation.class));
        f.add(read(Step.class));
        f.add(read(Violation.class));
        // agreement and governance
        f.add(read(Agreement.class));
        f.add(read(ResponsibilityArea.class));
        f.add(read(dev.partnering.agreement.Scope.class));
        f.add(read(PeriodFee.class));
        f.add(read(FeeSchedule.class));
        f.add(read(Governance.class));
        f.add(read(Role.class));
        f.add(read(Forum.class));
        f.add(read(EscalationPolicy.class));
        // KPIs
        f.add(read(KpiDefinition.class));
        f.add(read(ValueRange.class));
        f.add(read(Precision.class));
        f.add(read(AggregationRule.class));
        for (Class<?> c : AggregationRule.class.getPermittedSubclasses()) {
            f.add(read(c));
        }
        f.add(read(QualifyingCondition.class));
        for (Class<?> c : QualifyingCondition.class.getPermittedSubclasses()) {
            f.add(read(c));
        }
        f.add(read(Measurement.class));
        f.add(read(Aggregation.class));
        f.add(result(Attainment.class, "compute it again with Attainment.of(kpi, periodValue)"));
        // scorecards
        f.add(read(Scorecard.class));
        f.add(read(ScorecardLine.class));
        f.add(read(ScorecardWarning.class));
        // incentives: statements and their parts, read back to continue at month end
        f.add(read(RemedyFinding.class));
        f.add(read(CostOutcome.class));
        f.add(read(OutcomeLine.class));
        f.add(read(Movement.class));
        f.add(read(AppliedCap.class));
        f.add(read(ComponentOutcome.class));
        f.add(read(PeriodStatement.class));
        f.add(read(IncentiveStatement.class));
        // several suppliers in one room
        f.add(read(dev.partnering.party.Accountability.class));
        for (Class<?> c : dev.partnering.party.Accountability.class.getPermittedSubclasses()) {
            f.add(read(c));
        }
        f.add(result(dev.partnering.scorecard.PartyScorecards.class,
                "compute them again with the PartyScorecardCalculator from the measurements"));
        f.add(result(dev.partnering.analysis.MultiSupplierSimulation.class, "simulate again with the Simulator"));
        f.add(result(dev.partnering.analysis.MultiSupplierBalance.class, "analyse again with the BalanceAnalyzer"));
        for (Class<?> c : List.of(dev.partnering.analysis.MultiSupplierBackTest.class,
                dev.partnering.analysis.MultiSupplierBackTest.SupplierRows.class)) {
            f.add(result(c, "back-test again with the BackTester"));
        }
        f.add(result(dev.partnering.scorecard.ScopeScorecards.class,
                "compute them again with the ScopeScorecardCalculator from the measurements"));
        f.add(read(dev.partnering.incentive.Payment.class));
        f.add(read(dev.partnering.incentive.PartyRemedy.class));
        f.add(read(dev.partnering.incentive.SupplierPeriod.class));
        f.add(read(dev.partnering.incentive.SupplierStatement.class));
        f.add(read(dev.partnering.incentive.ConsolidatedPeriod.class));
        f.add(read(dev.partnering.incentive.MultiSupplierStatement.class));
        f.add(read(Exposure.class));
        f.add(read(dev.partnering.incentive.CarriedPeriod.class));
        f.add(read(dev.partnering.scorecard.StandingBand.class));
        f.add(read(dev.partnering.scorecard.Standings.class));
        f.add(result(dev.partnering.scorecard.Standing.class, "ask the standings again with standingOf(scorecard)"));
        f.add(result(dev.partnering.evaluation.ContractYearScores.ContractYearScore.class,
                "compute it again with ContractYearScores from the scorecards"));
        f.add(result(BalanceReport.class, "analyse the scheme again with the BalanceAnalyzer"));
        f.add(result(SimulationReport.class, "simulate again with the Simulator (the same seed gives the same report)"));
        f.add(result(SimulationReport.Distribution.class, "simulate again with the Simulator"));
        f.add(result(BackTest.class, "back-test again with the BackTester"));
        f.add(result(BackTest.Row.class, "back-test again with the BackTester"));
        // lifecycle
        f.add(read(ContractTerm.class));
        f.add(read(ExtensionOption.class));
        f.add(read(OptionExercise.class));
        f.add(result(OptionDecision.class, "compute the term status again with ContractTermCalculator"));
        f.add(result(TermStatus.class, "compute it again with ContractTermCalculator.status(term, asOf)"));
        f.add(result(TermMilestone.class, "compute the timeline again with ContractTermCalculator.timeline(term)"));
        f.add(result(TermTimeline.class, "compute it again with ContractTermCalculator.timeline(term)"));
        f.add(read(HandoverDeclaration.class));
        f.add(read(ExitPlan.class));
        f.add(read(ReturnObligation.class));
        f.add(read(OpenFinancialItem.class));
        for (Class<?> c : List.of(ReadinessGap.class, ReadinessReport.class)) {
            f.add(result(c, "check the agreement again with HandoverCheck or ExitReadinessCheck"));
        }
        f.add(read(AgreementChange.class));
        for (Class<?> c : AgreementChange.class.getPermittedSubclasses()) {
            f.add(read(c));
        }
        f.add(read(Amendment.class));
        f.add(read(AgreementHistory.class));
        f.add(result(AgreementVersion.class, "a version is rebuilt from its history; read the AgreementHistory that holds it"));
        for (Class<?> c : List.of(Difference.class, AgreementDiff.class)) {
            f.add(result(c, "read the AgreementHistory and call diff(from, to) on it"));
        }
        // trust
        f.add(mixin(LikertScale.class));
        f.add(mixin(TrustDimension.class));
        // read by Jackson only inside the survey that holds it (Builders.WITHIN); written through its mix-in, the dimension by id
        f.add(mixin(Answer.class));
        f.add(mixin(SurveyResponse.class));
        f.add(mixin(TrustSurvey.class));
        f.add(mixin(TrustPolicy.class));
        f.add(mixin(BehaviouralSignal.class));
        for (Class<?> c : List.of(SignalTally.class, SignalTally.Count.class)) {
            f.add(result(c, "count the signals again with SignalTally.count(signals, period)"));
        }
        f.add(result(TrustGroup.class, "compute the trust report again from the survey"));
        f.add(result(GroupScore.class, "compute the trust report again from the survey"));
        for (Class<?> c : GroupScore.class.getPermittedSubclasses()) {
            f.add(result(c, "compute the trust report again from the survey"));
        }
        for (Class<?> c : List.of(SelfImage.class, DimensionTrust.class, TrustIndex.class, LevelTrust.class,
                TrustChange.class, TrustTrend.class)) {
            f.add(result(c, "compute the trust report again from the survey"));
        }
        f.add(result(TrustReport.class, "it leaves out the answers it was computed from; compute it again from the survey"));
        for (Class<?> c : List.of(dev.partnering.trust.PartyTrustGroup.class, dev.partnering.trust.PartyFigure.class,
                dev.partnering.trust.PartyTrustReport.class)) {
            f.add(result(c, "compute the trust per party again from the survey"));
        }
        // governance in operation
        f.add(mixin(ForumMeeting.class));
        f.add(mixin(EscalationStep.class));
        f.add(mixin(Escalation.class));
        f.add(result(Escalation.Stay.class, "ask the escalation again with staysUntil(date)"));
        for (Class<?> c : List.of(ForumActivity.class, OverdueEscalation.class, LevelActivity.class)) {
            f.add(result(c, "compute the governance report again from the agreement, the meetings and the escalations"));
        }
        f.add(result(GovernanceReport.class, "compute it again from the agreement, the meetings and the escalations"));
        // health
        f.add(read(HealthReason.class));
        f.add(mixin(HealthInputs.class));
        f.add(mixin(HealthPolicy.class));
        f.add(result(HealthReport.class, "compute it again with a HealthCalculator from its inputs and policy"));
        // relationship management: outcomes, decisions and actions, risks, the improvement backlog; the simple
        // values are written through their mix-ins
        f.add(read(dev.partnering.outcome.KpiContribution.class));
        f.add(read(dev.partnering.outcome.DesiredOutcome.class));
        f.add(result(dev.partnering.outcome.OutcomeCoverage.class, "check the agreement's outcomeCoverage() again"));
        f.add(result(dev.partnering.outcome.OutcomeProgress.class,
                "compute it again with the OutcomeTracker from the scorecards"));
        f.add(mixin(dev.partnering.action.Decision.class));
        f.add(mixin(dev.partnering.action.RemedyLink.class));
        f.add(mixin(dev.partnering.action.Action.class));
        f.add(mixin(dev.partnering.action.Minutes.class));
        for (Class<?> c : List.of(dev.partnering.action.ActionCounts.class, dev.partnering.action.RegisteredAction.class,
                dev.partnering.action.ActionRegister.class)) {
            f.add(result(c, "it is built from the minutes and the governance; read the minutes and call"
                    + " ActionRegister.of(governance, minutes)"));
        }
        f.add(result(dev.partnering.action.ActionReport.class, "build the action register again and call reportOn(asOf)"));
        f.add(mixin(dev.partnering.governance.EscalationOutcome.class));
        f.add(mixin(dev.partnering.risk.RiskScale.class));
        f.add(mixin(dev.partnering.risk.Risk.class));
        f.add(mixin(dev.partnering.risk.RiskRegister.class));
        for (Class<?> c : List.of(dev.partnering.risk.RiskAssessment.class, dev.partnering.risk.RiskReview.class)) {
            f.add(result(c, "review the risk register again with the action register"));
        }
        f.add(mixin(dev.partnering.improvement.Initiative.class));
        f.add(mixin(dev.partnering.improvement.ImprovementBacklog.class));
        f.add(result(dev.partnering.improvement.PipelineCell.class, "report on the improvement backlog again"));
        f.add(result(dev.partnering.improvement.BacklogReport.class, "report on the improvement backlog again"));
        return Collections.unmodifiableList(f);
    }
}
