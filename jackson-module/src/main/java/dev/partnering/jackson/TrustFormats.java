package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;
import dev.partnering.trust.Answer;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.Focus;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;
import dev.partnering.trust.TrustTrend;

/**
 * Trust: surveys with their scale, dimensions, responses and answers; the trust policy;
 * behavioural signals and their tally; and the trust report with its figures, indexes and trend.
 * <p>
 * An answer names its dimension by id, resolved against the dimensions of the survey that holds
 * it, so answers and responses are read within a survey only. A signal tally and a trust report
 * are results, written only (a trust report leaves out the answers it was computed from); they
 * keep a writer here because part of what they write comes from methods with a parameter (the
 * counts and in-time share per side, the index per side), which a mix-in cannot name. The figures
 * of a report are written through their mix-ins ({@link dev.partnering.jackson.common.mixin.ResultMixins}).
 */
final class TrustFormats {

    private TrustFormats() {
    }


    static final ValueReader<LikertScale> SCALE = TrustFormats::readScale;
    static final ValueWriter<LikertScale> SCALE_OUT = TrustFormats::writeScale;
    static final ValueReader<TrustDimension> DIMENSION = TrustFormats::readDimension;
    static final ValueWriter<TrustDimension> DIMENSION_OUT = TrustFormats::writeDimension;
    static final ValueWriter<Answer> ANSWER_OUT = TrustFormats::writeAnswer;
    static final ValueWriter<SurveyResponse> RESPONSE_OUT = TrustFormats::writeResponse;
    static final ValueReader<TrustSurvey> SURVEY = TrustFormats::readSurvey;
    static final ValueWriter<TrustSurvey> SURVEY_OUT = TrustFormats::writeSurvey;
    static final ValueReader<TrustPolicy> POLICY = TrustFormats::readPolicy;
    static final ValueWriter<TrustPolicy> POLICY_OUT = TrustFormats::writePolicy;

    static final ValueReader<BehaviouralSignal> SIGNAL = TrustFormats::readSignal;
    static final ValueWriter<BehaviouralSignal> SIGNAL_OUT = TrustFormats::writeSignal;
    static final ValueWriter<SignalTally> TALLY_OUT = TrustFormats::writeTally;

    private static final ValueWriter<DimensionTrust> DIMENSION_TRUST_OUT = Writing.jackson(DimensionTrust.class);
    private static final ValueWriter<TrustIndex> INDEX_OUT = Writing.jackson(TrustIndex.class);
    private static final ValueWriter<LevelTrust> LEVEL_OUT = Writing.jackson(LevelTrust.class);
    private static final ValueWriter<TrustTrend> TREND_OUT = Writing.jackson(TrustTrend.class);
    private static final ValueWriter<GroupScore> GROUP_SCORE_OUT = Writing.jackson(GroupScore.class);

    static final ValueWriter<TrustReport> REPORT_OUT = TrustFormats::writeReport;

    // ---------------------------------------------------------------- surveys

    private static LikertScale readScale(In in) {
        in.object("a Likert scale");
        LikertScale.Builder b = LikertScale.builder();
        in.req("minimum", INT, b::minimum);
        in.req("maximum", INT, b::maximum);
        return in.build(b::build);
    }

    private static void writeScale(Out out, LikertScale s) throws IOException {
        out.begin();
        out.integer("minimum", s.minimum());
        out.integer("maximum", s.maximum());
        out.end();
    }

    private static TrustDimension readDimension(In in) {
        in.object("a trust dimension");
        TrustDimension.Builder b = TrustDimension.builder();
        in.req("id", TEXT, b::id);
        in.req("name", TEXT, b::name);
        return in.build(b::build);
    }

    private static void writeDimension(Out out, TrustDimension d) throws IOException {
        out.begin();
        out.text("id", d.id());
        out.text("name", d.name());
        out.end();
    }

    private static Answer readAnswer(In in, Map<String, TrustDimension> dimensions) {
        in.object("an answer");
        Answer.Builder b = Answer.builder();
        in.req("dimension", id -> dimensionById(id, dimensions), b::dimension);
        in.opt("focus", enumOf(Focus.class), b::focus);
        in.opt("about", TEXT, b::about);
        in.req("value", INT, b::value);
        return in.build(b::build);
    }

    private static TrustDimension dimensionById(In in, Map<String, TrustDimension> dimensions) {
        String id = in.text();
        TrustDimension d = dimensions.get(id);
        if (d == null) {
            throw in.fail("dimension '" + JsonTree.abbreviate(id) + "' is not one of the survey's dimensions "
                    + dimensions.keySet());
        }
        return d;
    }

    private static void writeAnswer(Out out, Answer a) throws IOException {
        out.begin();
        out.text("dimension", a.dimension().id());
        out.enumValue("focus", a.focus());
        out.opt("about", a.about(), TEXT_OUT);
        out.integer("value", a.value());
        out.end();
    }

    private static SurveyResponse readResponse(In in, Map<String, TrustDimension> dimensions) {
        in.object("a survey response");
        SurveyResponse.Builder b = SurveyResponse.builder();
        in.req("respondent", TEXT, b::respondent);
        in.req("side", enumOf(PartyKind.class), b::side);
        in.opt("party", TEXT, b::party);
        in.req("level", enumOf(GovernanceLevel.class), b::level);
        in.list("answers", a -> readAnswer(a, dimensions), b::addAllAnswers);
        return in.build(b::build);
    }

