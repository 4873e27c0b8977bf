package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.internal.Decimals;
import dev.partnering.explanation.Step;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.period.ReportingPeriod;

/**
 * One KPI on a scorecard: the version applied, the aggregated value, the attainment, the weight,
 * the weighted contribution, the status, and the explanation of how the line came to be: the
 * version's thresholds, the aggregation, and for a line without its own value or left out of the
 * weighting, the rules that decided it (qualifying conditions, the missing-data policy) as
 * {@link dev.partnering.explanation.StepKind#RULE RULE} steps.
 * <p>
 * A line is {@linkplain #counted() counted} when it takes part in the weighting; then its
 * attainment and contribution are present. This class is immutable and thread-safe.
 *
 * @param kpiId  the KPI id
 * @param definition  the version in force at the start of the period, absent if none was
 * @param aggregation  the period's aggregation, absent if no version was in force
 * @param value  the value scored: the period's value, or the last known one under LAST_KNOWN
 * @param valueFrom  the period the scored value comes from (differs from the scorecard's under LAST_KNOWN)
 * @param attainment  the attainment, present when counted
 * @param weight  the KPI's weight
 * @param contribution  weight × attainment, present when counted
 * @param status  the status
 * @param counted  true if the line takes part in the weighting
 * @param explanation  the steps that produced the line, the rules that decided its status among them
 * @since 0.1.0
 */
public record ScorecardLine(String kpiId, Optional<KpiDefinition> definition, Optional<Aggregation> aggregation,
        Optional<BigDecimal> value, Optional<ReportingPeriod> valueFrom, Optional<BigDecimal> attainment,
        BigDecimal weight, Optional<BigDecimal> contribution, KpiStatus status, boolean counted, Step explanation) {

    /**
     * Checks for nulls and consistency; holds the figures in the SDK's canonical form
     * (no trailing zeros).
     *
     * @param kpiId  the KPI id
     * @param definition  the version in force at the start of the period, absent if none was
     * @param aggregation  the period's aggregation, absent if no version was in force
     * @param value  the value scored: the period's value, or the last known one under LAST_KNOWN
     * @param valueFrom  the period the scored value comes from (differs from the scorecard's under LAST_KNOWN)
     * @param attainment  the attainment, present when counted
     * @param weight  the KPI's weight
     * @param contribution  weight × attainment, present when counted
     * @param status  the status
     * @param counted  true if the line takes part in the weighting
     * @param explanation  the steps that produced the line, the rules that decided its status among them
     */
    public ScorecardLine {
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueFrom, "valueFrom");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        value = Decimals.canonical(value);
        attainment = Decimals.canonical(attainment);
        contribution = Decimals.canonical(contribution);
        if (counted != attainment.isPresent() || counted != contribution.isPresent()) {
            throw new IllegalArgumentException("a counted line has an attainment and a contribution, and only then");
        }
    }

    /** @return the version number applied, if a version was in force */
    public Optional<Integer> version() {
        return definition.map(KpiDefinition::version);
    }
}
