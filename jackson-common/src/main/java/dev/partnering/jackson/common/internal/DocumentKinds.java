package dev.partnering.jackson.common.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of partnering documents ({@code {"formatVersion": 1, "<kind>": value}}): the name of
 * the value's field, its (element) type, whether it is a list, and why a result is written only;
 * and the words of the problems of a document's envelope. Each module's {@code Documents} extends
 * this class, so that the kinds' names and table are its own members; it adds how its Jackson line
 * writes and reads them.
 */
public class DocumentKinds {

    /** An agreement. */
    public static final String AGREEMENT = "agreement";
    /** A list of measurements. */
    public static final String MEASUREMENTS = "measurements";
    /** A list of incentive periods. */
    public static final String INCENTIVE_PERIODS = "incentivePeriods";
    /** A scorecard. */
    public static final String SCORECARD = "scorecard";
    /** An incentive statement. */
    public static final String INCENTIVE_STATEMENT = "incentiveStatement";
    /** A term status, written only. */
    public static final String TERM_STATUS = "termStatus";
    /** A term timeline, written only. */
    public static final String TERM_TIMELINE = "termTimeline";
    /** An agreement's history. */
    public static final String AGREEMENT_HISTORY = "agreementHistory";
    /** An exit plan. */
    public static final String EXIT_PLAN = "exitPlan";
    /** A readiness report, written only. */
    public static final String READINESS_REPORT = "readinessReport";
    /** A balance report, written only. */
    public static final String BALANCE_REPORT = "balanceReport";
    /** A simulation report, written only. */
    public static final String SIMULATION_REPORT = "simulationReport";
    /** A back-test, written only. */
    public static final String BACK_TEST = "backTest";
    /** A trust survey. */
    public static final String TRUST_SURVEY = "trustSurvey";
    /** A list of behavioural signals. */
    public static final String BEHAVIOURAL_SIGNALS = "behaviouralSignals";
    /** A signal tally, written only. */
    public static final String SIGNAL_TALLY = "signalTally";
    /** A trust report, written only. */
    public static final String TRUST_REPORT = "trustReport";
    /** A list of forum meetings. */
    public static final String FORUM_MEETINGS = "forumMeetings";
    /** A list of escalations. */
    public static final String ESCALATIONS = "escalations";
    /** A governance report, written only. */
    public static final String GOVERNANCE_REPORT = "governanceReport";
    /** A health report, written only. */
    public static final String HEALTH_REPORT = "healthReport";
    /** An opening balance. */
    public static final String OPENING_BALANCE = "openingBalance";
    /** Standings. */
    public static final String STANDINGS = "standings";
    /** A list of remedy follow-ups. */
    public static final String REMEDY_FOLLOW_UPS = "remedyFollowUps";
    /** A list of minutes. */
    public static final String MINUTES = "minutes";
    /** An action report, written only. */
    public static final String ACTION_REPORT = "actionReport";
    /** A risk register. */
    public static final String RISK_REGISTER = "riskRegister";
    /** A risk review, written only. */
    public static final String RISK_REVIEW = "riskReview";
    /** An improvement backlog. */
    public static final String IMPROVEMENT_BACKLOG = "improvementBacklog";
    /** A backlog report, written only. */
    public static final String BACKLOG_REPORT = "backlogReport";

    /**
     * One kind.
     *
     * @param type  the value's type, a list's element type for a kind that holds a list, not null
     * @param list  true if the value is a list of {@code type}
     * @param writtenOnly  why the kind is never read back and what to do instead, null if it is read
     */
    public record Kind(Class<?> type, boolean list, String writtenOnly) {
    }

    /** Every kind by its name, in the format's order. */
    public static final Map<String, Kind> KINDS = kinds();

