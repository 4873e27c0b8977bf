package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.explanation.Explanation;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Balance;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.Focus;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SelfImage;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.SuppressionReason;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustChange;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.PartyFigure;
import dev.partnering.trust.PartyTrustGroup;
import dev.partnering.trust.PartyTrustReport;
import dev.partnering.trust.SuppressionReason;
import dev.partnering.trust.TrustGroup;
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
 * it, so answers and responses are read within a survey only. A signal tally is read by counting
 * again, with {@link SignalTally#count}, signals that give exactly the counts written. A trust
 * report is written only: it leaves out the answers it was computed from, so it cannot be checked
 * when read.
 * <p>
 * A suppressed figure is written as its group, the reason and the minimum group size, never with a
 * number: the writers only copy what the report holds, and the report holds no number for it.
 */
final class TrustFormats {

    private TrustFormats() {
    }

    static final String SHOWN = "shown";
    static final String SUPPRESSED = "suppressed";
    static final String NO_ANSWERS = "no-answers";

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
    static final ValueReader<SignalTally> TALLY = TrustFormats::readTally;
    static final ValueWriter<SignalTally> TALLY_OUT = TrustFormats::writeTally;

    static final ValueReader<TrustGroup> GROUP = TrustFormats::readGroup;
    static final ValueWriter<TrustGroup> GROUP_OUT = TrustFormats::writeGroup;
    static final ValueReader<GroupScore> GROUP_SCORE = Families.byType("group score", groupScores());
    static final ValueWriter<GroupScore> GROUP_SCORE_OUT = TrustFormats::writeGroupScore;
    static final ValueReader<SelfImage> SELF_IMAGE = TrustFormats::readSelfImage;
    static final ValueWriter<SelfImage> SELF_IMAGE_OUT = TrustFormats::writeSelfImage;
    static final ValueReader<DimensionTrust> DIMENSION_TRUST = TrustFormats::readDimensionTrust;
    static final ValueWriter<DimensionTrust> DIMENSION_TRUST_OUT = TrustFormats::writeDimensionTrust;
    static final ValueReader<TrustIndex> INDEX = TrustFormats::readIndex;
    static final ValueWriter<TrustIndex> INDEX_OUT = TrustFormats::writeIndex;
    static final ValueReader<LevelTrust> LEVEL = TrustFormats::readLevel;
    static final ValueWriter<LevelTrust> LEVEL_OUT = TrustFormats::writeLevel;
    static final ValueReader<TrustChange> CHANGE = TrustFormats::readChange;
    static final ValueWriter<TrustChange> CHANGE_OUT = TrustFormats::writeChange;
    static final ValueReader<TrustTrend> TREND = TrustFormats::readTrend;
    static final ValueWriter<TrustTrend> TREND_OUT = TrustFormats::writeTrend;

    static final ValueWriter<TrustReport> REPORT_OUT = TrustFormats::writeReport;
    static final ValueReader<PartyTrustGroup> PARTY_GROUP = TrustFormats::readPartyGroup;
    static final ValueWriter<PartyTrustGroup> PARTY_GROUP_OUT = TrustFormats::writePartyGroup;
    static final ValueReader<PartyFigure> PARTY_FIGURE = TrustFormats::readPartyFigure;
    static final ValueWriter<PartyFigure> PARTY_FIGURE_OUT = TrustFormats::writePartyFigure;
    static final ValueWriter<PartyTrustReport> PARTY_REPORT_OUT = TrustFormats::writePartyReport;

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

    private static Count readCount(In in) {
        in.object("the counts of a kind of signal");
        Integer total = in.req("total", INT);
        int customer = in.opt("customer", INT).orElse(0);
        int supplier = in.opt("supplier", INT).orElse(0);
        return in.build(() -> new Count(total, customer, supplier));
    }

    private static void writeCount(Out out, Count c) throws IOException {
        out.begin();
        out.integer("total", c.total());
        out.integer("customer", c.customer());
        out.integer("supplier", c.supplier());
        out.end();
    }

    private static SignalTally readTally(In in) {
        in.object("a signal tally");
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        Map<SignalKind, Count> counts = in.enumMap("counts", SignalKind.class, TrustFormats::readCount);
        Derived derived = Derived.of(in)
                .field("inTimeShare", DECIMAL)
                .field("customerInTimeShare", DECIMAL)
                .field("supplierInTimeShare", DECIMAL)
                .field("explanation", ExplanationFormats.EXPLANATION);
        return derived.build(() -> recount(period, counts), t -> Derived.values(
                "inTimeShare", t.inTimeShare().orElse(null),
                "customerInTimeShare", t.inTimeShare(PartyKind.CUSTOMER).orElse(null),
                "supplierInTimeShare", t.inTimeShare(PartyKind.SUPPLIER).orElse(null),
                "explanation", t.explanation()), "counting the signals again");
    }

    /**
     * Counts, with {@link SignalTally#count}, signals on the period's first day that give exactly
     * the counts: per kind, the customer's, the supplier's and, for joint initiatives only, the
     * rest as initiatives of both sides together.
     */
    private static SignalTally recount(ReportingPeriod period, Map<SignalKind, Count> counts) {
        List<Violation> violations = new ArrayList<>();
        long all = 0;
        List<BehaviouralSignal> signals = new ArrayList<>();
        for (Map.Entry<SignalKind, Count> e : counts.entrySet()) {
            SignalKind kind = e.getKey();
            Count c = e.getValue();
            String path = "counts." + kind;
            if (c.total() < 0 || c.customer() < 0 || c.supplier() < 0) {
                violations.add(Violation.of(path, c.total() + "/" + c.customer() + "/" + c.supplier(),
                        kind + ": counts must not be negative"));
                continue;
            }
            long sides = (long) c.customer() + c.supplier();
            if (kind == SignalKind.JOINT_IMPROVEMENT_STARTED ? sides > c.total() : sides != c.total()) {
                violations.add(Violation.of(path + ".total", c.total(), kind + ": total " + c.total()
                        + (kind == SignalKind.JOINT_IMPROVEMENT_STARTED ? " must be at least " : " must be ")
                        + "customer " + c.customer() + " + supplier " + c.supplier()
                        + (kind == SignalKind.JOINT_IMPROVEMENT_STARTED ? "" : "; only a joint initiative may be of both sides")));
                continue;
            }
            all += c.total();
            if (all > PartneringJson.MAX_TALLY_SIGNALS) {
                violations.add(Violation.of(path + ".total", c.total(), "a signal tally is read by counting again and may"
                        + " hold at most " + PartneringJson.MAX_TALLY_SIGNALS + " signals"));
                break;
            }
            signals.addAll(Collections.nCopies(c.customer(), BehaviouralSignal.of(kind, period.start(), PartyKind.CUSTOMER)));
            signals.addAll(Collections.nCopies(c.supplier(), BehaviouralSignal.of(kind, period.start(), PartyKind.SUPPLIER)));
            if (c.total() > sides) {
                signals.addAll(Collections.nCopies(c.total() - (int) sides, BehaviouralSignal.jointInitiative(period.start())));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("SignalTally " + period, violations);
        }
        return SignalTally.count(signals, period);
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

    private static TrustGroup readGroup(In in) {
        in.object("a trust group");
        TrustDimension dimension = in.req("dimension", DIMENSION);
        Optional<PartyKind> side = in.opt("side", enumOf(PartyKind.class));
        Optional<GovernanceLevel> level = in.opt("level", enumOf(GovernanceLevel.class));
        Optional<Focus> focus = in.opt("focus", enumOf(Focus.class));
        Derived derived = Derived.of(in).field("label", TEXT);
        return derived.build(() -> new TrustGroup(dimension, side, level, focus), g -> Derived.values("label", g.label()),
                "recomputing it from dimension, side, level and focus");
    }

    private static void writeGroup(Out out, TrustGroup g) throws IOException {
        out.begin();
        out.value("dimension", g.dimension(), DIMENSION_OUT);
        out.opt("side", g.side(), Scalars.ENUM_OUT);
        out.opt("level", g.level(), Scalars.ENUM_OUT);
        out.opt("focus", g.focus(), Scalars.ENUM_OUT);
        out.text("label", g.label());
        out.end();
    }

    private static Map<String, ValueReader<? extends GroupScore>> groupScores() {
        Map<String, ValueReader<? extends GroupScore>> m = new LinkedHashMap<>();
        m.put(SHOWN, in -> {
            TrustGroup group = in.req("group", GROUP);
            BigDecimal value = in.req("value", DECIMAL);
            Integer answers = in.req("answers", INT);
            Integer respondents = in.req("respondents", INT);
            return in.build(() -> new GroupScore.Shown(group, value, answers, respondents));
        });
        m.put(SUPPRESSED, in -> {
            TrustGroup group = in.req("group", GROUP);
            SuppressionReason reason = in.req("reason", enumOf(SuppressionReason.class));
            Integer minimum = in.req("minimumGroupSize", INT);
            return in.build(() -> new GroupScore.Suppressed(group, reason, minimum));
        });
        m.put(NO_ANSWERS, in -> {
            TrustGroup group = in.req("group", GROUP);
            return in.build(() -> new GroupScore.NoAnswers(group));
        });
        return m;
    }

    /** Writes a figure; a suppressed one as its group, reason and minimum group size, never a number. */
    private static void writeGroupScore(Out out, GroupScore s) throws IOException {
        out.begin();
        if (s instanceof GroupScore.Shown shown) {
            out.text("type", SHOWN);
            out.value("group", shown.group(), GROUP_OUT);
            out.decimal("value", shown.value());
            out.integer("answers", shown.answers());
            out.integer("respondents", shown.respondents());
        } else if (s instanceof GroupScore.Suppressed hidden) {
            out.text("type", SUPPRESSED);
            out.value("group", hidden.group(), GROUP_OUT);
            out.enumValue("reason", hidden.reason());
            out.integer("minimumGroupSize", hidden.minimumGroupSize());
        } else {
            out.text("type", NO_ANSWERS);
            out.value("group", s.group(), GROUP_OUT);
        }
        out.end();
    }

    private static SelfImage readSelfImage(In in) {
        in.object("a self-image");
        PartyKind side = in.req("side", enumOf(PartyKind.class));
        GroupScore self = in.req("self", GROUP_SCORE);
        GroupScore seen = in.req("seenByPartner", GROUP_SCORE);
        Derived derived = Derived.of(in).field("gap", DECIMAL);
        return derived.build(() -> new SelfImage(side, self, seen), s -> Derived.values("gap", s.gap().orElse(null)),
                "self - seenByPartner");
    }

    private static void writeSelfImage(Out out, SelfImage s) throws IOException {
        out.begin();
        out.enumValue("side", s.side());
        out.value("self", s.self(), GROUP_SCORE_OUT);
        out.value("seenByPartner", s.seenByPartner(), GROUP_SCORE_OUT);
        out.opt("gap", s.gap(), DECIMAL_OUT);
        out.end();
    }

    private static DimensionTrust readDimensionTrust(In in) {
        in.object("the figures of a dimension");
        TrustDimension dimension = in.req("dimension", DIMENSION);
        BigDecimal weight = in.req("weight", DECIMAL);
        GroupScore overall = in.req("overall", GROUP_SCORE);
        GroupScore customer = in.req("customer", GROUP_SCORE);
        GroupScore supplier = in.req("supplier", GROUP_SCORE);
        SelfImage customerSelfImage = in.req("customerSelfImage", SELF_IMAGE);
        SelfImage supplierSelfImage = in.req("supplierSelfImage", SELF_IMAGE);
        Derived derived = Derived.of(in).field("perceptionGap", DECIMAL);
        return derived.build(() -> new DimensionTrust(dimension, weight, overall, customer, supplier, customerSelfImage,
                supplierSelfImage), d -> Derived.values("perceptionGap", d.perceptionGap().orElse(null)),
                "|customer - supplier|");
    }

    private static void writeDimensionTrust(Out out, DimensionTrust d) throws IOException {
        out.begin();
        out.value("dimension", d.dimension(), DIMENSION_OUT);
        out.decimal("weight", d.weight());
        out.value("overall", d.overall(), GROUP_SCORE_OUT);
        out.value("customer", d.customer(), GROUP_SCORE_OUT);
        out.value("supplier", d.supplier(), GROUP_SCORE_OUT);
        out.opt("perceptionGap", d.perceptionGap(), DECIMAL_OUT);
        out.value("customerSelfImage", d.customerSelfImage(), SELF_IMAGE_OUT);
        out.value("supplierSelfImage", d.supplierSelfImage(), SELF_IMAGE_OUT);
        out.end();
    }

    private static TrustIndex readIndex(In in) {
        in.object("a trust index");
        Optional<BigDecimal> value = in.opt("value", DECIMAL);
        List<TrustDimension> included = in.list("included", DIMENSION);
        List<TrustDimension> leftOut = in.list("leftOut", DIMENSION);
        return in.build(() -> new TrustIndex(value, included, leftOut));
    }

    private static void writeIndex(Out out, TrustIndex i) throws IOException {
        out.begin();
        out.opt("value", i.value(), DECIMAL_OUT);
        out.list("included", i.included(), DIMENSION_OUT);
        out.list("leftOut", i.leftOut(), DIMENSION_OUT);
        out.end();
    }

    private static LevelTrust readLevel(In in) {
        in.object("the figures of a side at a level");
        PartyKind side = in.req("side", enumOf(PartyKind.class));
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        List<GroupScore> scores = in.list("scores", GROUP_SCORE);
        TrustIndex index = in.req("index", INDEX);
        return in.build(() -> new LevelTrust(side, level, scores, index));
    }

    private static void writeLevel(Out out, LevelTrust l) throws IOException {
        out.begin();
        out.enumValue("side", l.side());
        out.enumValue("level", l.level());
        out.list("scores", l.scores(), GROUP_SCORE_OUT);
        out.value("index", l.index(), INDEX_OUT);
        out.end();
    }

    private static TrustChange readChange(In in) {
        in.object("a trust change");
        String figure = in.req("figure", TEXT);
        BigDecimal previous = in.req("previous", DECIMAL);
        BigDecimal current = in.req("current", DECIMAL);
        Derived derived = Derived.of(in).field("change", DECIMAL);
        return derived.build(() -> new TrustChange(figure, previous, current), c -> Derived.values("change", c.change()),
                "current - previous");
    }

    private static void writeChange(Out out, TrustChange c) throws IOException {
        out.begin();
        out.text("figure", c.figure());
        out.decimal("previous", c.previous());
        out.decimal("current", c.current());
        out.decimal("change", c.change());
        out.end();
    }

    private static TrustTrend readTrend(In in) {
        in.object("a trust trend");
        LocalDate previous = in.req("previousAssessment", DATE);
        List<TrustChange> changes = in.list("changes", CHANGE);
        return in.build(() -> new TrustTrend(previous, changes));
    }

    private static void writeTrend(Out out, TrustTrend t) throws IOException {
        out.begin();
        out.value("previousAssessment", t.previousAssessment(), DATE_OUT);
        out.list("changes", t.changes(), CHANGE_OUT);
        out.end();
    }

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

    private static PartyTrustGroup readPartyGroup(In in) {
        in.object("a party trust group");
        TrustDimension dimension = in.req("dimension", DIMENSION);
        Optional<String> party = in.opt("party", TEXT);
        Optional<GovernanceLevel> level = in.opt("level", enumOf(GovernanceLevel.class));
        Optional<String> about = in.opt("about", TEXT);
        Derived derived = Derived.of(in).field("label", TEXT);
        return derived.build(() -> new PartyTrustGroup(dimension, party, level, about),
                g -> Derived.values("label", g.label()), "recomputing it from dimension, party, level and about");
    }

    private static void writePartyGroup(Out out, PartyTrustGroup g) throws IOException {
        out.begin();
        out.value("dimension", g.dimension(), DIMENSION_OUT);
        out.opt("party", g.party(), TEXT_OUT);
        out.opt("level", g.level(), Scalars.ENUM_OUT);
        out.opt("about", g.about(), TEXT_OUT);
        out.text("label", g.label());
        out.end();
    }

    private static PartyFigure readPartyFigure(In in) {
        in.object("a party trust figure");
        PartyTrustGroup group = in.req("group", PARTY_GROUP);
        Optional<java.math.BigDecimal> score = in.opt("score", DECIMAL);
        Optional<SuppressionReason> suppression = in.opt("suppression", enumOf(SuppressionReason.class));
        return in.build(() -> new PartyFigure(group, score, suppression));
    }

    private static void writePartyFigure(Out out, PartyFigure f) throws IOException {
        out.begin();
        out.value("group", f.group(), PARTY_GROUP_OUT);
        out.opt("score", f.score(), DECIMAL_OUT);
        out.opt("suppression", f.suppression(), Scalars.ENUM_OUT);
        out.end();
    }

    private static void writePartyReport(Out out, PartyTrustReport r) throws IOException {
        out.begin();
        out.value("assessmentDate", r.assessmentDate(), DATE_OUT);
        out.integer("minimumGroupSize", r.minimumGroupSize());
        out.list("figures", r.figures(), PARTY_FIGURE_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }
}
