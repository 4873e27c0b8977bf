package dev.partnering.jackson.common.mixin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.health.HealthReason;
import dev.partnering.health.Pillar;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.scorecard.ScorecardWarning;

/**
 * Explanations, violations, scorecards (with their lines and warnings), aggregations and health
 * reasons: written through these mix-ins and read back through the creators they annotate (the
 * records' constructors, {@code ScorecardLine}'s public constructor, the static factories of
 * explanations, steps and violations), so that a stored scorecard reads back for a later
 * computation (an incentive period holds one). Each names every field of the format in its order
 * (see {@code FORMAT.md}); a required field is {@code required}, an absent list or map is empty,
 * an absent optional value is none. Annotations only, so the same classes serve Jackson 2 and 3.
 */
final class ScorecardMixins {

    private ScorecardMixins() {
    }

    /** Registers the types read through the creators below with {@link BuilderMixins}. */
    static void register() {
        BuilderMixins.created(Explanation.class, Step.class, Violation.class, Scorecard.class, ScorecardLine.class,
                ScorecardWarning.class, Aggregation.class, HealthReason.class);
    }

    /** @return the writing (and creator) mix-ins by the type they annotate; part of {@link PartneringMixins#all()} */
    static Map<Class<?>, Class<?>> all() {
        Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
        m.put(Explanation.class, ExplanationMixin.class);
        m.put(Step.class, StepMixin.class);
        m.put(Violation.class, ViolationMixin.class);
        m.put(Scorecard.class, ScorecardMixin.class);
        m.put(ScorecardLine.class, ScorecardLineMixin.class);
        m.put(ScorecardWarning.class, ScorecardWarningMixin.class);
        m.put(Aggregation.class, AggregationMixin.class);
        m.put(HealthReason.class, HealthReasonMixin.class);
        return m;
    }

    // ---------------------------------------------------------------- explanations

    /**
     * An explanation: its subject and steps. The depth limit ({@link Explanation#MAX_DEPTH}) is the
     * core's, checked when the explanation is built from what was read; each Jackson module checks
     * the whole tree (lazy steps included) before writing it.
     */
    @JsonPropertyOrder({"subject", "steps"})
    abstract static class ExplanationMixin extends PartneringMixins.Hidden {
        @JsonCreator static Explanation of(@JsonProperty(value = "subject", required = true) String subject,
                @JsonProperty("steps") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Step> steps) {
            return null;
        }
        @JsonProperty abstract String subject();
        @JsonProperty abstract List<Step> steps();
    }

    /** A step: facts and children always written (empty too), absent when read is none. */
    @JsonPropertyOrder({"kind", "text", "facts", "children"})
    abstract static class StepMixin extends PartneringMixins.Hidden {
        @JsonCreator static Step of(@JsonProperty(value = "kind", required = true) StepKind kind,
                @JsonProperty(value = "text", required = true) String text,
                @JsonProperty("facts") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, String> facts,
                @JsonProperty("children") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Step> children) {
            return null;
        }
        @JsonProperty abstract StepKind kind();
        @JsonProperty abstract String text();
        @JsonProperty abstract Map<String, String> facts();
        @JsonProperty abstract List<Step> children();
    }

    /** A violation: its value written only when there is one. */
    @JsonPropertyOrder({"path", "value", "rule"})
    abstract static class ViolationMixin extends PartneringMixins.Hidden {
        @JsonCreator static Violation of(@JsonProperty(value = "path", required = true) String path,
                @JsonProperty("value") Object value, @JsonProperty(value = "rule", required = true) String rule) {
            return null;
        }
        @JsonProperty abstract String path();
        @JsonProperty @JsonInclude(JsonInclude.Include.NON_NULL) abstract String value();
        @JsonProperty abstract String rule();
    }

    // ---------------------------------------------------------------- scorecards

    @JsonPropertyOrder({"agreementId", "period", "policy", "score", "undefinedReason", "previousScore", "lines",
            "warnings", "explanation"})
    abstract static class ScorecardMixin extends PartneringMixins.Hidden {
        @JsonCreator ScorecardMixin(@JsonProperty(value = "agreementId", required = true) String agreementId,
                @JsonProperty(value = "period", required = true) ReportingPeriod period,
                @JsonProperty(value = "policy", required = true) MissingDataPolicy policy,
                @JsonProperty("lines") @JsonSetter(nulls = Nulls.AS_EMPTY) List<ScorecardLine> lines,
                @JsonProperty("score") Optional<BigDecimal> score,
                @JsonProperty("undefinedReason") Optional<String> undefinedReason,
                @JsonProperty("previousScore") Optional<BigDecimal> previousScore,
                @JsonProperty("warnings") @JsonSetter(nulls = Nulls.AS_EMPTY) List<ScorecardWarning> warnings,
                @JsonProperty(value = "explanation", required = true) Explanation explanation) {
        }
        @JsonProperty abstract String agreementId();
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract MissingDataPolicy policy();
        @JsonProperty abstract Optional<BigDecimal> score();
        @JsonProperty abstract Optional<String> undefinedReason();
        @JsonProperty abstract Optional<BigDecimal> previousScore();
        @JsonProperty abstract List<ScorecardLine> lines();
        @JsonProperty abstract List<ScorecardWarning> warnings();
        @JsonProperty abstract Explanation explanation();
    }

