package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Secret;
import dev.partnering.explanation.Step;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.Attainment;
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
 * attainment and contribution are present. This class is immutable and thread-safe. It is a value:
 * equal lines are equal and hash alike ({@link #equals}); it holds an absent figure as null and
 * makes the {@code Optional} when read.
 *
 * @since 0.1.0
 */
public final class ScorecardLine {

    private final String kpiId;
    private final Optional<KpiDefinition> definition;
    private final Aggregation aggregation;
    private final BigDecimal value;
    private final ReportingPeriod valueFrom;
    private final BigDecimal attainment;
    private final BigDecimal weight;
    private final BigDecimal contribution;
    private final KpiStatus status;
    private final boolean counted;
    private final Step explanation;
    // the lazy figures (the series form): the value is the aggregation's, the attainment an Attainment's, the
    // contribution a scaled long
    private final boolean lazy;
    private final long contributionUnscaled;
    private final int contributionScale;
    /** The lazy contribution, made when first read (from final fields: a race makes an equal one). */
    private BigDecimal lazyContribution;
    /** The lazy attainment's value, read from the cell without making the aggregation (as lazyContribution). */
    private BigDecimal lazyAttainment;
    // the series form: a lazy line whose aggregation, attainment and explanation are made when first read from
    // the calculator's cells; volatile, so a part made by one thread is seen whole by another (a lazy Step's
    // fields are not final); two threads reading first may each make one, equal, and one is kept
    private final Secret.LineParts parts;
    private final int cell;
    private volatile Aggregation partAggregation;
    private volatile Attainment partAttainment;
    private volatile Step partExplanation;

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
    public ScorecardLine(String kpiId, Optional<KpiDefinition> definition, Optional<Aggregation> aggregation,
            Optional<BigDecimal> value, Optional<ReportingPeriod> valueFrom, Optional<BigDecimal> attainment,
            BigDecimal weight, Optional<BigDecimal> contribution, KpiStatus status, boolean counted, Step explanation) {
        // checked in the order of the parameters, as the record this class was checked them
        this(Objects.requireNonNull(kpiId, "kpiId"), Objects.requireNonNull(definition, "definition"),
                Objects.requireNonNull(aggregation, "aggregation").orElse(null),
                Objects.requireNonNull(value, "value").map(Decimals::canonical).orElse(null),
                Objects.requireNonNull(valueFrom, "valueFrom").orElse(null),
                Objects.requireNonNull(attainment, "attainment").map(Decimals::canonical).orElse(null),
                Objects.requireNonNull(weight, "weight"),
                Objects.requireNonNull(contribution, "contribution").map(Decimals::canonical).orElse(null),
                Objects.requireNonNull(status, "status"), counted, Objects.requireNonNull(explanation, "explanation"));
    }

    /** The figures as they are (canonical already, an absent one null): the calculator's path. */
    private ScorecardLine(String kpiId, Optional<KpiDefinition> definition, Aggregation aggregation, BigDecimal value,
            ReportingPeriod valueFrom, BigDecimal attainment, BigDecimal weight, BigDecimal contribution,
            KpiStatus status, boolean counted, Step explanation) {
        this.kpiId = Objects.requireNonNull(kpiId, "kpiId");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.aggregation = aggregation;
        this.value = value;
        this.valueFrom = valueFrom;
        this.attainment = attainment;
        this.weight = Objects.requireNonNull(weight, "weight");
        this.contribution = contribution;
        this.status = Objects.requireNonNull(status, "status");
        this.counted = counted;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.lazy = false;
        this.contributionUnscaled = 0;
        this.contributionScale = 0;
        this.parts = null;
        this.cell = 0;
        if (counted != (attainment != null) || counted != (contribution != null)) {
            throw new IllegalArgumentException("a counted line has an attainment and a contribution, and only then");
        }
    }

    /** A counted line whose figures and parts are made when read, from the calculator's cells. */
    private ScorecardLine(String kpiId, Optional<KpiDefinition> definition, ReportingPeriod valueFrom, BigDecimal weight,
            long contribution, int contributionScale, KpiStatus status, Secret.LineParts parts, int cell) {
        this.kpiId = Objects.requireNonNull(kpiId, "kpiId");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.aggregation = null;
        this.value = null;
        this.valueFrom = valueFrom;
        this.attainment = null;
        this.weight = Objects.requireNonNull(weight, "weight");
        this.contribution = null;
        this.status = Objects.requireNonNull(status, "status");
        this.counted = true;
        this.explanation = null;
        this.lazy = true;
        this.contributionUnscaled = contribution;
        this.contributionScale = contributionScale;
        this.parts = Objects.requireNonNull(parts, "parts");
        this.cell = cell;
    }

    static {
        Secret.SERIES_SCORECARD_LINE.install((kpiId, definition, valueFrom, weight, contribution, contributionScale,
                status, parts, cell) -> new ScorecardLine(kpiId, cast(definition), (ReportingPeriod) valueFrom, weight,
                contribution, contributionScale, (KpiStatus) status, parts, cell));
    }

    /** @return the aggregation, made from the cells first in the series form; null if there is none */
    private Aggregation agg() {
        if (parts == null) {
            return aggregation;
        }
        Aggregation a = partAggregation;
        if (a == null) {
            a = (Aggregation) parts.aggregation(cell);
            partAggregation = a;
        }
        return a;
    }

    /** @return the attainment of a lazy line (the series form), made from its cell when first read */
    private Attainment att() {
        Attainment a = partAttainment;
        if (a == null) {
            a = (Attainment) parts.attainment(cell, agg());
            partAttainment = a;
        }
        return a;
    }

    static {
        // the calculator, in another package, makes lines from figures it made canonical already
        Secret.SCORECARD_LINE.install((kpiId, definition, aggregation, value, valueFrom, attainment, weight, contribution,
                status, counted, explanation) -> new ScorecardLine(kpiId, cast(definition), (Aggregation) aggregation,
                value, (ReportingPeriod) valueFrom, attainment, weight, contribution, (KpiStatus) status, counted,
                (Step) explanation));
    }

    @SuppressWarnings("unchecked") // the calculator passes the Optional<KpiDefinition> of the version applied
    private static Optional<KpiDefinition> cast(Optional<?> definition) {
        return (Optional<KpiDefinition>) definition;
    }

    /** @return the KPI id, never null */
    public String kpiId() {
        return kpiId;
    }

    /** @return the version in force at the start of the period, absent if none was; never null */
    public Optional<KpiDefinition> definition() {
        return definition;
    }

    /** @return the period's aggregation, absent if no version was in force; never null */
    public Optional<Aggregation> aggregation() {
        return Optional.ofNullable(agg());
    }

    /** @return the value scored: the period's value, or the last known one under LAST_KNOWN; never null */
    public Optional<BigDecimal> value() {
        return lazy ? agg().value() : Optional.ofNullable(value);
    }

    /** @return the period the scored value comes from (differs from the scorecard's under LAST_KNOWN); never null */
    public Optional<ReportingPeriod> valueFrom() {
        return Optional.ofNullable(valueFrom);
    }

    /** @return the attainment, present when counted; never null */
    public Optional<BigDecimal> attainment() {
        return Optional.ofNullable(attainmentOrNull());
    }

    /** @return the KPI's weight, never null */
    public BigDecimal weight() {
        return weight;
    }

    /** @return weight × attainment, present when counted; never null */
    public Optional<BigDecimal> contribution() {
        return Optional.ofNullable(contributionOrNull());
    }

    private BigDecimal valueOrNull() {
        return lazy ? agg().value().get() : value;
    }

    private BigDecimal attainmentOrNull() {
        if (!lazy) {
            return attainment;
        }
        // the value alone, as the Attainment would give it, without making the aggregation and the attainment first
        BigDecimal a = lazyAttainment;
        if (a == null) {
            a = parts.attainmentValue(cell);
            lazyAttainment = a;
        }
        return a;
    }

    private BigDecimal contributionOrNull() {
        if (!lazy) {
            return contribution;
        }
        BigDecimal c = lazyContribution;
        if (c == null) {
            c = FixedPoint.toDecimal(contributionUnscaled, contributionScale, 0);
            lazyContribution = c;
        }
        return c;
    }

    /** @return the status, never null */
    public KpiStatus status() {
        return status;
    }

    /** @return true if the line takes part in the weighting */
    public boolean counted() {
        return counted;
    }

    /** @return the steps that produced the line, the rules that decided its status among them; never null */
    public Step explanation() {
        if (parts == null) {
            return explanation;
        }
        Step e = partExplanation;
        if (e == null) {
            e = (Step) parts.explanation(cell, agg(), att());
            partExplanation = e;
        }
        return e;
    }

    /** @return the version number applied, if a version was in force */
    public Optional<Integer> version() {
        return definition.map(KpiDefinition::version);
    }

    /**
     * @param other  an object, may be null
     * @return true if it is a line with equal components (as a record compares them)
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ScorecardLine l && counted == l.counted && kpiId.equals(l.kpiId)
                && definition.equals(l.definition) && Objects.equals(agg(), l.agg())
                && Objects.equals(valueOrNull(), l.valueOrNull()) && Objects.equals(valueFrom, l.valueFrom)
                && Objects.equals(attainmentOrNull(), l.attainmentOrNull()) && weight.equals(l.weight)
                && Objects.equals(contributionOrNull(), l.contributionOrNull()) && status == l.status
                && explanation().equals(l.explanation());
    }

    /** @return a hash of the components, the same for equal lines */
    @Override
    public int hashCode() {
        int h = kpiId.hashCode();
        h = 31 * h + definition.hashCode();
        h = 31 * h + Objects.hashCode(agg()); // an Optional's hash is its value's, 0 when empty
        h = 31 * h + Objects.hashCode(valueOrNull());
        h = 31 * h + Objects.hashCode(valueFrom);
        h = 31 * h + Objects.hashCode(attainmentOrNull());
        h = 31 * h + weight.hashCode();
        h = 31 * h + Objects.hashCode(contributionOrNull());
        h = 31 * h + status.hashCode();
        h = 31 * h + Boolean.hashCode(counted);
        return 31 * h + explanation().hashCode();
    }

    /** @return the components, written as a record writes them */
    @Override
    public String toString() {
        return "ScorecardLine[kpiId=" + kpiId + ", definition=" + definition + ", aggregation=" + aggregation()
                + ", value=" + value() + ", valueFrom=" + valueFrom() + ", attainment=" + attainment() + ", weight="
                + weight + ", contribution=" + contribution() + ", status=" + status + ", counted=" + counted
                + ", explanation=" + explanation() + "]";
    }
}
