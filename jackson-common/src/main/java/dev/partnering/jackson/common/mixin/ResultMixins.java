package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import dev.partnering.action.Action;
import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.Minutes;
import dev.partnering.action.RegisteredAction;
import dev.partnering.agreement.Agreement;
import dev.partnering.amendment.AgreementDiff;
import dev.partnering.amendment.AgreementVersion;
import dev.partnering.amendment.Amendment;
import dev.partnering.amendment.Difference;
import dev.partnering.analysis.BackTest;
import dev.partnering.analysis.BalanceReport;
import dev.partnering.analysis.MultiSupplierBackTest;
import dev.partnering.analysis.MultiSupplierBalance;
import dev.partnering.analysis.MultiSupplierSimulation;
import dev.partnering.analysis.SimulationReport;
import dev.partnering.evaluation.ContractYearScores;
import dev.partnering.explanation.Explanation;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.Forum;
import dev.partnering.governance.ForumActivity;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.governance.OverdueEscalation;
import dev.partnering.explanation.Step;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.kpi.Attainment;
import dev.partnering.lifecycle.ReadinessGap;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.lifecycle.ReadinessRequirement;
import dev.partnering.money.Money;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.outcome.OutcomeProgress;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskReview;
import dev.partnering.scorecard.PartyScorecards;
import dev.partnering.scorecard.ScopeScorecards;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.Standing;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.term.OptionDecision;
import dev.partnering.term.TermMilestone;
import dev.partnering.term.TermState;
import dev.partnering.term.TermStatus;
import dev.partnering.term.TermTimeline;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.Focus;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.PartyFigure;
import dev.partnering.trust.PartyTrustGroup;
import dev.partnering.trust.PartyTrustReport;
import dev.partnering.trust.SelfImage;
import dev.partnering.trust.SuppressionReason;
import dev.partnering.trust.TrustChange;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustGroup;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustTrend;

