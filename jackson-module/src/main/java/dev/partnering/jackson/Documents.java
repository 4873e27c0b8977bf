package dev.partnering.jackson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of {@link PartneringDocument}: the name of the value's field, and how to write and
 * read it; and the document's own format {@code {"formatVersion": 1, "<kind>": value}}.
 */
final class Documents {

    private Documents() {
    }

    static final String AGREEMENT = "agreement";
    static final String MEASUREMENTS = "measurements";
    static final String INCENTIVE_PERIODS = "incentivePeriods";
    static final String SCORECARD = "scorecard";
    static final String INCENTIVE_STATEMENT = "incentiveStatement";
    static final String TERM_STATUS = "termStatus";
    static final String TERM_TIMELINE = "termTimeline";
    static final String AGREEMENT_HISTORY = "agreementHistory";
    static final String EXIT_PLAN = "exitPlan";
    static final String READINESS_REPORT = "readinessReport";
    static final String BALANCE_REPORT = "balanceReport";
    static final String SIMULATION_REPORT = "simulationReport";
    static final String BACK_TEST = "backTest";
    static final String TRUST_SURVEY = "trustSurvey";
    static final String BEHAVIOURAL_SIGNALS = "behaviouralSignals";
    static final String SIGNAL_TALLY = "signalTally";
    static final String TRUST_REPORT = "trustReport";
    static final String FORUM_MEETINGS = "forumMeetings";
    static final String ESCALATIONS = "escalations";
    static final String GOVERNANCE_REPORT = "governanceReport";
    static final String HEALTH_REPORT = "healthReport";
    static final String OPENING_BALANCE = "openingBalance";
    static final String STANDINGS = "standings";
    static final String REMEDY_FOLLOW_UPS = "remedyFollowUps";

    static final String MINUTES = "minutes";
    static final String ACTION_REPORT = "actionReport";
    static final String RISK_REGISTER = "riskRegister";
    static final String RISK_REVIEW = "riskReview";
    static final String IMPROVEMENT_BACKLOG = "improvementBacklog";
    static final String BACKLOG_REPORT = "backlogReport";

    /** The kinds whose value is a list. */
    private static final List<String> LISTS = List.of(MEASUREMENTS, INCENTIVE_PERIODS, BEHAVIOURAL_SIGNALS, FORUM_MEETINGS,
            ESCALATIONS, REMEDY_FOLLOW_UPS, MINUTES);

    /** How one kind is written and read. */
    private record Kind(ValueWriter<Object> writer, ValueReader<?> reader) {
    }

    private static final Map<String, Kind> KINDS = kinds();

    static final ValueWriter<PartneringDocument> DOCUMENT_OUT = Documents::write;
    static final ValueReader<PartneringDocument> DOCUMENT = Documents::read;

    private static Map<String, Kind> kinds() {
        Map<String, Kind> m = new LinkedHashMap<>();
        kind(m, AGREEMENT, AgreementFormats.AGREEMENT_OUT, AgreementFormats.AGREEMENT);
        m.put(MEASUREMENTS, new Kind(list(KpiFormats.MEASUREMENT_OUT), in -> in.elements(KpiFormats.MEASUREMENT)));
        m.put(INCENTIVE_PERIODS, new Kind(list(IncentiveFormats.PERIOD_OUT), in -> in.elements(IncentiveFormats.PERIOD)));
        kind(m, SCORECARD, ScorecardFormats.SCORECARD_OUT, ScorecardFormats.SCORECARD);
        kind(m, INCENTIVE_STATEMENT, IncentiveFormats.STATEMENT_OUT, IncentiveFormats.STATEMENT);
        result(m, TERM_STATUS, dev.partnering.term.TermStatus.class, "a term status",
                "compute it again with ContractTermCalculator.status(term, asOf)");
        result(m, TERM_TIMELINE, dev.partnering.term.TermTimeline.class, "a term timeline",
                "compute it again with ContractTermCalculator.timeline(term)");
        kind(m, AGREEMENT_HISTORY, LifecycleFormats.HISTORY_OUT, LifecycleFormats.HISTORY);
        kind(m, EXIT_PLAN, LifecycleFormats.EXIT_PLAN_OUT, LifecycleFormats.EXIT_PLAN);
        result(m, READINESS_REPORT, dev.partnering.lifecycle.ReadinessReport.class, "a readiness report",
                "check the agreement again with HandoverCheck or ExitReadinessCheck");
        result(m, BALANCE_REPORT, dev.partnering.analysis.BalanceReport.class, "a balance report",
                "analyse the scheme again with the BalanceAnalyzer");
        result(m, SIMULATION_REPORT, dev.partnering.analysis.SimulationReport.class, "a simulation report",
                "simulate again with the Simulator (the same seed gives the same report)");
        result(m, BACK_TEST, dev.partnering.analysis.BackTest.class, "a back-test", "back-test again with the BackTester");
        kind(m, TRUST_SURVEY, TrustFormats.SURVEY_OUT, TrustFormats.SURVEY);
        m.put(BEHAVIOURAL_SIGNALS, new Kind(list(TrustFormats.SIGNAL_OUT), in -> in.elements(TrustFormats.SIGNAL)));
        kind(m, SIGNAL_TALLY, TrustFormats.TALLY_OUT, writeOnly("a signal tally",
                "count the signals again with SignalTally.count(signals, period)"));
        kind(m, TRUST_REPORT, TrustFormats.REPORT_OUT, writeOnly("a trust report",
                "it leaves out the answers it was computed from; compute it again from the survey"));
        m.put(FORUM_MEETINGS, new Kind(list(GovernanceFormats.MEETING_OUT), in -> in.elements(GovernanceFormats.MEETING)));
        m.put(ESCALATIONS, new Kind(list(GovernanceFormats.ESCALATION_OUT), in -> in.elements(GovernanceFormats.ESCALATION)));
        result(m, GOVERNANCE_REPORT, dev.partnering.governance.GovernanceReport.class, "a governance report",
                "compute it again from the agreement, the meetings and the escalations");
        kind(m, HEALTH_REPORT, HealthFormats.REPORT_OUT, writeOnly("a health report",
                "compute it again with a HealthCalculator from its inputs and policy"));
        kind(m, OPENING_BALANCE, IncentiveFormats.OPENING_BALANCE_OUT, IncentiveFormats.OPENING_BALANCE);
        kind(m, STANDINGS, MonthEndFormats.STANDINGS_OUT, MonthEndFormats.STANDINGS);
        m.put(REMEDY_FOLLOW_UPS, new Kind(list(MonthEndFormats.FOLLOW_UP_OUT), in -> in.elements(MonthEndFormats.FOLLOW_UP)));
        m.put(MINUTES, new Kind(list(RelationshipFormats.MINUTES_OUT), in -> in.elements(RelationshipFormats.MINUTES)));
        kind(m, ACTION_REPORT, RelationshipFormats.ACTION_REPORT_OUT, writeOnly("an action report",
                "build the action register again from the minutes and the governance and call reportOn(asOf)"));
        kind(m, RISK_REGISTER, RelationshipFormats.RISK_REGISTER_OUT, RelationshipFormats.RISK_REGISTER);
        result(m, RISK_REVIEW, dev.partnering.risk.RiskReview.class, "a risk review",
                "its mitigations come from the action register; review the risk register again with it");
        kind(m, IMPROVEMENT_BACKLOG, RelationshipFormats.BACKLOG_OUT, RelationshipFormats.BACKLOG);
        kind(m, BACKLOG_REPORT, RelationshipFormats.BACKLOG_REPORT_OUT, writeOnly("a backlog report",
                "report on the improvement backlog again with the agreement's parties"));
        return m;
    }

