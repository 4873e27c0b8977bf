package dev.partnering.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Limits;
import dev.partnering.internal.ScaledKpi;
import dev.partnering.internal.Secret;
import dev.partnering.internal.Violations;

/**
 * One version of a KPI agreed in the contract: what is measured, which way is better, the
 * thresholds, how raw measurements aggregate into a period's value, its weight on the scorecard,
 * and where the data comes from and how it is measured.
 * <p>
 * Thresholds: {@code minimum} is the worst acceptable value (attainment 0), {@code target} earns
 * attainment 1 and the optional {@code stretch} earns {@link #maxAttainment()} (1.2 by default).
 * For HIGHER_IS_BETTER {@code minimum < target <= stretch}; for LOWER_IS_BETTER the order is
 * reversed. BINARY KPIs have no thresholds: a period value of 1 is met, 0 is not.
 * <p>
 * Revisions: the same {@link #id()} may have several definitions side by side, each with its own
 * {@link #version()} and {@link #effectiveFrom()} date; the one in force at the start of a period
 * applies to that period.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class KpiDefinition {

    private static final BigDecimal DEFAULT_STRETCH_ATTAINMENT = new BigDecimal("1.2");

    /**
     * The highest {@link #maxAttainment()} a KPI may declare: 10, ten times the attainment at
     * target. A stretch worth more is a typing error (1e6 instead of 1.6), and an attainment feeds
     * scores and money.
     */
    public static final BigDecimal MAX_ATTAINMENT = BigDecimal.TEN;

    KpiDefinition() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableKpiDefinition.builder();
    }

    /** @return the id, shared by all versions of this KPI */
    public abstract String id();

    /** @return the name, e.g. "Incident response within SLA", never blank */
    public abstract String name();

    /** @return the unit of the values, e.g. "%", "hours", "count", never blank */
    public abstract String unit();

    /** @return which way is better, never null */
    public abstract Direction direction();

    /** @return the worst acceptable value (attainment 0); required unless BINARY */
    public abstract Optional<BigDecimal> minimum();

    /** @return the value that earns attainment 1; required unless BINARY */
    public abstract Optional<BigDecimal> target();

    /** @return the value that earns {@link #maxAttainment()}, if any; never for BINARY */
    public abstract Optional<BigDecimal> stretch();

    /**
     * @return the highest attainment: 1.2 by default when a stretch is given, 1 without one (and
     *         always 1 for BINARY); configurable (from 1 to {@link #MAX_ATTAINMENT}) when a stretch is given
     */
    @Value.Default
    public BigDecimal maxAttainment() {
        return stretch().isPresent() && !isBinary() ? DEFAULT_STRETCH_ATTAINMENT : BigDecimal.ONE;
    }

    /**
     * @return how raw measurements aggregate into the period's value; mean by default, min for
     *         BINARY (the period is met only if every measurement in it was met)
     */
    @Value.Default
    public AggregationRule aggregation() {
        return isBinary() ? AggregationRule.min() : AggregationRule.mean();
    }

    /** @return the weight on the scorecard, positive; 1 by default */
    @Value.Default
    public BigDecimal weight() {
        return BigDecimal.ONE;
    }

    /** @return how often the KPI is measured at its source; monthly by default */
    @Value.Default
    public MeasurementFrequency frequency() {
        return MeasurementFrequency.MONTHLY;
    }

    /** @return the system or report the data comes from, e.g. "ServiceNow incident export" */
    public abstract Optional<String> dataSource();

    /** @return how the value is measured, known to both parties */
    public abstract Optional<String> measurementMethod();

    /** @return the values measurements may take, if declared */
    public abstract Optional<ValueRange> validRange();

    /**
     * @return conditions under which a period's value is meaningful; when one does not hold the
     *         KPI is NOT_DETERMINED for that period; none by default
     */
    public abstract java.util.List<QualifyingCondition> qualifyingConditions();

    /** @return the first day this version is in force, never null */
    public abstract LocalDate effectiveFrom();

    /**
     * Who answers for this KPI (this version): one supplier, the customer side, or the suppliers
     * jointly. An agreement with a single supplier need not name anyone: that supplier is implied
     * (see {@link dev.partnering.party.Accountability#implied(Optional, java.util.List)}); the
     * agreement checks a named party against its own parties when it is built.
     *
     * @return the named accountability, empty when none is named
     * @since 0.1.0
     */
    public abstract Optional<dev.partnering.party.Accountability> accountability();

    /** @return the version number, at least 1; 1 by default */
    @Value.Default
    public int version() {
        return 1;
    }

    /** @return true if this KPI is met-or-not */
    public boolean isBinary() {
        return direction() == Direction.BINARY;
    }

    /** @return e.g. {@code availability v2} */
    public String label() {
        return id() + " v" + version();
    }

    /**
     * Checks a measurement against this KPI: the same KPI id, a value for a value KPI or a
     * numerator and denominator for a ratio KPI, 0 or 1 for a BINARY KPI, and within the
     * {@linkplain #validRange() valid range} (for a ratio, numerator / denominator when the
     * denominator is not zero).
     *
     * @param m  the measurement, not null
     * @return the violations, empty if the measurement fits, never null
     */
    public java.util.List<dev.partnering.Violation> violationsOf(Measurement m) {
        if (fits(m)) {
            return java.util.List.of(); // the common case, without building any message
        }
        // without a period only where a measurement refused for a missing period is checked too (Measurement.builder())
        String what = "measurement of kpi '" + id() + "'" + (m.period() == null ? "" : " in " + m.period());
        Violations v = Violations.of(what);
        v.require(m.kpiId().equals(id()), "kpiId", m.kpiId(), () -> what + " is for kpi '" + m.kpiId() + "'");
        boolean ratioKpi = aggregation() instanceof AggregationRule.Ratio;
        v.require(m.isRatio() == ratioKpi, ratioKpi ? "numerator" : "value", null, () -> what + ": kpi '" + id()
                + "' aggregates by " + aggregation().name() + " and needs "
                + (ratioKpi ? "a numerator and a denominator" : "a value"));
        if (isBinary() && m.value().isPresent()) {
            BigDecimal x = m.value().get();
            v.require(x.compareTo(BigDecimal.ZERO) == 0 || x.compareTo(BigDecimal.ONE) == 0, "value",
                    x, () -> what + ": value " + x.toPlainString() + " of a BINARY kpi must be 0 or 1");
        }
        if (validRange().isPresent()) {
            Optional<BigDecimal> x = m.value();
            boolean within = x.map(val -> validRange().get().contains(val)).orElse(true);
            if (m.isRatio() && m.denominator().get().signum() != 0) {
                // decided exactly; the quotient is shown to 6 decimals
                within = validRange().get().containsQuotient(m.numerator().get(), m.denominator().get());
                x = Optional.of(dev.partnering.internal.Decimals.quotient(m.numerator().get(), m.denominator().get(),
                        Precision.DEFAULT_DECIMALS));
            }
            boolean fitsRange = within;
            x.ifPresent(val -> v.require(fitsRange, m.isRatio() ? "numerator" : "value",
                    val, () -> what + ": value " + val.toPlainString() + " is outside the valid range "
                            + validRange().get() + " of kpi '" + id() + "'"));
        }
        return v.list();
    }

    /*
     * The thresholds and the valid range without an Optional, stored once when the definition is built:
     * the aggregator, the attainment and the measurement check read them for every line and measurement.
     * Auxiliary: not part of equality, hash or text (they repeat minimum, target, stretch and validRange).
     */

    /** @return the minimum, or null for a BINARY kpi */
    @Value.Derived
    @Value.Auxiliary
    BigDecimal minimumOrNull() {
        return minimum().orElse(null);
    }

    /** @return the target, or null for a BINARY kpi */
    @Value.Derived
    @Value.Auxiliary
    BigDecimal targetOrNull() {
        return target().orElse(null);
    }

    /** @return the stretch, or null if there is none */
    @Value.Derived
    @Value.Auxiliary
    BigDecimal stretchOrNull() {
        return stretch().orElse(null);
    }

    /** @return the valid range, or null if there is none */
    @Value.Derived
    @Value.Auxiliary
    ValueRange validRangeOrNull() {
        return validRange().orElse(null);
    }

    /**
     * The thresholds, weight and valid range in fixed point, the attainment at the default decimals, made
     * when the definition is built: the scorecard calculator and the measurement check read them for every
     * line and measurement. Null where a figure has no fixed-point form (then both take the BigDecimal path).
     * Auxiliary: not part of equality, hash or text.
     *
     * @return the fixed-point form, or null
     */
    @Value.Derived
    @Value.Auxiliary
    ScaledKpi fixedPointOrNull() {
        try {
            ScaledKpi k = ScaledKpi.of(isBinary(), direction() == Direction.HIGHER_IS_BETTER, minimum().orElse(null),
                    target().orElse(null), stretch().orElse(null), maxAttainment(), weight(), Precision.DEFAULT_DECIMALS);
            ValueRange r = validRange().orElse(null);
            return k == null || r == null ? k : k.withRange(r.lower().orElse(null), r.upper().orElse(null));
        } catch (RuntimeException invalid) {
            return null; // an attribute missing or invalid: the definition's check reports it
        }
    }

    static {
        // the scorecard calculator, in another package, reads the fixed-point form
        Secret.KPI_FIXED_POINT.install(k -> ((KpiDefinition) k).fixedPointOrNull());
    }

    /**
     * {@link #fits(Measurement)} of a measurement in compact form held as packed decimals (a row of a
     * {@link MeasurementTable}), without making it.
     *
     * @param ratio  true for a ratio (numerator and denominator), false for a value
     * @return 1 if it fits, 0 if it does not, -1 if that is decided on the measurement itself
     */
    int fitsPacked(boolean ratio, long valueOrNumerator, long denominator) {
        ScaledKpi fixed = fixedPointOrNull();
        if (fixed == null) {
            return -1;
        }
        boolean ratioRule = aggregation() instanceof AggregationRule.Ratio;
        return ratio ? CompactMeasurement.Ratio.fitsRatio(valueOrNumerator, denominator, ratioRule, fixed)
                : CompactMeasurement.Value.fitsValue(valueOrNumerator, ratioRule, isBinary(), fixed);
    }

    private boolean fits(Measurement m) {
        ScaledKpi fixed = m instanceof CompactMeasurement ? fixedPointOrNull() : null;
        if (fixed != null && m.kpiId().equals(id())) {
            // decided on the packed figures where they fit at one scale (-1: they do not, decided below)
            int fits = ((CompactMeasurement) m).fits(aggregation() instanceof AggregationRule.Ratio, isBinary(), fixed);
            if (fits >= 0) {
                return fits == 1;
            }
        }
        // the measurement's own check holds: a value, or a numerator and a denominator (isRatio), never both
        BigDecimal x = m.valueOrNull();
        if (!m.kpiId().equals(id()) || (x == null) != (aggregation() instanceof AggregationRule.Ratio)) {
            return false;
        }
        if (x != null && isBinary() && x.compareTo(BigDecimal.ZERO) != 0 && x.compareTo(BigDecimal.ONE) != 0) {
            return false;
        }
        ValueRange range = validRangeOrNull();
        if (range == null) {
            return true;
        }
        if (x == null) {
            BigDecimal d = m.denominatorOrNull();
            return d.signum() == 0 || range.containsQuotient(m.numeratorOrNull(), d);
        }
        return range.contains(x);
    }

    /**
     * @param m  the measurement, not null
     * @return the measurement, if it fits this KPI
     * @throws dev.partnering.ValidationException listing every way it does not fit
     */
    public Measurement requireFits(Measurement m) {
        java.util.List<dev.partnering.Violation> violations = violationsOf(m);
        if (!violations.isEmpty()) {
            throw new dev.partnering.ValidationException("Measurement of '" + id() + "' in " + m.period(), violations);
        }
        return m;
    }

    @Value.Check
    void check() {
        String kpi = "kpi '" + id() + "'";
        Violations v = Violations.of("KpiDefinition '" + id() + "'");
        // every problem at once: required attributes and bounds, then the rules on what is present
        v.required("id", id());
        v.required("name", name());
        v.required("unit", unit());
        v.required("direction", direction());
        Limits.check(v, "minimum", minimum().orElse(null));
        Limits.check(v, "target", target().orElse(null));
        Limits.check(v, "stretch", stretch().orElse(null));
        v.decimal("maxAttainment", maxAttainment());
        v.required("aggregation", aggregation());
        v.decimal("weight", weight());
        v.required("frequency", frequency());
        v.requiredAll("qualifyingConditions", qualifyingConditions());
        v.required("effectiveFrom", effectiveFrom());
        boolean complete = v.isEmpty();
        if (id() != null) {
            Ids.check(v, "id", id(), "kpi");
        }
        if (name() != null) {
            v.require(!name().isBlank(), "name", name(), () -> kpi + ": name must not be blank");
        }
        if (unit() != null) {
            v.require(!unit().isBlank(), "unit", unit(), () -> kpi + ": unit must not be blank");
        }
        if (weight() != null && Limits.within(weight())) {
            v.require(weight().signum() > 0, "weight", weight(),
                    () -> kpi + ": weight " + Limits.show(weight()) + " must be greater than 0");
        }
        v.require(version() >= 1, "version", version(), () -> kpi + ": version " + version() + " must be at least 1");
        dataSource().ifPresent(s -> v.require(!s.isBlank(), "dataSource", s, () -> kpi + ": data source must not be blank when given"));
        measurementMethod().ifPresent(s -> v.require(!s.isBlank(), "measurementMethod", s,
                () -> kpi + ": measurement method must not be blank when given"));
        if (maxAttainment() != null && Limits.within(maxAttainment())) {
            v.require(maxAttainment().compareTo(MAX_ATTAINMENT) <= 0, "maxAttainment", maxAttainment(),
                    () -> kpi + ": maxAttainment " + Limits.show(maxAttainment()) + " must be at most " + MAX_ATTAINMENT
                            + " (a stretch earns at most ten times the attainment at target)");
        }
        if (direction() != null && aggregation() != null && maxAttainment() != null && Limits.within(maxAttainment())) {
            if (isBinary()) {
                checkBinary(v, kpi);
            } else {
                checkThresholds(v, kpi, complete || thresholdsBounded());
            }
        }
        v.throwIfAny();
    }

    private boolean thresholdsBounded() {
        return minimum().map(Limits::within).orElse(true) && target().map(Limits::within).orElse(true)
                && stretch().map(Limits::within).orElse(true);
    }

    private void checkBinary(Violations v, String kpi) {
        v.require(minimum().isEmpty() && target().isEmpty() && stretch().isEmpty(), "target",
                target().orElse(null),
                () -> kpi + ": a BINARY kpi has no minimum, target or stretch (1 is met, 0 is not)");
        v.require(aggregation() instanceof AggregationRule.Min || aggregation() instanceof AggregationRule.Max
                        || aggregation() instanceof AggregationRule.Last, "aggregation", aggregation(),
                () -> kpi + ": a BINARY kpi aggregates by min, max or last, not " + aggregation().name());
        v.require(maxAttainment().compareTo(BigDecimal.ONE) == 0, "maxAttainment", maxAttainment(),
                () -> kpi + ": a BINARY kpi attains at most 1, not " + maxAttainment().toPlainString());
    }

    private void checkThresholds(Violations v, String kpi, boolean bounded) {
        v.require(minimum().isPresent(), "minimum", null, () -> kpi + ": minimum is required for a " + direction() + " kpi");
        v.require(target().isPresent(), "target", null, () -> kpi + ": target is required for a " + direction() + " kpi");
        int sign = direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        String below = sign > 0 ? "below" : "above";
        if (bounded && minimum().isPresent() && target().isPresent()) {
            BigDecimal min = minimum().get();
            BigDecimal target = target().get();
            v.require(min.compareTo(target) * sign < 0, "minimum", min,
                    () -> kpi + ": minimum " + min.toPlainString() + " must be " + below + " target " + target.toPlainString()
                            + " for a " + direction() + " kpi");
            stretch().ifPresent(s -> v.require(target.compareTo(s) * sign <= 0, "stretch", s,
                    () -> kpi + ": stretch " + s.toPlainString() + " must not be " + below + " target " + target.toPlainString()
                            + " for a " + direction() + " kpi"));
        }
        if (stretch().isPresent()) {
            v.require(maxAttainment().compareTo(BigDecimal.ONE) >= 0, "maxAttainment", maxAttainment(),
                    () -> kpi + ": maxAttainment " + Limits.show(maxAttainment()) + " must be at least 1");
        } else {
            v.require(maxAttainment().compareTo(BigDecimal.ONE) == 0, "maxAttainment", maxAttainment(),
                    () -> kpi + ": maxAttainment " + maxAttainment().toPlainString()
                            + " needs a stretch threshold; without one attainment caps at 1");
        }
        validRange().filter(r -> bounded).ifPresent(r -> {
            minimum().ifPresent(m -> v.require(r.contains(m), "minimum", m,
                    () -> kpi + ": minimum " + m.toPlainString() + " is outside the valid range " + r));
            target().ifPresent(t -> v.require(r.contains(t), "target", t,
                    () -> kpi + ": target " + t.toPlainString() + " is outside the valid range " + r));
            stretch().ifPresent(s -> v.require(r.contains(s), "stretch", s,
                    () -> kpi + ": stretch " + s.toPlainString() + " is outside the valid range " + r));
        });
    }

    /**
     * A builder of {@link KpiDefinition}; id, name, unit, direction and effectiveFrom are required.
     * <p>
     * Obtained from {@link KpiDefinition#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link KpiDefinition#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link KpiDefinition#name() name} attribute.
         * @param name The value for name (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder name(String name);

        /**
         * Initializes the value for the {@link KpiDefinition#unit() unit} attribute.
         * @param unit The value for unit (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder unit(String unit);

        /**
         * Initializes the value for the {@link KpiDefinition#direction() direction} attribute.
         * @param direction The value for direction (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder direction(Direction direction);

        /**
         * Initializes the optional value {@link KpiDefinition#minimum() minimum} to minimum.
         * @param minimum The value for minimum
         * @return {@code this} builder for chained invocation
         */
        Builder minimum(BigDecimal minimum);

        /**
         * Initializes the optional value {@link KpiDefinition#minimum() minimum} to minimum.
         * @param minimum The value for minimum
         * @return {@code this} builder for use in a chained invocation
         */
        Builder minimum(Optional<? extends BigDecimal> minimum);

        /**
         * Initializes the optional value {@link KpiDefinition#target() target} to target.
         * @param target The value for target
         * @return {@code this} builder for chained invocation
         */
        Builder target(BigDecimal target);

        /**
         * Initializes the optional value {@link KpiDefinition#target() target} to target.
         * @param target The value for target
         * @return {@code this} builder for use in a chained invocation
         */
        Builder target(Optional<? extends BigDecimal> target);

        /**
         * Initializes the optional value {@link KpiDefinition#stretch() stretch} to stretch.
         * @param stretch The value for stretch
         * @return {@code this} builder for chained invocation
         */
        Builder stretch(BigDecimal stretch);

        /**
         * Initializes the optional value {@link KpiDefinition#stretch() stretch} to stretch.
         * @param stretch The value for stretch
         * @return {@code this} builder for use in a chained invocation
         */
        Builder stretch(Optional<? extends BigDecimal> stretch);

        /**
         * Initializes the value for the {@link KpiDefinition#maxAttainment() maxAttainment} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link KpiDefinition#maxAttainment() maxAttainment}.</em>
         * @param maxAttainment The value for maxAttainment 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder maxAttainment(BigDecimal maxAttainment);

        /**
         * Initializes the value for the {@link KpiDefinition#aggregation() aggregation} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link KpiDefinition#aggregation() aggregation}.</em>
         * @param aggregation The value for aggregation 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder aggregation(AggregationRule aggregation);

        /**
         * Initializes the value for the {@link KpiDefinition#weight() weight} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link KpiDefinition#weight() weight}.</em>
         * @param weight The value for weight 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder weight(BigDecimal weight);

        /**
         * Initializes the value for the {@link KpiDefinition#frequency() frequency} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link KpiDefinition#frequency() frequency}.</em>
         * @param frequency The value for frequency 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder frequency(MeasurementFrequency frequency);

        /**
         * Initializes the optional value {@link KpiDefinition#dataSource() dataSource} to dataSource.
         * @param dataSource The value for dataSource
         * @return {@code this} builder for chained invocation
         */
        Builder dataSource(String dataSource);

        /**
         * Initializes the optional value {@link KpiDefinition#dataSource() dataSource} to dataSource.
         * @param dataSource The value for dataSource
         * @return {@code this} builder for use in a chained invocation
         */
        Builder dataSource(Optional<String> dataSource);

        /**
         * Initializes the optional value {@link KpiDefinition#measurementMethod() measurementMethod} to measurementMethod.
         * @param measurementMethod The value for measurementMethod
         * @return {@code this} builder for chained invocation
         */
        Builder measurementMethod(String measurementMethod);

        /**
         * Initializes the optional value {@link KpiDefinition#measurementMethod() measurementMethod} to measurementMethod.
         * @param measurementMethod The value for measurementMethod
         * @return {@code this} builder for use in a chained invocation
         */
        Builder measurementMethod(Optional<String> measurementMethod);

        /**
         * Initializes the optional value {@link KpiDefinition#validRange() validRange} to validRange.
         * @param validRange The value for validRange
         * @return {@code this} builder for chained invocation
         */
        Builder validRange(ValueRange validRange);

        /**
         * Initializes the optional value {@link KpiDefinition#validRange() validRange} to validRange.
         * @param validRange The value for validRange
         * @return {@code this} builder for use in a chained invocation
         */
        Builder validRange(Optional<? extends ValueRange> validRange);

        /**
         * Adds one element to {@link KpiDefinition#qualifyingConditions() qualifyingConditions} list.
         * @param element A qualifyingConditions element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addQualifyingConditions(QualifyingCondition element);

        /**
         * Adds elements to {@link KpiDefinition#qualifyingConditions() qualifyingConditions} list.
         * @param elements An array of qualifyingConditions elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addQualifyingConditions(QualifyingCondition... elements);

        /**
         * Adds elements to {@link KpiDefinition#qualifyingConditions() qualifyingConditions} list.
         * @param elements An iterable of qualifyingConditions elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllQualifyingConditions(Iterable<? extends QualifyingCondition> elements);

        /**
         * Initializes the value for the {@link KpiDefinition#effectiveFrom() effectiveFrom} attribute.
         * @param effectiveFrom The value for effectiveFrom (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder effectiveFrom(LocalDate effectiveFrom);

        /**
         * Initializes the value for the {@link KpiDefinition#version() version} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link KpiDefinition#version() version}.</em>
         * @param version The value for version 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder version(int version);

        /**
         * Names who answers for this KPI version.
         * @param accountability  the accountability, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder accountability(dev.partnering.party.Accountability accountability);

        /**
         * Names who answers for this KPI version, or no one (the single supplier is implied).
         * @param accountability  the accountability, or empty
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder accountability(Optional<? extends dev.partnering.party.Accountability> accountability);

        /**
         * Sets the thresholds of a HIGHER_IS_BETTER or LOWER_IS_BETTER KPI without a stretch: the
         * way to set them, the same as {@code minimum(minimum).target(target)}. The attainment runs
         * from 0 at the minimum to 1 at the target; the order the direction requires is checked by
         * {@link #build()}, with every other problem.
         *
         * @param minimum  the worst acceptable value (attainment 0), in the KPI's unit, not null
         * @param target  the value that earns attainment 1, in the KPI's unit, not null
         * @return this builder
         * @since 0.1.0
         */
        default Builder thresholds(BigDecimal minimum, BigDecimal target) {
            minimum(minimum);
            return target(target);
        }

        /**
         * Sets the thresholds of a HIGHER_IS_BETTER or LOWER_IS_BETTER KPI with a stretch: the way
         * to set them, the same as {@code minimum(minimum).target(target).stretch(stretch)}. The
         * attainment runs from 0 at the minimum to 1 at the target and on to
         * {@link KpiDefinition#maxAttainment()} at the stretch; the order the direction requires
         * ({@code minimum < target <= stretch}, or the reverse for LOWER_IS_BETTER) is checked by
         * {@link #build()}, with every other problem.
         *
         * @param minimum  the worst acceptable value (attainment 0), in the KPI's unit, not null
         * @param target  the value that earns attainment 1, in the KPI's unit, not null
         * @param stretch  the value that earns the highest attainment, in the KPI's unit, not null
         * @return this builder
         * @since 0.1.0
         */
        default Builder thresholds(BigDecimal minimum, BigDecimal target, BigDecimal stretch) {
            thresholds(minimum, target);
            return stretch(stretch);
        }

        /**
         * @return the value, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        KpiDefinition build();
    }
}