    /**
     * A scorecard line, read through its public constructor. {@code reasons}, written by 0.1
     * snapshots before the reasons lived in the explanation only, is accepted and ignored.
     */
    @JsonIgnoreProperties(value = {"reasons"}, allowGetters = false)
    @JsonPropertyOrder({"kpiId", "status", "counted", "value", "valueFrom", "attainment", "weight", "contribution",
            "definition", "aggregation", "explanation"})
    abstract static class ScorecardLineMixin extends PartneringMixins.Hidden {
        @JsonCreator ScorecardLineMixin(@JsonProperty(value = "kpiId", required = true) String kpiId,
                @JsonProperty("definition") Optional<KpiDefinition> definition,
                @JsonProperty("aggregation") Optional<Aggregation> aggregation,
                @JsonProperty("value") Optional<BigDecimal> value,
                @JsonProperty("valueFrom") Optional<ReportingPeriod> valueFrom,
                @JsonProperty("attainment") Optional<BigDecimal> attainment,
                @JsonProperty(value = "weight", required = true) BigDecimal weight,
                @JsonProperty("contribution") Optional<BigDecimal> contribution,
                @JsonProperty(value = "status", required = true) KpiStatus status,
                @JsonProperty(value = "counted", required = true) boolean counted,
                @JsonProperty(value = "explanation", required = true) Step explanation) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract KpiStatus status();
        @JsonProperty abstract boolean counted();
        @JsonProperty abstract Optional<BigDecimal> value();
        @JsonProperty abstract Optional<ReportingPeriod> valueFrom();
        @JsonProperty abstract Optional<BigDecimal> attainment();
        @JsonProperty abstract BigDecimal weight();
        @JsonProperty abstract Optional<BigDecimal> contribution();
        @JsonProperty abstract Optional<KpiDefinition> definition();
        @JsonProperty abstract Optional<Aggregation> aggregation();
        @JsonProperty abstract Step explanation();
    }

    @JsonPropertyOrder({"kpiId", "kind", "message"})
    abstract static class ScorecardWarningMixin extends PartneringMixins.Hidden {
        @JsonCreator ScorecardWarningMixin(@JsonProperty(value = "kpiId", required = true) String kpiId,
                @JsonProperty(value = "kind", required = true) ScorecardWarning.Kind kind,
                @JsonProperty(value = "message", required = true) String message) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract ScorecardWarning.Kind kind();
        @JsonProperty abstract String message();
    }

    // ---------------------------------------------------------------- aggregations and health reasons

    @JsonPropertyOrder({"kpiId", "period", "rule", "value", "used", "excluded", "numeratorSum", "denominatorSum", "notes",
            "explanation"})
    abstract static class AggregationMixin extends PartneringMixins.Hidden {
        @JsonCreator AggregationMixin(@JsonProperty(value = "kpiId", required = true) String kpiId,
                @JsonProperty(value = "period", required = true) ReportingPeriod period,
                @JsonProperty(value = "rule", required = true) AggregationRule rule,
                @JsonProperty("value") Optional<BigDecimal> value,
                @JsonProperty("used") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Measurement> used,
                @JsonProperty("excluded") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Measurement> excluded,
                @JsonProperty("numeratorSum") Optional<BigDecimal> numeratorSum,
                @JsonProperty("denominatorSum") Optional<BigDecimal> denominatorSum,
                @JsonProperty("notes") @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> notes,
                @JsonProperty(value = "explanation", required = true) Step explanation) {
        }
        @JsonProperty abstract String kpiId();
        @JsonProperty abstract ReportingPeriod period();
        @JsonProperty abstract AggregationRule rule();
        @JsonProperty abstract Optional<BigDecimal> value();
        @JsonProperty abstract List<Measurement> used();
        @JsonProperty abstract List<Measurement> excluded();
        @JsonProperty abstract Optional<BigDecimal> numeratorSum();
        @JsonProperty abstract Optional<BigDecimal> denominatorSum();
        @JsonProperty abstract List<String> notes();
        @JsonProperty abstract Step explanation();
    }

    @JsonPropertyOrder({"pillar", "text"})
    abstract static class HealthReasonMixin extends PartneringMixins.Hidden {
        @JsonCreator HealthReasonMixin(@JsonProperty("pillar") Optional<Pillar> pillar, @JsonProperty("text") String text) {
        }
        @JsonProperty abstract Optional<Pillar> pillar();
        @JsonProperty abstract String text();
    }
}
