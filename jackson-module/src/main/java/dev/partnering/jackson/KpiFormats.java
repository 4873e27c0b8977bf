package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.INSTANT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.explanation.Step;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementFrequency;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import dev.partnering.period.ReportingPeriod;

/** KPI definitions, value ranges, aggregation rules, qualifying conditions, measurements, aggregations, attainments. */
final class KpiFormats {

    private KpiFormats() {
    }

    /** The type name of an out-of-scope qualifying condition. */
    static final String OUT_OF_SCOPE = "out-of-scope";
    /** The type name of a minimum-volume qualifying condition. */
    static final String MINIMUM_VOLUME = "minimum-volume";

    static final ValueReader<KpiDefinition> KPI = KpiFormats::readKpi;
    static final ValueWriter<KpiDefinition> KPI_OUT = Writing.jackson(KpiDefinition.class);
    static final ValueReader<ValueRange> RANGE = KpiFormats::readRange;
    static final ValueWriter<ValueRange> RANGE_OUT = Writing.jackson(ValueRange.class);
    static final ValueReader<AggregationRule> RULE = Families.byType("aggregation rule", rules());
    static final ValueWriter<AggregationRule> RULE_OUT = Writing.jackson(AggregationRule.class);
    static final ValueReader<QualifyingCondition> CONDITION = Families.byType("qualifying condition", conditions());
    static final ValueWriter<QualifyingCondition> CONDITION_OUT = Writing.jackson(QualifyingCondition.class);
    static final ValueReader<Measurement> MEASUREMENT = KpiFormats::readMeasurement;
    static final ValueWriter<Measurement> MEASUREMENT_OUT = Writing.jackson(Measurement.class);
    static final ValueReader<Aggregation> AGGREGATION = KpiFormats::readAggregation;
    static final ValueWriter<Aggregation> AGGREGATION_OUT = KpiFormats::writeAggregation;

    // ---------------------------------------------------------------- definitions

    private static KpiDefinition readKpi(In in) {
        in.object("a KPI definition");
        KpiDefinition.Builder b = KpiDefinition.builder();
        in.req("id", TEXT, b::id);
        in.req("name", TEXT, b::name);
        in.req("unit", TEXT, b::unit);
        in.req("direction", enumOf(Direction.class), b::direction);
        in.opt("minimum", DECIMAL, b::minimum);
        in.opt("target", DECIMAL, b::target);
        in.opt("stretch", DECIMAL, b::stretch);
        in.opt("maxAttainment", DECIMAL, b::maxAttainment);
        in.opt("aggregation", RULE, b::aggregation);
        in.opt("weight", DECIMAL, b::weight);
        in.opt("frequency", enumOf(MeasurementFrequency.class), b::frequency);
        in.opt("dataSource", TEXT, b::dataSource);
        in.opt("measurementMethod", TEXT, b::measurementMethod);
        in.opt("validRange", RANGE, b::validRange);
        in.list("qualifyingConditions", CONDITION, b::addAllQualifyingConditions);
        in.req("effectiveFrom", DATE, b::effectiveFrom);
        in.opt("version", INT, b::version);
        in.opt("accountability", MultiSupplierFormats.ACCOUNTABILITY, b::accountability);
        return in.build(b::build);
    }

    private static ValueRange readRange(In in) {
        in.object("a value range");
        ValueRange.Builder b = ValueRange.builder();
        in.opt("lower", DECIMAL, b::lower);
        in.opt("upper", DECIMAL, b::upper);
        return in.build(b::build);
    }

    // ---------------------------------------------------------------- aggregation rules

    private static Map<String, ValueReader<? extends AggregationRule>> rules() {
        Map<String, ValueReader<? extends AggregationRule>> m = new LinkedHashMap<>();
        m.put(AggregationRule.mean().name(), in -> in.build(AggregationRule::mean));
        m.put(AggregationRule.sum().name(), in -> in.build(AggregationRule::sum));
        m.put(AggregationRule.min().name(), in -> in.build(AggregationRule::min));
        m.put(AggregationRule.max().name(), in -> in.build(AggregationRule::max));
        m.put(AggregationRule.last().name(), in -> in.build(AggregationRule::last));
        m.put(AggregationRule.ratio().name(), in -> in.build(AggregationRule::ratio));
        m.put("percentile", in -> {
            BigDecimal p = in.req("p", DECIMAL);
            return in.build(() -> AggregationRule.percentile(p));
        });
        return m;
    }

    // ---------------------------------------------------------------- qualifying conditions

    private static Map<String, ValueReader<? extends QualifyingCondition>> conditions() {
        Map<String, ValueReader<? extends QualifyingCondition>> m = new LinkedHashMap<>();
        m.put(MINIMUM_VOLUME, in -> {
            BigDecimal minimum = in.req("minimum", DECIMAL);
            return in.build(() -> QualifyingCondition.minimumVolume(minimum));
        });
        m.put(OUT_OF_SCOPE, in -> {
            List<ReportingPeriod> periods = in.list("periods", REPORTING_PERIOD);
            String reason = in.req("reason", TEXT);
            return in.build(() -> QualifyingCondition.outOfScope(periods, reason));
        });
        return m;
    }

    // ---------------------------------------------------------------- measurements

    private static Measurement readMeasurement(In in) {
        in.object("a measurement");
        Measurement.Builder b = Measurement.builder();
        in.req("kpiId", TEXT, b::kpiId);
        in.req("period", REPORTING_PERIOD, b::period);
        in.opt("value", DECIMAL, b::value);
        in.opt("numerator", DECIMAL, b::numerator);
        in.opt("denominator", DECIMAL, b::denominator);
        in.opt("source", TEXT, b::source);
        in.req("recordedAt", INSTANT, b::recordedAt);
        in.opt("exclusionReason", TEXT, b::exclusionReason);
        in.opt("scope", TEXT, b::scope);
        return in.build(b::build);
    }

    // ---------------------------------------------------------------- results

    private static Aggregation readAggregation(In in) {
        in.object("an aggregation");
        String kpiId = in.req("kpiId", TEXT);
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        AggregationRule rule = in.req("rule", RULE);
        Optional<BigDecimal> value = in.opt("value", DECIMAL);
        List<Measurement> used = in.list("used", MEASUREMENT);
        List<Measurement> excluded = in.list("excluded", MEASUREMENT);
        Optional<BigDecimal> numeratorSum = in.opt("numeratorSum", DECIMAL);
        Optional<BigDecimal> denominatorSum = in.opt("denominatorSum", DECIMAL);
        List<String> notes = in.list("notes", TEXT);
        Step explanation = in.req("explanation", ExplanationFormats.STEP);
        return in.build(() -> new Aggregation(kpiId, period, rule, value, used, excluded, numeratorSum, denominatorSum,
                notes, explanation));
    }

    private static void writeAggregation(Out out, Aggregation a) throws IOException {
        out.begin();
        out.text("kpiId", a.kpiId());
        out.value("period", a.period(), REPORTING_PERIOD_OUT);
        out.value("rule", a.rule(), RULE_OUT);
        out.opt("value", a.value(), DECIMAL_OUT);
        out.list("used", a.used(), MEASUREMENT_OUT);
        out.list("excluded", a.excluded(), MEASUREMENT_OUT);
        out.opt("numeratorSum", a.numeratorSum(), DECIMAL_OUT);
        out.opt("denominatorSum", a.denominatorSum(), DECIMAL_OUT);
        out.list("notes", a.notes(), TEXT_OUT);
        out.value("explanation", a.explanation(), ExplanationFormats.STEP_OUT);
        out.end();
    }

}