    private static <T> void kind(Map<String, Kind> m, String name, ValueWriter<T> writer, ValueReader<T> reader) {
        @SuppressWarnings("unchecked")
        ValueWriter<Object> w = (out, v) -> writer.write(out, (T) v);
        m.put(name, new Kind(w, reader));
    }

    /** A result written only, through its mix-in, and refused when read with the reason. */
    private static <T> void result(Map<String, Kind> m, String name, Class<T> type, String what, String instead) {
        kind(m, name, Writing.jackson(type), writeOnly(what, instead));
    }

    /** @return the reader of a result that is written only, refusing it with the reason */
    private static <T> ValueReader<T> writeOnly(String what, String instead) {
        return Formats.unreadable(what + " is written only, never read back: " + instead);
    }

    private static <T> ValueWriter<Object> list(ValueWriter<T> element) {
        return (out, v) -> {
            @SuppressWarnings("unchecked")
            List<T> values = (List<T>) v;
            out.elements(values, element);
        };
    }

    /** @return e.g. {@code an agreement} or {@code measurements}, for messages */
    static String describe(String kind) {
        if (LISTS.contains(kind) || kind.equals(STANDINGS)) {
            // a plural name: "measurements", "standings"
            return kind;
        }
        String words = kind.replaceAll("([A-Z])", " $1").toLowerCase();
        return Families.article(words) + " " + words;
    }

    private static void write(Out out, PartneringDocument d) throws IOException {
        out.begin();
        out.integer("formatVersion", PartneringDocument.FORMAT_VERSION);
        out.value(d.kind(), d.value(), KINDS.get(d.kind()).writer());
        out.end();
    }

    private static PartneringDocument read(In in) {
        in.object("a partnering document, e.g. {\"formatVersion\": 1, \"agreement\": {...}},");
        Integer version = in.req("formatVersion", Scalars.INT);
        if (version == null) {
            throw Reading.Abort.INSTANCE;
        }
        String versionPath = JsonPaths.field(in.path(), "formatVersion");
        if (version > PartneringDocument.FORMAT_VERSION) {
            in.reading.problem(versionPath, "the document is in format version " + version + ", newer than version "
                    + PartneringDocument.FORMAT_VERSION + ", the newest this version of partnering-jackson reads;"
                    + " read it with a newer partnering-jackson");
            throw Reading.Abort.INSTANCE;
        }
        if (version < 1) {
            in.reading.problem(versionPath, "format version " + version + " does not exist; versions start at 1");
            throw Reading.Abort.INSTANCE;
        }
        List<String> present = new ArrayList<>();
        for (String kind : KINDS.keySet()) {
            if (in.node.has(kind)) {
                present.add(kind);
            }
        }
        if (present.size() != 1) {
            throw in.fail("a partnering document holds exactly one of " + String.join(", ", KINDS.keySet()) + "; found "
                    + (present.isEmpty() ? "none" : String.join(" and ", present)));
        }
        String kind = present.get(0);
        Object value = in.req(kind, KINDS.get(kind).reader());
        return in.build(() -> new PartneringDocument(kind, value));
    }
}
