package dev.partnering.jackson.common.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionReport;
import dev.partnering.action.RegisteredAction;
import dev.partnering.amendment.AgreementDiff;
import dev.partnering.amendment.AgreementVersion;
import dev.partnering.amendment.Difference;
import dev.partnering.analysis.BackTest;
import dev.partnering.analysis.BalanceReport;
import dev.partnering.analysis.MultiSupplierBackTest;
import dev.partnering.analysis.MultiSupplierBalance;
import dev.partnering.analysis.MultiSupplierSimulation;
import dev.partnering.analysis.SimulationReport;
import dev.partnering.evaluation.ContractYearScores;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumActivity;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.governance.OverdueEscalation;
import dev.partnering.health.HealthReport;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.kpi.Attainment;
import dev.partnering.lifecycle.ReadinessGap;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.outcome.OutcomeProgress;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskReview;
import dev.partnering.scorecard.PartyScorecards;
import dev.partnering.scorecard.ScopeScorecards;
import dev.partnering.scorecard.Standing;
import dev.partnering.term.OptionDecision;
import dev.partnering.term.TermMilestone;
import dev.partnering.term.TermStatus;
import dev.partnering.term.TermTimeline;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.PartyFigure;
import dev.partnering.trust.PartyTrustGroup;
import dev.partnering.trust.PartyTrustReport;
import dev.partnering.trust.SelfImage;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.TrustChange;
import dev.partnering.trust.TrustGroup;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustTrend;

/**
 * The results of the SDK, written only, never read back: each result type with the message both
 * modules refuse reading a value of it on its own with, saying what to do instead ("X is a result,
 * written only, never read back: …"). A result is computed from inputs it does not all hold (a trust
 * report leaves out the answers on purpose), so it is computed again instead. Each module registers a
 * guarded refusing deserializer for each; a result that Jackson also reads inside the value holding it
 * ({@code BuilderMixins.read()} names it) is refused only on its own. The documents of results are
 * refused in {@link DocumentKinds}' words.
 */
public final class Results {

    private static final Map<Class<?>, String> REFUSALS = table();

    private Results() {
    }

    /** @return every result type with the message a read of a value of it on its own is refused with, never null */
    public static Map<Class<?>, String> refusals() {
        return REFUSALS;
    }

    private static Map<Class<?>, String> table() {
        Map<Class<?>, String> m = new LinkedHashMap<>();
        result(m, "compute it again with Attainment.of(kpi, periodValue)", Attainment.class);
        // several suppliers in one room
        result(m, "compute them again with the PartyScorecardCalculator from the measurements", PartyScorecards.class);
        result(m, "simulate again with the Simulator", MultiSupplierSimulation.class);
        result(m, "analyse again with the BalanceAnalyzer", MultiSupplierBalance.class);
        result(m, "back-test again with the BackTester", MultiSupplierBackTest.class, MultiSupplierBackTest.SupplierRows.class);
        result(m, "compute them again with the ScopeScorecardCalculator from the measurements", ScopeScorecards.class);
        result(m, "ask the standings again with standingOf(scorecard)", Standing.class);
        result(m, "compute it again with ContractYearScores from the scorecards", ContractYearScores.ContractYearScore.class);
        result(m, "analyse the scheme again with the BalanceAnalyzer", BalanceReport.class);
        result(m, "simulate again with the Simulator (the same seed gives the same report)", SimulationReport.class);
        result(m, "simulate again with the Simulator", SimulationReport.Distribution.class);
        result(m, "back-test again with the BackTester", BackTest.class, BackTest.Row.class);
        // lifecycle
        result(m, "compute the term status again with ContractTermCalculator", OptionDecision.class);
        result(m, "compute it again with ContractTermCalculator.status(term, asOf)", TermStatus.class);
        result(m, "compute the timeline again with ContractTermCalculator.timeline(term)", TermMilestone.class);
        result(m, "compute it again with ContractTermCalculator.timeline(term)", TermTimeline.class);
        result(m, "check the agreement again with HandoverCheck or ExitReadinessCheck", ReadinessGap.class,
                ReadinessReport.class);
        result(m, "a version is rebuilt from its history; read the AgreementHistory that holds it", AgreementVersion.class);
        result(m, "read the AgreementHistory and call diff(from, to) on it", Difference.class, AgreementDiff.class);
        // trust
        result(m, "count the signals again with SignalTally.count(signals, period)", SignalTally.class,
                SignalTally.Count.class);
        String survey = "compute the trust report again from the survey";
        result(m, survey, TrustGroup.class, GroupScore.class);
        result(m, survey, GroupScore.class.getPermittedSubclasses());
        result(m, survey, SelfImage.class, DimensionTrust.class, TrustIndex.class, LevelTrust.class, TrustChange.class,
                TrustTrend.class);
        result(m, "it leaves out the answers it was computed from; compute it again from the survey", TrustReport.class);
        result(m, "compute the trust per party again from the survey", PartyTrustGroup.class, PartyFigure.class,
                PartyTrustReport.class);
        // governance in operation
        result(m, "ask the escalation again with staysUntil(date)", Escalation.Stay.class);
        result(m, "compute the governance report again from the agreement, the meetings and the escalations",
                ForumActivity.class, OverdueEscalation.class, LevelActivity.class);
        result(m, "compute it again from the agreement, the meetings and the escalations", GovernanceReport.class);
        // health
        result(m, "compute it again with a HealthCalculator from its inputs and policy", HealthReport.class);
        // relationship management
        result(m, "check the agreement's outcomeCoverage() again", OutcomeCoverage.class);
        result(m, "compute it again with the OutcomeTracker from the scorecards", OutcomeProgress.class);
        result(m, "it is built from the minutes and the governance; read the minutes and call"
                + " ActionRegister.of(governance, minutes)", ActionCounts.class, RegisteredAction.class, ActionRegister.class);
        result(m, "build the action register again and call reportOn(asOf)", ActionReport.class);
        result(m, "review the risk register again with the action register", RiskAssessment.class, RiskReview.class);
        result(m, "report on the improvement backlog again", PipelineCell.class, BacklogReport.class);
        return Collections.unmodifiableMap(m);
    }

    /** Adds results refused in the same words: "X is a result, written only, never read back: {@code instead}". */
    private static void result(Map<Class<?>, String> m, String instead, Class<?>... types) {
        for (Class<?> type : List.of(types)) {
            m.put(type, type.getSimpleName() + " is a result, written only, never read back: " + instead);
        }
    }
}
