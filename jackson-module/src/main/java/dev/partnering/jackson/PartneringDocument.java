package dev.partnering.jackson;

import java.util.List;
import java.util.Objects;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.health.HealthReport;
import dev.partnering.analysis.BackTest;
import dev.partnering.analysis.BalanceReport;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.analysis.SimulationReport;
import dev.partnering.kpi.Measurement;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.lifecycle.ExitPlan;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.term.TermStatus;
import dev.partnering.term.TermTimeline;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.Standings;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;

/**
 * A partnering JSON document: one top-level value with the format version it is written in, as
 * exchanged between systems, e.g. {@code {"formatVersion": 1, "agreement": {...}}}.
 * <p>
 * The field beside {@code formatVersion} names the kind of value: {@code agreement},
 * {@code measurements}, {@code incentivePeriods}, {@code scorecard}, {@code incentiveStatement},
 * {@code termStatus}, {@code termTimeline}, {@code agreementHistory}, {@code exitPlan},
 * {@code readinessReport}, {@code balanceReport}, {@code simulationReport}, {@code backTest},
 * {@code trustSurvey}, {@code behaviouralSignals}, {@code signalTally}, {@code trustReport},
 * {@code forumMeetings}, {@code escalations}, {@code governanceReport}, {@code healthReport},
 * {@code openingBalance}, {@code standings}, {@code remedyFollowUps},
 * {@code minutes}, {@code actionReport}, {@code riskRegister}, {@code riskReview},
 * {@code improvementBacklog} or {@code backlogReport}.
 * Reading a document whose {@code formatVersion} is newer than {@link #FORMAT_VERSION} fails with
 * a {@link PartneringJsonException} that says so; every change to the format, even an added
 * field, comes with a new version.
 * <p>
 * Documents of results — {@code termStatus}, {@code termTimeline}, {@code readinessReport},
 * {@code balanceReport}, {@code simulationReport}, {@code backTest}, {@code signalTally},
 * {@code trustReport}, {@code governanceReport}, {@code healthReport}, {@code actionReport},
 * {@code riskReview} and {@code backlogReport} — are written only: they are computed from inputs
 * they do not all hold (a trust report leaves out the answers to protect anonymity); reading such
 * a document fails, saying so. Compute them again from their inputs instead.
 * <pre>
 * ObjectMapper mapper = PartneringJson.mapper();
 * Agreement agreement = mapper.readValue(json, PartneringDocument.class).value(Agreement.class);
 * String out = mapper.writeValueAsString(PartneringDocument.of(statement));
 * </pre>
 * Values written on their own ({@code mapper.writeValueAsString(agreement)}) carry no version;
 * use a document wherever JSON leaves the process.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringDocument {

    /** The version of the format this module writes, and the newest it reads: 1. */
    public static final int FORMAT_VERSION = 1;

    private final String kind;
    private final Object value;

    PartneringDocument(String kind, Object value) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * @param agreement  the agreement, not null
     * @return a document of kind {@code agreement}, never null
     */
    public static PartneringDocument of(Agreement agreement) {
        return new PartneringDocument(Documents.AGREEMENT, agreement);
    }

    /**
     * @param measurements  the measurements, in any order, not null
     * @return a document of kind {@code measurements}, never null
     */
    public static PartneringDocument ofMeasurements(List<Measurement> measurements) {
        return new PartneringDocument(Documents.MEASUREMENTS, List.copyOf(measurements));
    }

    /**
     * @param periods  the inputs of the periods of an incentive calculation, not null
     * @return a document of kind {@code incentivePeriods}, never null
     */
    public static PartneringDocument ofIncentivePeriods(List<IncentivePeriod> periods) {
        return new PartneringDocument(Documents.INCENTIVE_PERIODS, List.copyOf(periods));
    }

    /**
     * @param scorecard  the scorecard, not null
     * @return a document of kind {@code scorecard}, never null
     */
    public static PartneringDocument of(Scorecard scorecard) {
        return new PartneringDocument(Documents.SCORECARD, scorecard);
    }

    /**
     * @param statement  the incentive statement, not null
     * @return a document of kind {@code incentiveStatement}, never null
     */
    public static PartneringDocument of(IncentiveStatement statement) {
        return new PartneringDocument(Documents.INCENTIVE_STATEMENT, statement);
    }

    /**
     * @param status  the term status, not null
     * @return a document of kind {@code termStatus}, never null
     */
    public static PartneringDocument of(TermStatus status) {
        return new PartneringDocument(Documents.TERM_STATUS, status);
    }

    /**
     * @param timeline  the term timeline, not null
     * @return a document of kind {@code termTimeline}, never null
     */
    public static PartneringDocument of(TermTimeline timeline) {
        return new PartneringDocument(Documents.TERM_TIMELINE, timeline);
    }

    /**
     * @param history  the agreement history, not null
     * @return a document of kind {@code agreementHistory}, never null
     */
    public static PartneringDocument of(AgreementHistory history) {
        return new PartneringDocument(Documents.AGREEMENT_HISTORY, history);
    }

    /**
     * @param plan  the exit plan, not null
     * @return a document of kind {@code exitPlan}, never null
     */
    public static PartneringDocument of(ExitPlan plan) {
        return new PartneringDocument(Documents.EXIT_PLAN, plan);
    }

    /**
     * @param report  the readiness report, not null
     * @return a document of kind {@code readinessReport}, never null
     */
    public static PartneringDocument of(ReadinessReport report) {
        return new PartneringDocument(Documents.READINESS_REPORT, report);
    }

    /**
     * @param report  the balance report, not null
     * @return a document of kind {@code balanceReport}, never null
     */
    public static PartneringDocument of(BalanceReport report) {
        return new PartneringDocument(Documents.BALANCE_REPORT, report);
    }

    /**
     * @param report  the simulation report, not null
     * @return a document of kind {@code simulationReport}, never null
     */
    public static PartneringDocument of(SimulationReport report) {
        return new PartneringDocument(Documents.SIMULATION_REPORT, report);
    }

    /**
     * @param backTest  the back-test, not null
     * @return a document of kind {@code backTest}, never null
     */
    public static PartneringDocument of(BackTest backTest) {
        return new PartneringDocument(Documents.BACK_TEST, backTest);
    }

    /**
     * @param survey  the trust survey, not null
     * @return a document of kind {@code trustSurvey}, never null
     */
    public static PartneringDocument of(TrustSurvey survey) {
        return new PartneringDocument(Documents.TRUST_SURVEY, survey);
    }

    /**
     * @param signals  the behavioural signals, in any order, not null
     * @return a document of kind {@code behaviouralSignals}, never null
     */
    public static PartneringDocument ofBehaviouralSignals(List<BehaviouralSignal> signals) {
        return new PartneringDocument(Documents.BEHAVIOURAL_SIGNALS, List.copyOf(signals));
    }

    /**
     * @param tally  the signal tally, not null
     * @return a document of kind {@code signalTally}, never null
     */
    public static PartneringDocument of(SignalTally tally) {
        return new PartneringDocument(Documents.SIGNAL_TALLY, tally);
    }

    /**
     * A document that can be written but not read: see the class documentation.
     *
     * @param report  the trust report, not null
     * @return a document of kind {@code trustReport}, never null
     */
    public static PartneringDocument of(TrustReport report) {
        return new PartneringDocument(Documents.TRUST_REPORT, report);
    }

    /**
     * @param meetings  the forum meeting records, in any order, not null
     * @return a document of kind {@code forumMeetings}, never null
     */
    public static PartneringDocument ofForumMeetings(List<ForumMeeting> meetings) {
        return new PartneringDocument(Documents.FORUM_MEETINGS, List.copyOf(meetings));
    }

    /**
     * @param escalations  the escalation records, in any order, not null
     * @return a document of kind {@code escalations}, never null
     */
    public static PartneringDocument ofEscalations(List<Escalation> escalations) {
        return new PartneringDocument(Documents.ESCALATIONS, List.copyOf(escalations));
    }

    /**
     * A document that can be written but not read: see the class documentation.
     *
     * @param report  the governance report, not null
     * @return a document of kind {@code governanceReport}, never null
     */
    public static PartneringDocument of(GovernanceReport report) {
        return new PartneringDocument(Documents.GOVERNANCE_REPORT, report);
    }

    /**
     * @param report  the health report, not null
     * @return a document of kind {@code healthReport}, never null
     */
    public static PartneringDocument of(HealthReport report) {
        return new PartneringDocument(Documents.HEALTH_REPORT, report);
    }

    /**
     * What happened before the first period the SDK computes, as an ERP builds it from its own
     * history (a statement's closing balance is one too).
     *
     * @param balance  the opening balance, not null
     * @return a document of kind {@code openingBalance}, never null
     * @since 0.1.0
     */
    public static PartneringDocument of(OpeningBalance balance) {
        return new PartneringDocument(Documents.OPENING_BALANCE, Objects.requireNonNull(balance, "balance"));
    }

    /**
     * Score bands agreed on their own, e.g. a template the ERP applies to several agreements with
     * {@link Agreement#withStandings(Standings)}; inside an agreement they are its {@code standings} field.
     *
     * @param standings  the standings, not null
     * @return a document of kind {@code standings}, never null
     * @since 0.1.0
     */
    public static PartneringDocument of(Standings standings) {
        return new PartneringDocument(Documents.STANDINGS, Objects.requireNonNull(standings, "standings"));
    }

    /**
     * The follow-up of remedy findings, as the ERP stores it and feeds it back at the next month end.
     *
     * @param followUps  the follow-ups, in any order, not null
     * @return a document of kind {@code remedyFollowUps}, never null
     * @since 0.1.0
     */
    public static PartneringDocument ofRemedyFollowUps(List<RemedyFollowUp> followUps) {
        return new PartneringDocument(Documents.REMEDY_FOLLOW_UPS, List.copyOf(followUps));
    }

    /**
     * @param minutes  the minutes of forum meetings, in any order, not null
     * @return a document of kind {@code minutes}, never null
     * @since 0.1.0
     */
    public static PartneringDocument ofMinutes(List<dev.partnering.action.Minutes> minutes) {
        return new PartneringDocument(Documents.MINUTES, List.copyOf(minutes));
    }

    /**
     * A document that can be written but not read: see the class documentation.
     *
     * @param report  the action report, not null
     * @return a document of kind {@code actionReport}, never null
     * @since 0.1.0
     */
    public static PartneringDocument of(dev.partnering.action.ActionReport report) {
        return new PartneringDocument(Documents.ACTION_REPORT, report);
    }

    /**
     * @param register  the joint risk register, not null
     * @return a document of kind {@code riskRegister}, never null
     * @since 0.1.0
     */
    public static PartneringDocument of(dev.partnering.risk.RiskRegister register) {
        return new PartneringDocument(Documents.RISK_REGISTER, register);
    }

    /**
     * A document that can be written but not read: see the class documentation.
     *
     * @param review  the risk review, not null
     * @return a document of kind {@code riskReview}, never null
     * @since 0.1.0
     */
    public static PartneringDocument of(dev.partnering.risk.RiskReview review) {
        return new PartneringDocument(Documents.RISK_REVIEW, review);
    }

    /**
     * @param backlog  the improvement backlog, not null
     * @return a document of kind {@code improvementBacklog}, never null
     * @since 0.1.0
     */
    public static PartneringDocument of(dev.partnering.improvement.ImprovementBacklog backlog) {
        return new PartneringDocument(Documents.IMPROVEMENT_BACKLOG, backlog);
    }

    /**
     * A document that can be written but not read: see the class documentation.
     *
     * @param report  the backlog report, not null
     * @return a document of kind {@code backlogReport}, never null
     * @since 0.1.0
     */
    public static PartneringDocument of(dev.partnering.improvement.BacklogReport report) {
        return new PartneringDocument(Documents.BACKLOG_REPORT, report);
    }

    /** @return the format version of the document: {@link #FORMAT_VERSION} */
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /** @return the kind of value, e.g. {@code agreement}: the name of its field in the JSON, never null */
    public String kind() {
        return kind;
    }

    /** @return the value: an agreement, a list of measurements, a scorecard, a trust survey, …, never null */
    public Object value() {
        return value;
    }

    /**
     * The value as the type the caller expects.
     *
     * @param <T>  the type the caller expects
     * @param type  the type the caller expects, e.g. {@code Agreement.class}, not null
     * @return the value as that type, never null
     * @throws IllegalStateException if the document holds a value of another kind, naming it
     */
    public <T> T value(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (!type.isInstance(value) || value instanceof List) {
            throw new IllegalStateException("the document holds " + Documents.describe(kind) + ", not "
                    + dev.partnering.jackson.common.internal.Texts.article(type.getSimpleName()) + " " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /**
     * @return the measurements of a {@code measurements} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     */
    @SuppressWarnings("unchecked")
    public List<Measurement> measurements() {
        requireKind(Documents.MEASUREMENTS);
        return (List<Measurement>) value;
    }

    /**
     * @return the periods of an {@code incentivePeriods} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     */
    @SuppressWarnings("unchecked")
    public List<IncentivePeriod> incentivePeriods() {
        requireKind(Documents.INCENTIVE_PERIODS);
        return (List<IncentivePeriod>) value;
    }

    /**
     * @return the signals of a {@code behaviouralSignals} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     */
    @SuppressWarnings("unchecked")
    public List<BehaviouralSignal> behaviouralSignals() {
        requireKind(Documents.BEHAVIOURAL_SIGNALS);
        return (List<BehaviouralSignal>) value;
    }

    /**
     * @return the records of a {@code forumMeetings} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     */
    @SuppressWarnings("unchecked")
    public List<ForumMeeting> forumMeetings() {
        requireKind(Documents.FORUM_MEETINGS);
        return (List<ForumMeeting>) value;
    }

    /**
     * @return the records of an {@code escalations} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     */
    @SuppressWarnings("unchecked")
    public List<Escalation> escalations() {
        requireKind(Documents.ESCALATIONS);
        return (List<Escalation>) value;
    }

    /**
     * @return the minutes of a {@code minutes} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     * @since 0.1.0
     */
    @SuppressWarnings("unchecked")
    public List<dev.partnering.action.Minutes> minutes() {
        requireKind(Documents.MINUTES);
        return (List<dev.partnering.action.Minutes>) value;
    }

    /**
     * @return the follow-ups of a {@code remedyFollowUps} document, never null
     * @throws IllegalStateException if the document holds a value of another kind
     * @since 0.1.0
     */
    @SuppressWarnings("unchecked")
    public List<RemedyFollowUp> remedyFollowUps() {
        requireKind(Documents.REMEDY_FOLLOW_UPS);
        return (List<RemedyFollowUp>) value;
    }

    private void requireKind(String expected) {
        if (!kind.equals(expected)) {
            throw new IllegalStateException("the document holds " + Documents.describe(kind) + ", not "
                    + Documents.describe(expected));
        }
    }

    /**
     * Two documents are equal when they hold the same kind of value and their values are equal by
     * the values' own {@code equals}; term status, term timeline, agreement history, signal tally
     * and the trust, governance and health reports have none of their own, so documents holding
     * them are equal only when they hold the same instance.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PartneringDocument d && kind.equals(d.kind) && value.equals(d.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /** @return e.g. {@code PartneringDocument v1 (agreement)} */
    @Override
    public String toString() {
        return "PartneringDocument v" + FORMAT_VERSION + " (" + kind + ")";
    }
}
