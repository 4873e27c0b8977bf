package dev.partnering.jackson3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

import dev.partnering.jackson.common.internal.Paths;
import dev.partnering.jackson.common.internal.Texts;
import dev.partnering.jackson.common.mixin.BuilderMixins;

/**
 * The kinds of {@link PartneringDocument} — the name of the value's field, its type, whether it is a
 * list, and why a result is written only — and the document's own format
 * {@code {"formatVersion": 1, "<kind>": value}}, written and read streamed.
 */
final class Documents {

    private Documents() {
    }

    /** One kind: the (element) type, whether the value is a list, why it is never read (null if it is). */
    record Kind(Class<?> type, boolean list, String writtenOnly) {
    }

    static final Map<String, Kind> KINDS = kinds();

    private static Map<String, Kind> kinds() {
        Map<String, Kind> m = new LinkedHashMap<>();
        m.put("agreement", read(dev.partnering.agreement.Agreement.class));
        m.put("measurements", list(dev.partnering.kpi.Measurement.class));
        m.put("incentivePeriods", list(dev.partnering.incentive.IncentivePeriod.class));
        m.put("scorecard", read(dev.partnering.scorecard.Scorecard.class));
        m.put("incentiveStatement", read(dev.partnering.incentive.IncentiveStatement.class));
        m.put("termStatus", result(dev.partnering.term.TermStatus.class, "a term status",
                "compute it again with ContractTermCalculator.status(term, asOf)"));
        m.put("termTimeline", result(dev.partnering.term.TermTimeline.class, "a term timeline",
                "compute it again with ContractTermCalculator.timeline(term)"));
        m.put("agreementHistory", read(dev.partnering.amendment.AgreementHistory.class));
        m.put("exitPlan", read(dev.partnering.lifecycle.ExitPlan.class));
        m.put("readinessReport", result(dev.partnering.lifecycle.ReadinessReport.class, "a readiness report",
                "check the agreement again with HandoverCheck or ExitReadinessCheck"));
        m.put("balanceReport", result(dev.partnering.analysis.BalanceReport.class, "a balance report",
                "analyse the scheme again with the BalanceAnalyzer"));
        m.put("simulationReport", result(dev.partnering.analysis.SimulationReport.class, "a simulation report",
                "simulate again with the Simulator (the same seed gives the same report)"));
        m.put("backTest", result(dev.partnering.analysis.BackTest.class, "a back-test",
                "back-test again with the BackTester"));
        m.put("trustSurvey", read(dev.partnering.trust.TrustSurvey.class));
        m.put("behaviouralSignals", list(dev.partnering.trust.BehaviouralSignal.class));
        m.put("signalTally", result(dev.partnering.trust.SignalTally.class, "a signal tally",
                "count the signals again with SignalTally.count(signals, period)"));
        m.put("trustReport", result(dev.partnering.trust.TrustReport.class, "a trust report",
                "it leaves out the answers it was computed from; compute it again from the survey"));
        m.put("forumMeetings", list(dev.partnering.governance.ForumMeeting.class));
        m.put("escalations", list(dev.partnering.governance.Escalation.class));
        m.put("governanceReport", result(dev.partnering.governance.GovernanceReport.class, "a governance report",
                "compute it again from the agreement, the meetings and the escalations"));
        m.put("healthReport", result(dev.partnering.health.HealthReport.class, "a health report",
                "compute it again with a HealthCalculator from its inputs and policy"));
        m.put("openingBalance", read(dev.partnering.incentive.OpeningBalance.class));
        m.put("standings", read(dev.partnering.scorecard.Standings.class));
        m.put("remedyFollowUps", list(dev.partnering.incentive.RemedyFollowUp.class));
        m.put("minutes", list(dev.partnering.action.Minutes.class));
        m.put("actionReport", result(dev.partnering.action.ActionReport.class, "an action report",
                "build the action register again from the minutes and the governance and call reportOn(asOf)"));
        m.put("riskRegister", read(dev.partnering.risk.RiskRegister.class));
        m.put("riskReview", result(dev.partnering.risk.RiskReview.class, "a risk review",
                "its mitigations come from the action register; review the risk register again with it"));
        m.put("improvementBacklog", read(dev.partnering.improvement.ImprovementBacklog.class));
        m.put("backlogReport", result(dev.partnering.improvement.BacklogReport.class, "a backlog report",
                "report on the improvement backlog again with the agreement's parties"));
        return m;
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

    /** @return e.g. {@code an agreement} or {@code measurements}, for messages */
    static String describe(String kind) {
        if (KINDS.get(kind).list() || kind.equals("standings")) {
            return kind;
        }
        String words = kind.replaceAll("([A-Z])", " $1").toLowerCase();
        return Guard.article(words) + " " + words;
    }

    /** Writes {@code {"formatVersion": 1, "<kind>": value}}, the value through the module's serializers. */
    static final class Writer extends StdSerializer<PartneringDocument> {
        Writer() {
            super(PartneringDocument.class);
        }

        @Override
        public void serialize(PartneringDocument d, JsonGenerator gen, SerializationContext ctxt) {
            Kind kind = KINDS.get(d.kind());
            gen.writeStartObject();
            gen.writeNumberProperty("formatVersion", PartneringDocument.FORMAT_VERSION);
            gen.writeName(d.kind());
            if (kind.list()) {
                gen.writeStartArray();
                for (Object e : (List<?>) d.value()) {
                    Writing.write(e, kind.type(), gen, ctxt);
                }
                gen.writeEndArray();
            } else {
                Writing.write(d.value(), kind.type(), gen, ctxt);
            }
            gen.writeEndObject();
        }
    }

    /**
     * Reads a document streamed: its format version first (a document of a newer version is refused
     * before its value is looked at; a value before the version is buffered), then its one value
     * through Jackson's deserializer of the kind's type. Problems are recorded in the read's
     * {@link Guard.Problems}; the guard around this deserializer throws them.
     */
    static final class Reader extends StdDeserializer<PartneringDocument> {
        private final boolean failOnUnknownFields;

        Reader(boolean failOnUnknownFields) {
            super(PartneringDocument.class);
            this.failOnUnknownFields = failOnUnknownFields;
        }

        @Override
        public PartneringDocument deserialize(JsonParser p, DeserializationContext ctxt) {
            Guard.Problems problems = Guard.problems(ctxt);
            String here = JsonPaths.ofCurrentValue(p);
            TokenStreamLocation start = p.currentTokenLocation();
            if (!p.isExpectedStartObjectToken()) {
                problems.problem(here, "expected a partnering document, e.g. {\"formatVersion\": 1, \"agreement\": {...}},"
                        + " as a JSON object, found " + Strict.found(p), start);
                return null;
            }
            Integer version = null;
            List<String> present = new ArrayList<>();
            Object value = null;
            TokenBuffer pending = null;
            String pendingPath = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                String path = Paths.field(here, name);
                if (name.equals("formatVersion")) {
                    version = version(p, path, problems);
                    if (version == null) {
                        return null;
                    }
                    if (pending != null) {
                        value = read(pending.asParserOnFirstToken(ctxt), ctxt, present.get(0), problems, pendingPath);
                        pending = null;
                    }
                } else if (KINDS.containsKey(name)) {
                    present.add(name);
                    if (present.size() > 1) {
                        p.skipChildren();
                    } else if (version == null) {
                        pending = ctxt.bufferAsCopyOfValue(p);
                        pendingPath = path;
                    } else {
                        value = read(p, ctxt, name, problems, path);
                    }
                } else {
                    if (failOnUnknownFields) {
                        problems.problem(path, "unknown field '" + Texts.abbreviate(name) + "'; the fields here are"
                                + " formatVersion and one of " + String.join(", ", KINDS.keySet()), p.currentTokenLocation());
                    }
                    p.skipChildren();
                }
            }
            if (version == null) {
                problems.problem(Paths.field(here, "formatVersion"), "required field 'formatVersion' is missing", start);
                return null;
            }
            if (present.size() != 1) {
                problems.problem(here, "a partnering document holds exactly one of " + String.join(", ", KINDS.keySet())
                        + "; found " + (present.isEmpty() ? "none" : String.join(" and ", present)), start);
                return null;
            }
            return value == null ? null : new PartneringDocument(present.get(0), value);
        }

        private static Integer version(JsonParser p, String path, Guard.Problems problems) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                problems.problem(path, "expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        + ", found " + Strict.found(p), p.currentTokenLocation());
                return null;
            }
            int version = p.getIntValue();
            if (version > PartneringDocument.FORMAT_VERSION) {
                problems.problem(path, "the document is in format version " + version + ", newer than version "
                        + PartneringDocument.FORMAT_VERSION + ", the newest this version of partnering-jackson3"
                        + " reads; read it with a newer partnering-jackson3", p.currentTokenLocation());
                return null;
            }
            if (version < 1) {
                problems.problem(path, "format version " + version + " does not exist; versions start at 1",
                        p.currentTokenLocation());
                return null;
            }
            return version;
        }