/**
 * The mix-ins of the SDK's results that are written only: scorecards of several parties, term
 * status, health, trust and governance reports, analyses. Like {@link PartneringMixins} each
 * names every field the format writes, in the format's order (see {@code FORMAT.md}), and nothing
 * else of the type is seen by Jackson. These types are never read back: the module refuses them
 * when read, because they are computed from inputs that they do not all hold.
 * <p>
 * Only {@code com.fasterxml.jackson.annotation} is used, so the same classes serve Jackson 2 and
 * Jackson 3. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultMixins {

    private ResultMixins() {
    }

    /** @return every mix-in of a result by the type it annotates, in a fixed order, never null */
    public static Map<Class<?>, Class<?>> all() {
        Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
        m.put(Attainment.class, AttainmentMixin.class);
        m.put(OptionDecision.class, OptionDecisionMixin.class);
        m.put(TermStatus.class, TermStatusMixin.class);
        m.put(TermMilestone.class, TermMilestoneMixin.class);
        m.put(TermTimeline.class, TermTimelineMixin.class);
        // trust
        m.put(TrustGroup.class, TrustGroupMixin.class);
        m.put(GroupScore.class, GroupScoreMixin.class);
        m.put(GroupScore.Shown.class, Shown.class);
        m.put(GroupScore.Suppressed.class, Suppressed.class);
        m.put(GroupScore.NoAnswers.class, NoAnswers.class);
        m.put(SelfImage.class, SelfImageMixin.class);
        m.put(DimensionTrust.class, DimensionTrustMixin.class);
        m.put(TrustIndex.class, TrustIndexMixin.class);
        m.put(LevelTrust.class, LevelTrustMixin.class);
        m.put(TrustChange.class, TrustChangeMixin.class);
        m.put(TrustTrend.class, TrustTrendMixin.class);
        m.put(PartyTrustGroup.class, PartyTrustGroupMixin.class);
        m.put(PartyFigure.class, PartyFigureMixin.class);
        m.put(PartyTrustReport.class, PartyTrustReportMixin.class);
        // governance in operation
        m.put(Escalation.Stay.class, StayMixin.class);
        m.put(ForumActivity.class, ForumActivityMixin.class);
        m.put(OverdueEscalation.class, OverdueEscalationMixin.class);
        m.put(LevelActivity.class, LevelActivityMixin.class);
        m.put(GovernanceReport.class, GovernanceReportMixin.class);
        // analyses
        m.put(BalanceReport.class, BalanceReportMixin.class);
        m.put(SimulationReport.Distribution.class, DistributionMixin.class);
        m.put(SimulationReport.class, SimulationReportMixin.class);
        m.put(BackTest.Row.class, BackTestRowMixin.class);
        m.put(BackTest.class, BackTestMixin.class);
        m.put(MultiSupplierBalance.class, MultiSupplierBalanceMixin.class);
        m.put(MultiSupplierSimulation.class, MultiSupplierSimulationMixin.class);
        m.put(MultiSupplierBackTest.SupplierRows.class, SupplierRowsMixin.class);
        m.put(MultiSupplierBackTest.class, MultiSupplierBackTestMixin.class);
        m.put(PartyScorecards.class, PartyScorecardsMixin.class);
        m.put(ScopeScorecards.class, ScopeScorecardsMixin.class);
        // month end
        m.put(Standing.class, StandingMixin.class);
        m.put(ContractYearScores.ContractYearScore.class, ContractYearScoreMixin.class);
        // lifecycle: readiness, versions and their differences
        m.put(ReadinessGap.class, ReadinessGapMixin.class);
        m.put(ReadinessReport.class, ReadinessReportMixin.class);
        m.put(AgreementVersion.class, AgreementVersionMixin.class);
        m.put(Difference.class, DifferenceMixin.class);
        m.put(AgreementDiff.class, AgreementDiffMixin.class);
        // relationship management
        m.put(OutcomeCoverage.class, OutcomeCoverageMixin.class);
        m.put(OutcomeProgress.class, OutcomeProgressMixin.class);
        m.put(ActionCounts.class, ActionCountsMixin.class);
        m.put(RegisteredAction.class, RegisteredActionMixin.class);
        m.put(ActionRegister.class, ActionRegisterMixin.class);
        m.put(RiskAssessment.class, RiskAssessmentMixin.class);
        m.put(RiskReview.class, RiskReviewMixin.class);
        m.put(PipelineCell.class, PipelineCellMixin.class);
        return m;
    }

    // ---------------------------------------------------------------- KPIs

    @JsonPropertyOrder({"value", "explanation"})
    abstract static class AttainmentMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract BigDecimal value();
        @JsonProperty abstract Step explanation();
    }

    // ---------------------------------------------------------------- contract terms

    @JsonPropertyOrder({"optionNumber", "option", "deadline", "endDateIfExercised", "daysUntilDeadline"})
    abstract static class OptionDecisionMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract int optionNumber();
        @JsonProperty abstract ExtensionOption option();
        @JsonProperty abstract LocalDate deadline();
        @JsonProperty abstract LocalDate endDateIfExercised();
        @JsonProperty abstract long daysUntilDeadline();
    }

    @JsonPropertyOrder({"term", "asOf", "state", "optionsExercised", "initialEndDate", "currentEndDate", "latestEndDate",
            "latestAttainableEndDate", "nextDecision", "lapsedOptions", "timeRemaining", "daysRemaining", "explanation"})
    abstract static class TermStatusMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ContractTerm term();
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract TermState state();
        @JsonProperty abstract int optionsExercised();
        @JsonProperty abstract LocalDate initialEndDate();
        @JsonProperty abstract LocalDate currentEndDate();
        @JsonProperty abstract LocalDate latestEndDate();
        @JsonProperty abstract LocalDate latestAttainableEndDate();
        @JsonProperty abstract Optional<OptionDecision> nextDecision();
        @JsonProperty abstract List<Integer> lapsedOptions();
        @JsonProperty abstract Period timeRemaining();
        @JsonProperty abstract long daysRemaining();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"date", "kind", "optionNumber", "description"})
    abstract static class TermMilestoneMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate date();
        @JsonProperty abstract TermMilestone.Kind kind();
        @JsonProperty abstract int optionNumber();
        @JsonProperty abstract String description();
    }

    @JsonPropertyOrder({"term", "milestones"})
    abstract static class TermTimelineMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ContractTerm term();
        @JsonProperty abstract List<TermMilestone> milestones();
    }

    // ---------------------------------------------------------------- trust

    @JsonPropertyOrder({"dimension", "side", "level", "focus", "label"})
    abstract static class TrustGroupMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract TrustDimension dimension();
        @JsonProperty abstract Optional<PartyKind> side();
        @JsonProperty abstract Optional<GovernanceLevel> level();
        @JsonProperty abstract Optional<Focus> focus();
        @JsonProperty abstract String label();
    }

    /** A figure of a trust report; a suppressed one is its group, reason and minimum group size, never a number. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(GroupScore.Shown.class), @JsonSubTypes.Type(GroupScore.Suppressed.class),
            @JsonSubTypes.Type(GroupScore.NoAnswers.class)})
    abstract static class GroupScoreMixin extends PartneringMixins.Hidden {
    }

    @JsonTypeName("shown")
    @JsonPropertyOrder({"group", "value", "answers", "respondents"})
    abstract static class Shown extends PartneringMixins.Hidden {
        @JsonProperty abstract TrustGroup group();
        @JsonProperty abstract BigDecimal value();
        @JsonProperty abstract int answers();
        @JsonProperty abstract int respondents();
    }

    @JsonTypeName("suppressed")
    @JsonPropertyOrder({"group", "reason", "minimumGroupSize"})
    abstract static class Suppressed extends PartneringMixins.Hidden {
        @JsonProperty abstract TrustGroup group();
        @JsonProperty abstract SuppressionReason reason();
        @JsonProperty abstract int minimumGroupSize();
    }

    @JsonTypeName("no-answers")
    abstract static class NoAnswers extends PartneringMixins.Hidden {
        @JsonProperty abstract TrustGroup group();
    }

    @JsonPropertyOrder({"side", "self", "seenByPartner", "gap"})
    abstract static class SelfImageMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract PartyKind side();
        @JsonProperty abstract GroupScore self();
        @JsonProperty abstract GroupScore seenByPartner();
        @JsonProperty abstract Optional<BigDecimal> gap();
    }

    @JsonPropertyOrder({"dimension", "weight", "overall", "customer", "supplier", "perceptionGap", "customerSelfImage",
            "supplierSelfImage"})
    abstract static class DimensionTrustMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract TrustDimension dimension();
        @JsonProperty abstract BigDecimal weight();
        @JsonProperty abstract GroupScore overall();
        @JsonProperty abstract GroupScore customer();
        @JsonProperty abstract GroupScore supplier();
        @JsonProperty abstract Optional<BigDecimal> perceptionGap();
        @JsonProperty abstract SelfImage customerSelfImage();
        @JsonProperty abstract SelfImage supplierSelfImage();
    }

    @JsonPropertyOrder({"value", "included", "leftOut"})
    abstract static class TrustIndexMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Optional<BigDecimal> value();
        @JsonProperty abstract List<TrustDimension> included();
        @JsonProperty abstract List<TrustDimension> leftOut();
    }

    @JsonPropertyOrder({"side", "level", "scores", "index"})
    abstract static class LevelTrustMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract PartyKind side();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract List<GroupScore> scores();
        @JsonProperty abstract TrustIndex index();
    }

    @JsonPropertyOrder({"figure", "previous", "current", "change"})
    abstract static class TrustChangeMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String figure();
        @JsonProperty abstract BigDecimal previous();
        @JsonProperty abstract BigDecimal current();
        @JsonProperty abstract BigDecimal change();
    }

    @JsonPropertyOrder({"previousAssessment", "changes"})
    abstract static class TrustTrendMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate previousAssessment();
        @JsonProperty abstract List<TrustChange> changes();
    }

    @JsonPropertyOrder({"dimension", "party", "level", "about", "label"})
    abstract static class PartyTrustGroupMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract TrustDimension dimension();
        @JsonProperty abstract Optional<String> party();
        @JsonProperty abstract Optional<GovernanceLevel> level();
        @JsonProperty abstract Optional<String> about();
        @JsonProperty abstract String label();
    }

    @JsonPropertyOrder({"group", "score", "suppression"})
    abstract static class PartyFigureMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract PartyTrustGroup group();
        @JsonProperty abstract Optional<BigDecimal> score();
        @JsonProperty abstract Optional<SuppressionReason> suppression();
    }

    @JsonPropertyOrder({"assessmentDate", "minimumGroupSize", "figures", "explanation"})
    abstract static class PartyTrustReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate assessmentDate();
        @JsonProperty abstract int minimumGroupSize();
        @JsonProperty abstract List<PartyFigure> figures();
        @JsonProperty abstract Explanation explanation();
    }

    // ---------------------------------------------------------------- governance in operation

    @JsonPropertyOrder({"level", "from", "until", "closed"})
    abstract static class StayMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract LocalDate from();
        @JsonProperty abstract LocalDate until();
        @JsonProperty("closed") abstract boolean isClosed();
    }

    @JsonPropertyOrder({"forum", "scheduled", "held", "cancelled", "lastHeld", "overdue"})
    abstract static class ForumActivityMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Forum forum();
        @JsonProperty abstract int scheduled();
        @JsonProperty abstract int held();
        @JsonProperty abstract int cancelled();
        @JsonProperty abstract Optional<LocalDate> lastHeld();
        @JsonProperty("overdue") abstract boolean isOverdue();
    }

    @JsonPropertyOrder({"escalation", "level", "since", "days", "allowed", "dueBy"})
    abstract static class OverdueEscalationMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Escalation escalation();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract LocalDate since();
        @JsonProperty abstract long days();
        @JsonProperty abstract Duration allowed();
        @JsonProperty abstract LocalDate dueBy();
    }

    @JsonPropertyOrder({"level", "forums", "lastHeld", "stale", "attendance", "heldWithoutBothSides", "raised", "resolved",
            "resolvedWhereRaised", "resolvedAfterRaisedHere", "meanDaysToResolve", "overdue"})
    abstract static class LevelActivityMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract List<ForumActivity> forums();
        @JsonProperty abstract Optional<LocalDate> lastHeld();
        @JsonProperty("stale") abstract boolean isStale();
        @JsonProperty abstract Map<PartyKind, Integer> attendance();
        @JsonProperty abstract int heldWithoutBothSides();
        @JsonProperty abstract int raised();
        @JsonProperty abstract int resolved();
        @JsonProperty abstract int resolvedWhereRaised();
        @JsonProperty abstract int resolvedAfterRaisedHere();
        @JsonProperty abstract Optional<BigDecimal> meanDaysToResolve();
        @JsonProperty abstract List<OverdueEscalation> overdue();
    }

    @JsonPropertyOrder({"agreementId", "period", "evaluatedOn", "levels", "scheduledMeetings", "heldMeetings", "heldShare",
            "resolvedEscalations", "resolvedWhereRaised", "resolvedWhereRaisedShare", "judgedAgainstDeadline",
            "withinDeadline", "withinDeadlineShare", "score", "explanation"})
    abstract static class GovernanceReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String agreementId();
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract LocalDate evaluatedOn();
        @JsonProperty abstract List<LevelActivity> levels();
        @JsonProperty abstract int scheduledMeetings();
        @JsonProperty abstract int heldMeetings();
        @JsonProperty abstract Optional<BigDecimal> heldShare();
        @JsonProperty abstract int resolvedEscalations();
        @JsonProperty abstract int resolvedWhereRaised();
        @JsonProperty abstract Optional<BigDecimal> resolvedWhereRaisedShare();
        @JsonProperty abstract int judgedAgainstDeadline();
        @JsonProperty abstract int withinDeadline();
        @JsonProperty abstract Optional<BigDecimal> withinDeadlineShare();
        @JsonProperty abstract Optional<BigDecimal> score();
        @JsonProperty abstract Explanation explanation();
    }

    // ---------------------------------------------------------------- analyses

    @JsonPropertyOrder({"periodFee", "periodsPerYear", "upsidePerPeriod", "downsidePerPeriod", "upsidePerYear",
            "downsidePerYear", "upsideToDownside", "warnings", "explanation"})
    abstract static class BalanceReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Money periodFee();
        @JsonProperty abstract int periodsPerYear();
        @JsonProperty abstract Optional<Money> upsidePerPeriod();
        @JsonProperty abstract Optional<Money> downsidePerPeriod();
        @JsonProperty abstract Optional<Money> upsidePerYear();
        @JsonProperty abstract Optional<Money> downsidePerYear();
        @JsonProperty abstract Optional<BigDecimal> upsideToDownside();
        @JsonProperty abstract List<String> warnings();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"mean", "p5", "p50", "p95", "min", "max"})
    abstract static class DistributionMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Money mean();
        @JsonProperty abstract Money p5();
        @JsonProperty abstract Money p50();
        @JsonProperty abstract Money p95();
        @JsonProperty abstract Money min();
        @JsonProperty abstract Money max();
    }

    @JsonPropertyOrder({"periods", "seed", "supplier", "customer", "explanation"})
    abstract static class SimulationReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract int periods();
        @JsonProperty abstract long seed();
        @JsonProperty abstract SimulationReport.Distribution supplier();
        @JsonProperty abstract SimulationReport.Distribution customer();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"period", "currentNet", "proposedNet"})
    abstract static class BackTestRowMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Money currentNet();
        @JsonProperty abstract Money proposedNet();
    }

    @JsonPropertyOrder({"rows", "current", "proposed", "explanation"})
    abstract static class BackTestMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract List<BackTest.Row> rows();
        @JsonProperty abstract IncentiveStatement current();
        @JsonProperty abstract IncentiveStatement proposed();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"supplierId", "rows"})
    abstract static class SupplierRowsMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String supplierId();
        @JsonProperty abstract List<BackTest.Row> rows();
    }

    /** The rows per supplier as a list of objects naming the supplier ({@code supplierRows()}), not the core's map. */
    @JsonPropertyOrder({"suppliers", "whole", "current", "proposed", "explanation"})
    abstract static class MultiSupplierBackTestMixin extends PartneringMixins.Hidden {
        @JsonProperty("suppliers") abstract List<MultiSupplierBackTest.SupplierRows> supplierRows();
        @JsonProperty abstract List<BackTest.Row> whole();
        @JsonProperty abstract MultiSupplierStatement current();
        @JsonProperty abstract MultiSupplierStatement proposed();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"own", "joint", "suppliers", "whole", "explanation"})
    abstract static class MultiSupplierBalanceMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Map<String, BalanceReport> own();
        @JsonProperty abstract Optional<BalanceReport> joint();
        @JsonProperty abstract Map<String, Exposure> suppliers();
        @JsonProperty abstract Exposure whole();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"periods", "seed", "suppliers", "whole", "customer", "explanation"})
    abstract static class MultiSupplierSimulationMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract int periods();
        @JsonProperty abstract long seed();
        @JsonProperty abstract Map<String, SimulationReport.Distribution> suppliers();
        @JsonProperty abstract SimulationReport.Distribution whole();
        @JsonProperty abstract SimulationReport.Distribution customer();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"period", "whole", "suppliers", "joint", "customerSide", "unassigned", "explanation"})
    abstract static class PartyScorecardsMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Scorecard whole();
        @JsonProperty abstract Map<String, Scorecard> suppliers();
        @JsonProperty abstract Scorecard joint();
        @JsonProperty abstract Scorecard customerSide();
        @JsonProperty abstract List<String> unassigned();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"period", "rule", "scopes", "weights", "rolledUpScore", "leftOut", "unscoped", "explanation"})
    abstract static class ScopeScorecardsMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract ScopeScorecards.RollUp rule();
        @JsonProperty abstract Map<String, Scorecard> scopes();
        @JsonProperty abstract Map<String, BigDecimal> weights();
        @JsonProperty abstract Optional<BigDecimal> rolledUpScore();
        @JsonProperty abstract List<String> leftOut();
        @JsonProperty abstract int unscoped();
        @JsonProperty abstract Explanation explanation();
    }

    // ---------------------------------------------------------------- month end

    @JsonPropertyOrder({"period", "band", "score", "explanation"})
    abstract static class StandingMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract StandingBand band();
        @JsonProperty abstract BigDecimal score();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"start", "end", "score", "days", "explanation"})
    abstract static class ContractYearScoreMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate start();
        @JsonProperty abstract LocalDate end();
        @JsonProperty abstract Optional<BigDecimal> score();
        @JsonProperty abstract long days();
        @JsonProperty abstract Explanation explanation();
    }

    // ---------------------------------------------------------------- lifecycle

    @JsonPropertyOrder({"requirement", "path", "message"})
    abstract static class ReadinessGapMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract ReadinessRequirement requirement();
        @JsonProperty abstract String path();
        @JsonProperty abstract String message();
    }

    @JsonPropertyOrder({"check", "agreementId", "ready", "requirements", "gaps"})
    abstract static class ReadinessReportMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String check();
        @JsonProperty abstract String agreementId();
        @JsonProperty("ready") abstract boolean isReady();
        @JsonProperty abstract List<ReadinessRequirement> requirements();
        @JsonProperty abstract List<ReadinessGap> gaps();
    }

    @JsonPropertyOrder({"number", "effectiveFrom", "amendment", "agreement"})
    abstract static class AgreementVersionMixin extends PartneringMixins.Hidden {
        /** Read only inside the history that holds it, which checks it against its amendment. */
        @com.fasterxml.jackson.annotation.JsonCreator
        static AgreementVersion of(@JsonProperty("number") int number, @JsonProperty("effectiveFrom") LocalDate effectiveFrom,
                @JsonProperty("agreement") Agreement agreement, @JsonProperty("amendment") Optional<Amendment> amendment) {
            return null;
        }
        @JsonProperty abstract int number();
        @JsonProperty abstract LocalDate effectiveFrom();
        @JsonProperty abstract Optional<Amendment> amendment();
        @JsonProperty abstract Agreement agreement();
    }

    @JsonPropertyOrder({"subject", "before", "after"})
    abstract static class DifferenceMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String subject();
        @JsonProperty abstract Optional<String> before();
        @JsonProperty abstract Optional<String> after();
    }

    @JsonPropertyOrder({"from", "to", "amendments", "differences"})
    abstract static class AgreementDiffMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract AgreementVersion from();
        @JsonProperty abstract AgreementVersion to();
        @JsonProperty abstract List<Amendment> amendments();
        @JsonProperty abstract List<Difference> differences();
    }

    // ---------------------------------------------------------------- relationship management

    @JsonPropertyOrder({"outcomesWithoutKpis", "kpisWithoutOutcome", "complete", "explanation"})
    abstract static class OutcomeCoverageMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract List<String> outcomesWithoutKpis();
        @JsonProperty abstract List<String> kpisWithoutOutcome();
        @JsonProperty("complete") abstract boolean isComplete();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"outcomeId", "period", "progress", "unmeasured", "explanation"})
    abstract static class OutcomeProgressMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract String outcomeId();
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract Optional<BigDecimal> progress();
        @JsonProperty abstract List<String> unmeasured();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"open", "overdue", "done", "doneLate", "cancelled"})
    abstract static class ActionCountsMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract int open();
        @JsonProperty abstract int overdue();
        @JsonProperty abstract int done();
        @JsonProperty abstract int doneLate();
        @JsonProperty abstract int cancelled();
    }

    @JsonPropertyOrder({"action", "forum", "level", "agreedOn"})
    abstract static class RegisteredActionMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Action action();
        @JsonProperty abstract String forum();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract LocalDate agreedOn();
    }

    /** The register's minutes, in the register's order (by date, then forum); its decisions and actions follow from them. */
    abstract static class ActionRegisterMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract List<Minutes> minutes();
    }

    @JsonPropertyOrder({"risk", "high", "unreviewed", "mitigations", "score", "unmitigatedHigh"})
    abstract static class RiskAssessmentMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract Risk risk();
        @JsonProperty abstract boolean high();
        @JsonProperty abstract boolean unreviewed();
        @JsonProperty abstract List<RegisteredAction> mitigations();
        @JsonProperty abstract int score();
        @JsonProperty("unmitigatedHigh") abstract boolean isUnmitigatedHigh();
    }

    @JsonPropertyOrder({"asOf", "register", "assessments", "explanation"})
    abstract static class RiskReviewMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract LocalDate asOf();
        @JsonProperty abstract RiskRegister register();
        @JsonProperty abstract List<RiskAssessment> assessments();
        @JsonProperty abstract Explanation explanation();
    }

    @JsonPropertyOrder({"status", "level", "count", "expectedBenefit"})
    abstract static class PipelineCellMixin extends PartneringMixins.Hidden {
        @JsonProperty abstract InitiativeStatus status();
        @JsonProperty abstract GovernanceLevel level();
        @JsonProperty abstract int count();
        @JsonProperty abstract Money expectedBenefit();
    }
}
