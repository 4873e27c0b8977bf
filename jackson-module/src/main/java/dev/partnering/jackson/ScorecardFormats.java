package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.BOOL;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.scorecard.ScorecardWarning;

/** Scorecards, their lines and warnings. */
final class ScorecardFormats {

    private ScorecardFormats() {
    }

    static final ValueReader<Scorecard> SCORECARD = ScorecardFormats::readScorecard;
    static final ValueWriter<Scorecard> SCORECARD_OUT = ScorecardFormats::writeScorecard;
    static final ValueReader<ScorecardLine> LINE = ScorecardFormats::readLine;
    static final ValueWriter<ScorecardLine> LINE_OUT = ScorecardFormats::writeLine;
    static final ValueReader<ScorecardWarning> WARNING = ScorecardFormats::readWarning;
    static final ValueWriter<ScorecardWarning> WARNING_OUT = ScorecardFormats::writeWarning;

    private static Scorecard readScorecard(In in) {
        in.object("a scorecard");
        String agreementId = in.req("agreementId", TEXT);
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        MissingDataPolicy policy = in.req("policy", enumOf(MissingDataPolicy.class));
        Optional<BigDecimal> score = in.opt("score", DECIMAL);
        Optional<String> undefinedReason = in.opt("undefinedReason", TEXT);
        Optional<BigDecimal> previousScore = in.opt("previousScore", DECIMAL);
        List<ScorecardLine> lines = in.list("lines", LINE);
        List<ScorecardWarning> warnings = in.list("warnings", WARNING);
        Explanation explanation = in.req("explanation", ExplanationFormats.EXPLANATION);
        return in.build(() -> new Scorecard(agreementId, period, policy, lines, score, undefinedReason, previousScore,
                warnings, explanation));
    }

    private static void writeScorecard(Out out, Scorecard s) throws IOException {
        out.begin();
        out.text("agreementId", s.agreementId());
        out.value("period", s.period(), REPORTING_PERIOD_OUT);
        out.enumValue("policy", s.policy());
        out.opt("score", s.score(), DECIMAL_OUT);
        out.opt("undefinedReason", s.undefinedReason(), TEXT_OUT);
        out.opt("previousScore", s.previousScore(), DECIMAL_OUT);
        out.list("lines", s.lines(), LINE_OUT);
        out.list("warnings", s.warnings(), WARNING_OUT);
        out.value("explanation", s.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    private static ScorecardLine readLine(In in) {
        in.object("a scorecard line");
        String kpiId = in.req("kpiId", TEXT);
        KpiStatus status = in.req("status", enumOf(KpiStatus.class));
        Boolean counted = in.req("counted", BOOL);
        Optional<BigDecimal> value = in.opt("value", DECIMAL);
        Optional<ReportingPeriod> valueFrom = in.opt("valueFrom", REPORTING_PERIOD);
        Optional<BigDecimal> attainment = in.opt("attainment", DECIMAL);
        BigDecimal weight = in.req("weight", DECIMAL);
        Optional<BigDecimal> contribution = in.opt("contribution", DECIMAL);
        // written by 0.1 snapshots before the reasons lived in the explanation only: accepted and ignored
        in.consume("reasons");
        Optional<KpiDefinition> definition = in.opt("definition", KpiFormats.KPI);
        Optional<Aggregation> aggregation = in.opt("aggregation", KpiFormats.AGGREGATION);
        Step explanation = in.req("explanation", ExplanationFormats.STEP);
        return in.build(() -> new ScorecardLine(kpiId, definition, aggregation, value, valueFrom, attainment, weight,
                contribution, status, counted, explanation));
    }

    private static void writeLine(Out out, ScorecardLine l) throws IOException {
        out.begin();
        out.text("kpiId", l.kpiId());
        out.enumValue("status", l.status());
        out.bool("counted", l.counted());
        out.opt("value", l.value(), DECIMAL_OUT);
        out.opt("valueFrom", l.valueFrom(), REPORTING_PERIOD_OUT);
        out.opt("attainment", l.attainment(), DECIMAL_OUT);
        out.decimal("weight", l.weight());
        out.opt("contribution", l.contribution(), DECIMAL_OUT);
        out.opt("definition", l.definition(), KpiFormats.KPI_OUT);
        out.opt("aggregation", l.aggregation(), KpiFormats.AGGREGATION_OUT);
        out.value("explanation", l.explanation(), ExplanationFormats.STEP_OUT);
        out.end();
    }

    private static ScorecardWarning readWarning(In in) {
        in.object("a scorecard warning");
        String kpiId = in.req("kpiId", TEXT);
        ScorecardWarning.Kind kind = in.req("kind", enumOf(ScorecardWarning.Kind.class));
        String message = in.req("message", TEXT);
        return in.build(() -> new ScorecardWarning(kpiId, kind, message));
    }

    private static void writeWarning(Out out, ScorecardWarning w) throws IOException {
        out.begin();
        out.text("kpiId", w.kpiId());
        out.enumValue("kind", w.kind());
        out.text("message", w.message());
        out.end();
    }
}