        private static Object read(JsonParser p, DeserializationContext ctxt, String name, Guard.Problems problems,
                String path) {
            Kind kind = KINDS.get(name);
            String refused = kind.writtenOnly() != null ? kind.writtenOnly()
                    : !BuilderMixins.read().contains(kind.type()) ? notYet(name) : null;
            if (refused != null) {
                problems.problem(path, refused, p.currentTokenLocation());
                p.skipChildren();
                return null;
            }
            if (p.currentToken() == null) {
                p.nextToken();
            }
            if (kind.list()) {
                TokenStreamLocation at = p.currentTokenLocation();
                List<?> list = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, kind.type()));
                int i = list == null ? -1 : list.indexOf(null);
                if (i >= 0 && problems.broken() == 0) {
                    String what = Guard.name(kind.type());
                    problems.problem(path + "[" + i + "]", "expected " + Guard.article(what) + " " + what + ", found null", at);
                }
                return list == null || i >= 0 ? null : List.copyOf(list);
            }
            return ctxt.readValue(p, kind.type());
        }
    }

    /** @return why a kind whose type has no reading mix-in yet is refused */
    static String notYet(String kind) {
        return describe(kind) + " cannot be read with Jackson 3 yet: its values are read by partnering-jackson"
                + " (Jackson 2) only";
    }
}
