package dev.partnering.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.internal.Limits;

/**
 * One raw measurement of one KPI in one reporting period: a value, or a numerator and a
 * denominator for a ratio KPI (e.g. 180 tickets answered within the SLA of 200 tickets).
 * <p>
 * A measurement may be {@linkplain #exclusionReason() excluded} (force majeure, a declared
 * incident outside the supplier's control): it is kept for the record but left out of the
 * aggregation, and reported with its reason.
 * <p>
 * This class is immutable and thread-safe. The common measurement (a value or a ratio, with neither
 * a source, an exclusion nor a scope, each decimal of at most 17 digits and 18 decimals) is held in
 * a compact form of 32 bytes (40 for a ratio); its accessors make the {@code BigDecimal} and the
 * {@code Optional} they return when read.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Measurement {

    Measurement() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new KpiCheckingBuilder();
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

    /**
     * @return the id of the scope (site, district, service line) the value was measured in, one of
     *         the agreement's {@linkplain dev.partnering.agreement.Agreement#scopes() scopes}; absent
     *         for a measurement of the agreement as a whole
     * @since 0.1.0
     */
    public abstract Optional<String> scope();

    /**
     * @param scope  the scope id, or null for the agreement as a whole
     * @return a copy of this measurement in that scope, every other attribute the same; never null
     * @throws dev.partnering.ValidationException if the scope id is malformed
     * @since 0.1.0
     */
    public Measurement withScope(String scope) {
        return builder().kpiId(kpiId()).period(period()).value(value()).numerator(numerator()).denominator(denominator())
                .source(source()).recordedAt(recordedAt()).exclusionReason(exclusionReason())
                .scope(Optional.ofNullable(scope)).build();
    }

    /** @return true if the measurement is excluded from aggregation */
    public boolean isExcluded() {
        return exclusionReason().isPresent();
    }

    /** @return true if this is a numerator/denominator measurement */
    public boolean isRatio() {
        return numerator().isPresent();
    }

    /** @return the value, or null for a ratio; without an {@code Optional} (the compact form makes no object but the decimal) */
    BigDecimal valueOrNull() {
        return value().orElse(null);
    }

    /** @return the numerator, or null if there is none */
    BigDecimal numeratorOrNull() {
        return numerator().orElse(null);
    }

    /** @return the denominator, or null if there is none */
    BigDecimal denominatorOrNull() {
        return denominator().orElse(null);
    }

    @Value.Check
    void check() {
        // every violation at once: first the structure (every required attribute present, every
        // decimal within bounds), then each rule whose attributes are there to judge it
        Violations attrs = Violations.of("Measurement");
        boolean hasKpi = attrs.required("kpiId", kpiId());
        boolean hasPeriod = attrs.required("period", period());
        boolean valueOk = Limits.check(attrs, "value", valueOrNull());
        boolean numeratorOk = Limits.check(attrs, "numerator", numeratorOrNull());
        boolean denominatorOk = Limits.check(attrs, "denominator", denominatorOrNull());
        attrs.required("recordedAt", recordedAt());
        boolean complete = attrs.isEmpty();
        if (complete && isWellFormed()) {
            return; // the common case, without building any message
        }
        String what = "measurement" + (hasKpi ? " of kpi '" + kpiId() + "'" : "") + (hasPeriod ? " in " + period() : "");
        // the subject of a measurement refused for its structure is "Measurement", as before
        Violations v = complete ? Violations.of("Measurement of '" + kpiId() + "' in " + period()) : attrs;
        if (hasKpi) {
            Ids.check(v, "kpiId", kpiId(), "kpi");
        }
        boolean ratio = numerator().isPresent() || denominator().isPresent();
        v.require(value().isPresent() != ratio, "value", value().map(x -> valueOk ? (Object) x.toPlainString() : x)
                .orElse(null), () -> what + " needs either a value or a numerator and a denominator, not "
                        + (ratio ? "both" : "neither"));
        v.require(numerator().isPresent() == denominator().isPresent(), ratio && numerator().isEmpty()
                        ? "numerator" : "denominator", null,
                () -> what + ": a ratio needs both a numerator and a denominator");
        // the sign and the ratio of a figure beyond the bounds are not judged: it is named for its bounds
        numerator().filter(n -> numeratorOk).ifPresent(n -> v.require(n.signum() >= 0, "numerator", n,
                () -> what + ": numerator " + n.toPlainString() + " must not be negative"));
        denominator().filter(d -> denominatorOk).ifPresent(d -> v.require(d.signum() >= 0, "denominator", d,
                () -> what + ": denominator " + d.toPlainString() + " must not be negative"));
        if (numerator().isPresent() && denominator().isPresent() && numeratorOk && denominatorOk) {
            BigDecimal n = numerator().get();
            v.require(!zeroDenominator(), "denominator", denominator().get(), () -> what + ": a ratio "
                    + n.toPlainString() + "/0 is invalid: a denominator of 0 allows only a numerator of 0");
        }
        exclusionReason().ifPresent(r -> v.require(!r.isBlank(), "exclusionReason", r,
                () -> what + ": an exclusion needs a reason"));
        scope().ifPresent(s -> Ids.check(v, "scope", s, "scope"));
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
                && (exclusionReason().isEmpty() || !exclusionReason().get().isBlank())
                && (scope().isEmpty() || dev.partnering.internal.Ids.isValid(scope().get()));
    }

    /**
     * A builder of {@link Measurement}; kpiId, period, recordedAt and a value or ratio are required.
     * <p>
     * Obtained from {@link Measurement#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Measurement#kpiId() kpiId} attribute.
         * @param kpiId The value for kpiId (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder kpiId(String kpiId);

        /**
         * Initializes the value for the {@link Measurement#period() period} attribute.
         * @param period The value for period (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder period(ReportingPeriod period);

        /**
         * Initializes the optional value {@link Measurement#value() value} to value.
         * @param value The value for value
         * @return {@code this} builder for chained invocation
         */
        Builder value(BigDecimal value);

        /**
         * Initializes the optional value {@link Measurement#value() value} to value.
         * @param value The value for value
         * @return {@code this} builder for use in a chained invocation
         */
        Builder value(Optional<? extends BigDecimal> value);

        /**
         * Initializes the optional value {@link Measurement#numerator() numerator} to numerator.
         * @param numerator The value for numerator
         * @return {@code this} builder for chained invocation
         */
        Builder numerator(BigDecimal numerator);

        /**
         * Initializes the optional value {@link Measurement#numerator() numerator} to numerator.
         * @param numerator The value for numerator
         * @return {@code this} builder for use in a chained invocation
         */
        Builder numerator(Optional<? extends BigDecimal> numerator);

        /**
         * Initializes the optional value {@link Measurement#denominator() denominator} to denominator.
         * @param denominator The value for denominator
         * @return {@code this} builder for chained invocation
         */
        Builder denominator(BigDecimal denominator);

        /**
         * Initializes the optional value {@link Measurement#denominator() denominator} to denominator.
         * @param denominator The value for denominator
         * @return {@code this} builder for use in a chained invocation
         */
        Builder denominator(Optional<? extends BigDecimal> denominator);

        /**
         * Initializes the optional value {@link Measurement#source() source} to source.
         * @param source The value for source
         * @return {@code this} builder for chained invocation
         */
        Builder source(String source);

        /**
         * Initializes the optional value {@link Measurement#source() source} to source.
         * @param source The value for source
         * @return {@code this} builder for use in a chained invocation
         */
        Builder source(Optional<String> source);

        /**
         * Initializes the value for the {@link Measurement#recordedAt() recordedAt} attribute.
         * @param recordedAt The value for recordedAt (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder recordedAt(Instant recordedAt);

        /**
         * Initializes the optional value {@link Measurement#exclusionReason() exclusionReason} to exclusionReason.
         * @param exclusionReason The value for exclusionReason
         * @return {@code this} builder for chained invocation
         */
        Builder exclusionReason(String exclusionReason);

        /**
         * Initializes the optional value {@link Measurement#exclusionReason() exclusionReason} to exclusionReason.
         * @param exclusionReason The value for exclusionReason
         * @return {@code this} builder for use in a chained invocation
         */
        Builder exclusionReason(Optional<String> exclusionReason);

        /**
         * Initializes the optional value {@link Measurement#scope() scope} to scope.
         * @param scope  the scope id
         * @return {@code this} builder for chained invocation
         * @since 0.1.0
         */
        Builder scope(String scope);

        /**
         * Initializes the optional value {@link Measurement#scope() scope} to scope.
         * @param scope  the scope id, or empty for the agreement as a whole
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder scope(Optional<String> scope);

        /**
         * Sets the KPI id from its definition; the builder from {@link Measurement#builder()} also
         * checks at {@link #build()} that the value fits the definition (its valid range).
         *
         * @param definition  the KPI, not null
         * @return this builder
         */
        default Builder forKpi(KpiDefinition definition) {
            if (definition == null) {
                throw new dev.partnering.ValidationException("definition");
            }
            return kpiId(definition.id());
        }

        /**
         * Sets numerator and denominator of a ratio KPI.
         *
         * @param numerator  the numerator, not null
         * @param denominator  the denominator, not null
         * @return this builder
         */
        default Builder ratio(BigDecimal numerator, BigDecimal denominator) {
            numerator(numerator);
            return denominator(denominator);
        }

        /**
         * @return the value, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Measurement build();
    }


    /**
     * The builder {@link #builder()} returns: the generated one, behind {@link #forKpi} which keeps
     * the KPI so that {@link #build()} checks the measurement against it.
     */
    static final class KpiCheckingBuilder implements Builder {
        private final Builder delegate = ImmutableMeasurement.builder();
        private KpiDefinition kpi;
        // what the KPI's check reads, kept for a measurement refused for its own violations (the KPI id
        // is the KPI's: forKpi sets it, and the builder takes an attribute once)
        private ReportingPeriod period;
        private BigDecimal value;
        private BigDecimal numerator;
        private BigDecimal denominator;


        /**
         * Builds the measurement for a KPI: sets the KPI id and, on {@link #build()}, checks the
         * measurement against the KPI's valid range and kind ({@link KpiDefinition#violationsOf}).
         *
         * @param definition  the KPI, not null
         * @return this builder
         * @throws dev.partnering.ValidationException if the definition is null
         */
        @Override
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
            Measurement general;
            try {
                general = delegate.build();
            } catch (dev.partnering.ValidationException invalid) {
                throw kpi == null ? invalid : withFit(invalid);
            }
            // checked in the general form, then held in the compact one where it fits (CompactMeasurement)
            Measurement m = CompactMeasurement.of(general);
            return kpi == null ? m : kpi.requireFits(m);
        }

        /**
         * @return the measurement's own violations, then those of the KPI's check, judged where the
         *         figures it reads are not broken (a value or a ratio, within bounds and not negative)
         */
        private dev.partnering.ValidationException withFit(dev.partnering.ValidationException invalid) {
            java.util.Set<String> broken = new java.util.HashSet<>();
            invalid.violations().forEach(v -> broken.add(v.path()));
            if (broken.contains("value") || broken.contains("numerator") || broken.contains("denominator")) {
                return invalid;
            }
            java.util.List<dev.partnering.Violation> fit = kpi.violationsOf(new Unchecked(kpi.id(), period, value,
                    numerator, denominator));
            if (fit.isEmpty()) {
                return invalid;
            }
            java.util.List<dev.partnering.Violation> all = new java.util.ArrayList<>(invalid.violations());
            all.addAll(fit);
            return new dev.partnering.ValidationException(invalid.subject(), all);
        }

        @Override
        public Builder kpiId(String kpiId) {
            delegate.kpiId(kpiId);
            return this;
        }

        @Override
        public Builder period(ReportingPeriod period) {
            delegate.period(period);
            this.period = period;
            return this;
        }

        @Override
        public Builder value(BigDecimal value) {
            delegate.value(value);
            this.value = value;
            return this;
        }

        @Override
        public Builder value(Optional<? extends BigDecimal> value) {
            delegate.value(value);
            this.value = value == null ? null : value.orElse(null);
            return this;
        }

        @Override
        public Builder numerator(BigDecimal numerator) {
            delegate.numerator(numerator);
            this.numerator = numerator;
            return this;
        }

        @Override
        public Builder numerator(Optional<? extends BigDecimal> numerator) {
            delegate.numerator(numerator);
            this.numerator = numerator == null ? null : numerator.orElse(null);
            return this;
        }

        @Override
        public Builder denominator(BigDecimal denominator) {
            delegate.denominator(denominator);
            this.denominator = denominator;
            return this;
        }

        @Override
        public Builder denominator(Optional<? extends BigDecimal> denominator) {
            delegate.denominator(denominator);
            this.denominator = denominator == null ? null : denominator.orElse(null);
            return this;
        }

        @Override
        public Builder source(String source) {
            delegate.source(source);
            return this;
        }

        @Override
        public Builder source(Optional<String> source) {
            delegate.source(source);
            return this;
        }

        @Override
        public Builder recordedAt(Instant recordedAt) {
            delegate.recordedAt(recordedAt);
            return this;
        }

        @Override
        public Builder exclusionReason(String exclusionReason) {
            delegate.exclusionReason(exclusionReason);
            return this;
        }

        @Override
        public Builder exclusionReason(Optional<String> exclusionReason) {
            delegate.exclusionReason(exclusionReason);
            return this;
        }

        @Override
        public Builder scope(String scope) {
            delegate.scope(scope);
            return this;
        }

        @Override
        public Builder scope(Optional<String> scope) {
            delegate.scope(scope);
            return this;
        }
    }

    /**
     * The attributes the KPI's check reads of a measurement that was refused for its own violations,
     * never checked: only for {@link KpiDefinition#violationsOf} from {@link KpiCheckingBuilder}, with
     * the KPI's id and figures that are not broken. The period may be missing.
     */
    private static final class Unchecked extends Measurement {
        private final String kpiId;
        private final ReportingPeriod period;
        private final BigDecimal value;
        private final BigDecimal numerator;
        private final BigDecimal denominator;

        Unchecked(String kpiId, ReportingPeriod period, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
            this.kpiId = kpiId;
            this.period = period;
            this.value = value;
            this.numerator = numerator;
            this.denominator = denominator;
        }

        @Override
        public String kpiId() {
            return kpiId;
        }

        @Override
        public ReportingPeriod period() {
            return period;
        }

        @Override
        public Optional<BigDecimal> value() {
            return Optional.ofNullable(value);
        }

        @Override
        public Optional<BigDecimal> numerator() {
            return Optional.ofNullable(numerator);
        }

        @Override
        public Optional<BigDecimal> denominator() {
            return Optional.ofNullable(denominator);
        }

        @Override
        public Optional<String> source() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return Instant.EPOCH;
        }

        @Override
        public Optional<String> exclusionReason() {
            return Optional.empty();
        }

        @Override
        public Optional<String> scope() {
            return Optional.empty();
        }
    }
}
