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

    /**
     * How a kind is written and read; {@code reader} is null for a kind read by Jackson's deserializers
     * (all are, see {@link Reader}); {@code unreadable} says why a result is written only (null if it is read).
     */
    private record Kind(ValueWriter<Object> writer, ValueReader<?> reader, String unreadable) {
    }

    private static final Map<String, Kind> KINDS = kinds();

    static final ValueWriter<PartneringDocument> DOCUMENT_OUT = Documents::write;

    private static Map<String, Kind> kinds() {
        Map<String, Kind> m = new LinkedHashMap<>();
        streamed(m, AGREEMENT, dev.partnering.agreement.Agreement.class);
        m.put(MEASUREMENTS, new Kind(list(KpiFormats.MEASUREMENT_OUT), in -> in.elements(KpiFormats.MEASUREMENT), null));
        jackson(m, INCENTIVE_PERIODS, dev.partnering.incentive.IncentivePeriod.class);
        kind(m, SCORECARD, ScorecardFormats.SCORECARD_OUT, ScorecardFormats.SCORECARD);
        streamed(m, INCENTIVE_STATEMENT, dev.partnering.incentive.IncentiveStatement.class);
        result(m, TERM_STATUS, dev.partnering.term.TermStatus.class, "a term status",
                "compute it again with ContractTermCalculator.status(term, asOf)");
        result(m, TERM_TIMELINE, dev.partnering.term.TermTimeline.class, "a term timeline",
                "compute it again with ContractTermCalculator.timeline(term)");
        streamed(m, AGREEMENT_HISTORY, dev.partnering.amendment.AgreementHistory.class);
        streamed(m, EXIT_PLAN, dev.partnering.lifecycle.ExitPlan.class);
        result(m, READINESS_REPORT, dev.partnering.lifecycle.ReadinessReport.class, "a readiness report",
                "check the agreement again with HandoverCheck or ExitReadinessCheck");
        result(m, BALANCE_REPORT, dev.partnering.analysis.BalanceReport.class, "a balance report",
                "analyse the scheme again with the BalanceAnalyzer");
        result(m, SIMULATION_REPORT, dev.partnering.analysis.SimulationReport.class, "a simulation report",
                "simulate again with the Simulator (the same seed gives the same report)");
        result(m, BACK_TEST, dev.partnering.analysis.BackTest.class, "a back-test", "back-test again with the BackTester");
        jackson(m, TRUST_SURVEY, dev.partnering.trust.TrustSurvey.class);
        jackson(m, BEHAVIOURAL_SIGNALS, dev.partnering.trust.BehaviouralSignal.class);
        written(m, SIGNAL_TALLY, TrustFormats.TALLY_OUT, "a signal tally",
                "count the signals again with SignalTally.count(signals, period)");
        written(m, TRUST_REPORT, TrustFormats.REPORT_OUT, "a trust report",
                "it leaves out the answers it was computed from; compute it again from the survey");
        jackson(m, FORUM_MEETINGS, dev.partnering.governance.ForumMeeting.class);
        jackson(m, ESCALATIONS, dev.partnering.governance.Escalation.class);
        result(m, GOVERNANCE_REPORT, dev.partnering.governance.GovernanceReport.class, "a governance report",
                "compute it again from the agreement, the meetings and the escalations");
        written(m, HEALTH_REPORT, HealthFormats.REPORT_OUT, "a health report",
                "compute it again with a HealthCalculator from its inputs and policy");
        streamed(m, OPENING_BALANCE, dev.partnering.incentive.OpeningBalance.class);
        streamed(m, STANDINGS, dev.partnering.scorecard.Standings.class);
        jackson(m, REMEDY_FOLLOW_UPS, dev.partnering.incentive.RemedyFollowUp.class);
        jackson(m, MINUTES, dev.partnering.action.Minutes.class);
        written(m, ACTION_REPORT, RelationshipFormats.ACTION_REPORT_OUT, "an action report",
                "build the action register again from the minutes and the governance and call reportOn(asOf)");
        jackson(m, RISK_REGISTER, dev.partnering.risk.RiskRegister.class);
        result(m, RISK_REVIEW, dev.partnering.risk.RiskReview.class, "a risk review",
                "its mitigations come from the action register; review the risk register again with it");
        jackson(m, IMPROVEMENT_BACKLOG, dev.partnering.improvement.ImprovementBacklog.class);
        written(m, BACKLOG_REPORT, RelationshipFormats.BACKLOG_REPORT_OUT, "a backlog report",
                "report on the improvement backlog again with the agreement's parties");
        return m;
    }

    private static <T> void kind(Map<String, Kind> m, String name, ValueWriter<T> writer, ValueReader<T> reader) {
        @SuppressWarnings("unchecked")
        ValueWriter<Object> w = (out, v) -> writer.write(out, (T) v);
        m.put(name, new Kind(w, reader, null));
    }

    /**
     * A kind read only by Jackson's deserializers ({@link Reader}, its type in {@link #TYPES}) and written
     * through its mix-in; a kind in {@link #LISTS} holds a list of the type.
     */
    private static <T> void jackson(Map<String, Kind> m, String name, Class<T> type) {
        ValueWriter<T> element = Writing.jackson(type);
        ValueWriter<Object> w = LISTS.contains(name) ? list(element) : (out, v) -> element.write(out, type.cast(v));
        m.put(name, new Kind(w, Formats.unreadable(describe(name) + " is read by Jackson's deserializers"), null));
    }

    /** A kind read by Jackson's deserializer of its type ({@link #TYPES}) and written through the type's mix-in. */
    private static <T> void streamed(Map<String, Kind> m, String name, Class<T> type) {
        kind(m, name, Writing.jackson(type), null);
    }

    /** A result written only, refused when read with what to do instead. */
    private static <T> void written(Map<String, Kind> m, String name, ValueWriter<T> writer, String what, String instead) {
        @SuppressWarnings("unchecked")
        ValueWriter<Object> w = (out, v) -> writer.write(out, (T) v);
        String why = what + " is written only, never read back: " + instead;
        m.put(name, new Kind(w, Formats.unreadable(why), why));
    }

    /** A result written only, through its mix-in, and refused when read with the reason. */
    private static <T> void result(Map<String, Kind> m, String name, Class<T> type, String what, String instead) {
        written(m, name, Writing.jackson(type), what, instead);
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

    /** The type each readable kind holds; a list's element type for the kinds that hold lists. */
    private static final Map<String, Class<?>> TYPES = types();

    private static Map<String, Class<?>> types() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(AGREEMENT, dev.partnering.agreement.Agreement.class);
        m.put(MEASUREMENTS, dev.partnering.kpi.Measurement.class);
        m.put(INCENTIVE_PERIODS, dev.partnering.incentive.IncentivePeriod.class);
        m.put(SCORECARD, dev.partnering.scorecard.Scorecard.class);
        m.put(INCENTIVE_STATEMENT, dev.partnering.incentive.IncentiveStatement.class);
        m.put(TERM_STATUS, dev.partnering.term.TermStatus.class);
        m.put(TERM_TIMELINE, dev.partnering.term.TermTimeline.class);
        m.put(AGREEMENT_HISTORY, dev.partnering.amendment.AgreementHistory.class);
        m.put(EXIT_PLAN, dev.partnering.lifecycle.ExitPlan.class);
        m.put(BALANCE_REPORT, dev.partnering.analysis.BalanceReport.class);
        m.put(SIMULATION_REPORT, dev.partnering.analysis.SimulationReport.class);
        m.put(BACK_TEST, dev.partnering.analysis.BackTest.class);
        m.put(TRUST_SURVEY, dev.partnering.trust.TrustSurvey.class);
        m.put(BEHAVIOURAL_SIGNALS, dev.partnering.trust.BehaviouralSignal.class);
        m.put(SIGNAL_TALLY, dev.partnering.trust.SignalTally.class);
        m.put(FORUM_MEETINGS, dev.partnering.governance.ForumMeeting.class);
        m.put(ESCALATIONS, dev.partnering.governance.Escalation.class);
        m.put(HEALTH_REPORT, dev.partnering.health.HealthReport.class);
        m.put(OPENING_BALANCE, dev.partnering.incentive.OpeningBalance.class);
        m.put(STANDINGS, dev.partnering.scorecard.Standings.class);
        m.put(REMEDY_FOLLOW_UPS, dev.partnering.incentive.RemedyFollowUp.class);
        m.put(MINUTES, dev.partnering.action.Minutes.class);
        m.put(RISK_REGISTER, dev.partnering.risk.RiskRegister.class);
        m.put(IMPROVEMENT_BACKLOG, dev.partnering.improvement.ImprovementBacklog.class);
        return m;
    }

    /**
     * Reads a document streamed: its format version first (a document of a newer version is
     * refused before its value is looked at; a value before the version is buffered), then its
     * one value through Jackson's deserializer of the kind's type. Problems are recorded in the
     * read's {@link Guard.Problems}; the guard around this deserializer throws them.
     */
    static final class Reader extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<PartneringDocument> {
        private static final long serialVersionUID = 1L;
        private final boolean failOnUnknownFields;

        Reader(boolean failOnUnknownFields) {
            super(PartneringDocument.class);
            this.failOnUnknownFields = failOnUnknownFields;
        }

        @Override
        public PartneringDocument deserialize(com.fasterxml.jackson.core.JsonParser p,
                com.fasterxml.jackson.databind.DeserializationContext ctxt) throws IOException {
            Guard.Problems problems = Guard.problems(ctxt);
            String here = JsonPaths.ofCurrentValue(p);
            com.fasterxml.jackson.core.JsonLocation start = p.currentTokenLocation();
            if (!p.isExpectedStartObjectToken()) {
                problems.problem(here, "expected a partnering document, e.g. {\"formatVersion\": 1, \"agreement\": {...}},"
                        + " as a JSON object, found " + Strict.found(p), start);
                return null;
            }
            Integer version = null;
            List<String> present = new ArrayList<>();
            Object value = null;
            com.fasterxml.jackson.databind.util.TokenBuffer pending = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                String path = JsonPaths.field(here, name);
                if (name.equals("formatVersion")) {
                    if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                            || p.getNumberType() != com.fasterxml.jackson.core.JsonParser.NumberType.INT) {
                        problems.problem(path, "expected a whole number from " + Integer.MIN_VALUE + " to "
                                + Integer.MAX_VALUE + ", found " + Strict.found(p), p.currentTokenLocation());
                        return null;
                    }
                    version = p.getIntValue();
                    if (version > PartneringDocument.FORMAT_VERSION) {
                        problems.problem(path, "the document is in format version " + version + ", newer than version "
                                + PartneringDocument.FORMAT_VERSION + ", the newest this version of partnering-jackson"
                                + " reads; read it with a newer partnering-jackson", p.currentTokenLocation());
                        return null;
                    }
                    if (version < 1) {
                        problems.problem(path, "format version " + version + " does not exist; versions start at 1",
                                p.currentTokenLocation());
                        return null;
                    }
                    if (pending != null) {
                        value = read(pending.asParserOnFirstToken(), ctxt, present.get(0), problems, path);
                        pending = null;
                    }
                } else if (KINDS.containsKey(name)) {
                    present.add(name);
                    if (present.size() > 1) {
                        p.skipChildren();
                    } else if (version == null) {
                        pending = ctxt.bufferAsCopyOfValue(p);
                    } else {
                        value = read(p, ctxt, name, problems, path);
                    }
                } else if (failOnUnknownFields) {
                    problems.problem(path, "unknown field '" + JsonTree.abbreviate(name) + "'; the fields here are"
                            + " formatVersion and one of " + String.join(", ", KINDS.keySet()), p.currentTokenLocation());
                    p.skipChildren();
                } else {
                    p.skipChildren();
                }
            }
            if (version == null) {
                problems.problem(JsonPaths.field(here, "formatVersion"), "required field 'formatVersion' is missing", start);
                return null;
            }
            if (present.size() != 1) {
                problems.problem(here, "a partnering document holds exactly one of " + String.join(", ", KINDS.keySet())
                        + "; found " + (present.isEmpty() ? "none" : String.join(" and ", present)), start);
                return null;
            }
            return value == null ? null : new PartneringDocument(present.get(0), value);
        }

        private static Object read(com.fasterxml.jackson.core.JsonParser p,
                com.fasterxml.jackson.databind.DeserializationContext ctxt, String kind, Guard.Problems problems,
                String path) throws IOException {
            Class<?> type = TYPES.get(kind);
            String unreadable = KINDS.get(kind).unreadable();
            if (unreadable != null || type == null) {
                problems.problem(path, unreadable == null ? describe(kind) + " cannot be read" : unreadable,
                        p.currentTokenLocation());
                p.skipChildren();
                return null;
            }
            if (p.currentToken() == null) {
                p.nextToken();
            }
            if (LISTS.contains(kind)) {
                List<?> list = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, type));
                return list == null ? null : List.copyOf(list.contains(null) ? List.of() : list);
            }
            return ctxt.readValue(p, type);
        }
    }
}