    private static void writeResponse(Out out, SurveyResponse r) throws IOException {
        out.begin();
        out.text("respondent", r.respondent());
        out.enumValue("side", r.side());
        out.opt("party", r.party(), TEXT_OUT);
        out.enumValue("level", r.level());
        out.list("answers", r.answers(), ANSWER_OUT);
        out.end();
    }

    private static TrustSurvey readSurvey(In in) {
        in.object("a trust survey");
        TrustSurvey.Builder b = TrustSurvey.builder();
        in.req("assessmentDate", DATE, b::assessmentDate);
        in.opt("scale", SCALE, b::scale);
        List<TrustDimension> dimensions = in.list("dimensions", DIMENSION);
        b.addAllDimensions(dimensions);
        // a repeated id is the survey's own violation; answers resolve to its first dimension
        Map<String, TrustDimension> byId = new LinkedHashMap<>();
        dimensions.forEach(d -> byId.putIfAbsent(d.id(), d));
        in.list("parties", AgreementFormats.PARTY, b::addAllParties);
        in.list("responses", r -> readResponse(r, byId), b::addAllResponses);
        return in.build(b::build);
    }

    private static void writeSurvey(Out out, TrustSurvey s) throws IOException {
        out.begin();
        out.value("assessmentDate", s.assessmentDate(), DATE_OUT);
        out.value("scale", s.scale(), SCALE_OUT);
        out.list("dimensions", s.dimensions(), DIMENSION_OUT);
        if (!s.parties().isEmpty()) {
            // a survey that records only the sides is written as before 0.3.0
            out.list("parties", s.parties(), AgreementFormats.PARTY_OUT);
        }
        out.list("responses", s.responses(), RESPONSE_OUT);
        out.end();
    }

    private static TrustPolicy readPolicy(In in) {
        in.object("a trust policy");
        TrustPolicy.Builder b = TrustPolicy.builder();
        in.opt("minimumGroupSize", INT, b::minimumGroupSize);
        in.opt("balanceThreshold", DECIMAL, b::balanceThreshold);
        b.putAllWeights(in.map("weights", DECIMAL));
        return in.build(b::build);
    }

    private static void writePolicy(Out out, TrustPolicy p) throws IOException {
        out.begin();
        out.integer("minimumGroupSize", p.minimumGroupSize());
        out.decimal("balanceThreshold", p.balanceThreshold());
        out.map("weights", p.weights(), DECIMAL_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- behavioural signals

    private static BehaviouralSignal readSignal(In in) {
        in.object("a behavioural signal");
        BehaviouralSignal.Builder b = BehaviouralSignal.builder();
        in.req("kind", enumOf(SignalKind.class), b::kind);
        in.req("date", DATE, b::date);
        in.opt("by", enumOf(PartyKind.class), b::by);
        in.opt("reference", TEXT, b::reference);
        return in.build(b::build);
    }

    private static void writeSignal(Out out, BehaviouralSignal s) throws IOException {
        out.begin();
        out.enumValue("kind", s.kind());
        out.value("date", s.date(), DATE_OUT);
        out.opt("by", s.by(), Scalars.ENUM_OUT);
        out.opt("reference", s.reference(), TEXT_OUT);
        out.end();
    }

    /** The counts of one kind of signal in a tally: all sides, and each acting side. */
    private record Count(int total, int customer, int supplier) {
    }

    private static void writeCount(Out out, Count c) throws IOException {
        out.begin();
        out.integer("total", c.total());
        out.integer("customer", c.customer());
        out.integer("supplier", c.supplier());
        out.end();
    }

    private static void writeTally(Out out, SignalTally t) throws IOException {
        Map<SignalKind, Count> counts = new LinkedHashMap<>();
        for (SignalKind k : SignalKind.values()) {
            counts.put(k, new Count(t.count(k), t.count(k, PartyKind.CUSTOMER), t.count(k, PartyKind.SUPPLIER)));
        }
        out.begin();
        out.value("period", t.period(), REPORTING_PERIOD_OUT);
        out.enumMap("counts", SignalKind.class, counts, TrustFormats::writeCount);
        out.opt("inTimeShare", t.inTimeShare(), DECIMAL_OUT);
        out.opt("customerInTimeShare", t.inTimeShare(PartyKind.CUSTOMER), DECIMAL_OUT);
        out.opt("supplierInTimeShare", t.inTimeShare(PartyKind.SUPPLIER), DECIMAL_OUT);
        out.value("explanation", t.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- figures of a report

    // ---------------------------------------------------------------- the report

    private static void writeReport(Out out, TrustReport r) throws IOException {
        out.begin();
        out.value("assessmentDate", r.assessmentDate(), DATE_OUT);
        out.value("scale", r.scale(), SCALE_OUT);
        out.value("policy", r.policy(), POLICY_OUT);
        out.integer("respondents", r.respondents());
        out.list("dimensions", r.dimensions(), DIMENSION_TRUST_OUT);
        out.value("index", r.index(), INDEX_OUT);
        out.value("customerIndex", r.index(PartyKind.CUSTOMER), INDEX_OUT);
        out.value("supplierIndex", r.index(PartyKind.SUPPLIER), INDEX_OUT);
        out.list("levels", r.levels(), LEVEL_OUT);
        out.enumValue("balance", r.balance());
        out.opt("trend", r.trend(), TREND_OUT);
        out.list("suppressed", r.suppressed(), GROUP_SCORE_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- trust per party (0.3.0)

}
