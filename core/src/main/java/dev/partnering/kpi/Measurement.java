package dev.partnering.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.period.ReportingPeriod;

/**
 * One raw measurement of one KPI in one reporting period: a value, or a numerator and a
 * denominator for a ratio KPI (e.g. 180 tickets answered within the SLA of 200 tickets).
 * <p>
 * A measurement may be {@linkplain #exclusionReason() excluded} (force majeure, a declared
 * incident outside the supplier's control): it is kept for the record but left out of the
 * aggregation, and reported with its reason.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Measurement {

    Measurement() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the id of the measured KPI */
    public abstract String kpiId();

    /** @return the reporting period the measurement belongs to, never null */
    public abstract ReportingPeriod period();

    /** @return the measured value; absent for a ratio measurement */
    public abstract Optional<BigDecimal> value();

    /** @return the numerator of a ratio measurement, at least 0 */
    public abstract Optional<BigDecimal> numerator();

    /**
     * @return the denominator of a ratio measurement, at least 0; 0 only with a numerator of 0 (a
     *         ratio n/0 with n not zero is an invalid measurement, never a value)
     */
    public abstract Optional<BigDecimal> denominator();

    /** @return where the value came from, e.g. "ServiceNow export 2026-04-02" */
    public abstract Optional<String> source();

    /** @return when the value was recorded, never null */
    public abstract Instant recordedAt();

    /** @return why the measurement is excluded from aggregation, if it is */
    public abstract Optional<String> exclusionReason();

    /** @return true if the measurement is excluded from aggregation */
    public boolean isExcluded() {
        return exclusionReason().isPresent();
    }

    /** @return true if this is a numerator/denominator measurement */
    public boolean isRatio() {
        return numerator().isPresent();
    }

    @Value.Check
    void check() {
        dev.partnering.internal.Attributes.require(this, "Measurement");
        if (isWellFormed()) {
            return; // the common case, without building any message
        }
        String what = "measurement of kpi '" + kpiId() + "' in " + period();
        Violations v = Violations.of("Measurement of '" + kpiId() + "' in " + period());
        Ids.check(v, "kpiId", kpiId(), "kpi");
        boolean ratio = numerator().isPresent() || denominator().isPresent();
        v.require(value().isPresent() != ratio, "value", value().map(BigDecimal::toPlainString).orElse(null),
                () -> what + " needs either a value or a numerator and a denominator, not "
                        + (ratio ? "both" : "neither"));
        v.require(numerator().isPresent() == denominator().isPresent(), ratio && numerator().isEmpty()
                        ? "numerator" : "denominator", null,
                () -> what + ": a ratio needs both a numerator and a denominator");
        numerator().ifPresent(n -> v.require(n.signum() >= 0, "numerator", n,
                () -> what + ": numerator " + n.toPlainString() + " must not be negative"));
        denominator().ifPresent(d -> v.require(d.signum() >= 0, "denominator", d,
                () -> what + ": denominator " + d.toPlainString() + " must not be negative"));
        if (numerator().isPresent() && denominator().isPresent()) {
            BigDecimal n = numerator().get();
            v.require(!zeroDenominator(), "denominator", denominator().get(), () -> what + ": a ratio "
                    + n.toPlainString() + "/0 is invalid: a denominator of 0 allows only a numerator of 0");
        }
        exclusionReason().ifPresent(r -> v.require(!r.isBlank(), "exclusionReason", r,
                () -> what + ": an exclusion needs a reason"));
        v.throwIfAny();
    }

    /** @return true for a ratio n/0 with n not zero: an invalid measurement, never a value (DOMAIN.md) */
    private boolean zeroDenominator() {
        return denominator().isPresent() && denominator().get().signum() == 0
                && numerator().isPresent() && numerator().get().signum() != 0;
    }

    /** @return true if {@link #check()} finds nothing: the same rules, without the messages */
    private boolean isWellFormed() {
        boolean ratio = numerator().isPresent() || denominator().isPresent();
        return dev.partnering.internal.Ids.isValid(kpiId())
                && value().isPresent() != ratio
                && numerator().isPresent() == denominator().isPresent()
                && (numerator().isEmpty() || numerator().get().signum() >= 0)
                && (denominator().isEmpty() || denominator().get().signum() >= 0)
                && !zeroDenominator()
                && (exclusionReason().isEmpty() || !exclusionReason().get().isBlank());
    }

    /** A builder of {@link Measurement}; kpiId, period, recordedAt and a value or ratio are required. */
    public static final class Builder extends ImmutableMeasurement.Builder {
        private KpiDefinition kpi;

        Builder() {
        }

        /**
         * Builds the measurement for a KPI: sets the KPI id and, on {@link #build()}, checks the
         * measurement against the KPI's valid range and kind ({@link KpiDefinition#violationsOf}).
         *
         * @param definition  the KPI, not null
         * @return this builder
         * @throws dev.partnering.ValidationException if the definition is null
         */
        public Builder forKpi(KpiDefinition definition) {
            if (definition == null) {
                throw new dev.partnering.ValidationException("definition");
            }
            this.kpi = definition;
            kpiId(definition.id());
            return this;
        }

        /**
         * @return the measurement, never null
         * @throws dev.partnering.ValidationException if it breaks a rule, or does not fit the KPI given to {@link #forKpi}
         */
        @Override
        public Measurement build() {
            Measurement m = super.build();
            return kpi == null ? m : kpi.requireFits(m);
        }

        /**
         * Sets numerator and denominator.
         *
         * @param numerator  the numerator, not null
         * @param denominator  the denominator, not null
         * @return this builder
         */
        public Builder ratio(BigDecimal numerator, BigDecimal denominator) {
            numerator(numerator);
            denominator(denominator);
            return this;
        }
    }
}