    /** For the modules' {@code Documents}, which extend this class; never instantiated. */
    protected DocumentKinds() {
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> m = new LinkedHashMap<>();
        m.put(AGREEMENT, read(dev.partnering.agreement.Agreement.class));
        m.put(MEASUREMENTS, list(dev.partnering.kpi.Measurement.class));
        m.put(INCENTIVE_PERIODS, list(dev.partnering.incentive.IncentivePeriod.class));
        m.put(SCORECARD, read(dev.partnering.scorecard.Scorecard.class));
        m.put(INCENTIVE_STATEMENT, read(dev.partnering.incentive.IncentiveStatement.class));
        m.put(TERM_STATUS, result(dev.partnering.term.TermStatus.class, "a term status",
                "compute it again with ContractTermCalculator.status(term, asOf)"));
        m.put(TERM_TIMELINE, result(dev.partnering.term.TermTimeline.class, "a term timeline",
                "compute it again with ContractTermCalculator.timeline(term)"));
        m.put(AGREEMENT_HISTORY, read(dev.partnering.amendment.AgreementHistory.class));
        m.put(EXIT_PLAN, read(dev.partnering.lifecycle.ExitPlan.class));
        m.put(READINESS_REPORT, result(dev.partnering.lifecycle.ReadinessReport.class, "a readiness report",
                "check the agreement again with HandoverCheck or ExitReadinessCheck"));
        m.put(BALANCE_REPORT, result(dev.partnering.analysis.BalanceReport.class, "a balance report",
                "analyse the scheme again with the BalanceAnalyzer"));
        m.put(SIMULATION_REPORT, result(dev.partnering.analysis.SimulationReport.class, "a simulation report",
                "simulate again with the Simulator (the same seed gives the same report)"));
        m.put(BACK_TEST, result(dev.partnering.analysis.BackTest.class, "a back-test", "back-test again with the BackTester"));
        m.put(TRUST_SURVEY, read(dev.partnering.trust.TrustSurvey.class));
        m.put(BEHAVIOURAL_SIGNALS, list(dev.partnering.trust.BehaviouralSignal.class));
        m.put(SIGNAL_TALLY, result(dev.partnering.trust.SignalTally.class, "a signal tally",
                "count the signals again with SignalTally.count(signals, period)"));
        m.put(TRUST_REPORT, result(dev.partnering.trust.TrustReport.class, "a trust report",
                "it leaves out the answers it was computed from; compute it again from the survey"));
        m.put(FORUM_MEETINGS, list(dev.partnering.governance.ForumMeeting.class));
        m.put(ESCALATIONS, list(dev.partnering.governance.Escalation.class));
        m.put(GOVERNANCE_REPORT, result(dev.partnering.governance.GovernanceReport.class, "a governance report",
                "compute it again from the agreement, the meetings and the escalations"));
        m.put(HEALTH_REPORT, result(dev.partnering.health.HealthReport.class, "a health report",
                "compute it again with a HealthCalculator from its inputs and policy"));
        m.put(OPENING_BALANCE, read(dev.partnering.incentive.OpeningBalance.class));
        m.put(STANDINGS, read(dev.partnering.scorecard.Standings.class));
        m.put(REMEDY_FOLLOW_UPS, list(dev.partnering.incentive.RemedyFollowUp.class));
        m.put(MINUTES, list(dev.partnering.action.Minutes.class));
        m.put(ACTION_REPORT, result(dev.partnering.action.ActionReport.class, "an action report",
                "build the action register again from the minutes and the governance and call reportOn(asOf)"));
        m.put(RISK_REGISTER, read(dev.partnering.risk.RiskRegister.class));
        m.put(RISK_REVIEW, result(dev.partnering.risk.RiskReview.class, "a risk review",
                "its mitigations come from the action register; review the risk register again with it"));
        m.put(IMPROVEMENT_BACKLOG, read(dev.partnering.improvement.ImprovementBacklog.class));
        m.put(BACKLOG_REPORT, result(dev.partnering.improvement.BacklogReport.class, "a backlog report",
                "report on the improvement backlog again with the agreement's parties"));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Kind read(Class<?> type) {
        return new Kind(type, false, null);
    }

    private static Kind list(Class<?> element) {
        return new Kind(element, true, null);
    }

    private static Kind result(Class<?> type, String what, String instead) {
        return new Kind(type, false, what + " is written only, never read back: " + instead);
    }

    /**
     * @param kind  one of {@link #KINDS}, not null
     * @return e.g. {@code an agreement} or {@code measurements}, for messages
     */
    public static String describe(String kind) {
        if (KINDS.get(kind).list() || kind.equals(STANDINGS)) {
            return kind; // a plural name: "measurements", "standings"
        }
        String words = kind.replaceAll("([A-Z])", " $1").toLowerCase();
        return Texts.article(words) + " " + words;
    }

    /**
     * @param found  what the input holds instead, in words, not null
     * @return the problem of an input that is not a document
     */
    public static String notADocument(String found) {
        return "expected a partnering document, e.g. {\"formatVersion\": 1, \"agreement\": {...}}, as a JSON object, found "
                + found;
    }

    /**
     * @param version  the document's format version
     * @param newest  the newest version the module reads
     * @param artifact  the module's artifact, e.g. {@code partnering-jackson}, not null
     * @return why the module cannot read a document of that version, or null if it can
     */
    public static String versionProblem(int version, int newest, String artifact) {
        if (version > newest) {
            return "the document is in format version " + version + ", newer than version " + newest + ", the newest"
                    + " this version of " + artifact + " reads; read it with a newer " + artifact;
        }
        return version < 1 ? "format version " + version + " does not exist; versions start at 1" : null;
    }

    /** The problem of a document without a format version. */
    public static final String VERSION_MISSING = "required field 'formatVersion' is missing";

    /**
     * @param name  the name of a field of a document that is neither the version nor a kind, not null
     * @return the problem of the unknown field
     */
    public static String unknownField(String name) {
        return Words.unknownField(name, "formatVersion and one of " + String.join(", ", KINDS.keySet()));
    }

    /**
     * @param kind  one of {@link #KINDS}, not null
     * @return the problem of a document whose value is JSON {@code null}
     */
    public static String nullValue(String kind) {
        return "expected " + describe(kind) + ", found null";
    }

    /**
     * @param present  the kinds a document holds, not null
     * @return the problem of a document that holds none or more than one
     */
    public static String notExactlyOne(List<String> present) {
        return "a partnering document holds exactly one of " + String.join(", ", KINDS.keySet()) + "; found "
                + (present.isEmpty() ? "none" : String.join(" and ", present));
    }
}
