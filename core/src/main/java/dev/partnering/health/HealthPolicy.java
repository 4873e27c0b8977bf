package dev.partnering.health;

import java.math.BigDecimal;

import org.immutables.value.Value;

import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;

/**
 * The settings of the {@link HealthCalculator}: the weight of each pillar (1 each by default),
 * the score from which the relationship is GREEN (75) and AMBER (50), and the floor below which a
 * single pillar keeps the relationship from being GREEN (50).
 * <p>
 * Weights are zero or positive, at least one positive; a pillar weighing 0 is ignored. Thresholds
 * are from 0 to 100 with {@code amberFrom <= greenFrom}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HealthPolicy {

    private static final BigDecimal SEVENTY_FIVE = BigDecimal.valueOf(75);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    HealthPolicy() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableHealthPolicy.builder();
    }

    /** @return the default policy: weight 1 for performance, trust and governance, 0 for relationship management, GREEN from 75, AMBER from 50, pillar floor 50; never null */
    public static HealthPolicy defaults() {
        return builder().build();
    }

    /** @return the weight of performance, not negative; 1 by default */
    @Value.Default
    public BigDecimal performanceWeight() {
        return BigDecimal.ONE;
    }

    /** @return the weight of trust, not negative; 1 by default */
    @Value.Default
    public BigDecimal trustWeight() {
        return BigDecimal.ONE;
    }

    /** @return the weight of governance, not negative; 1 by default */
    @Value.Default
    public BigDecimal governanceWeight() {
        return BigDecimal.ONE;
    }

    /**
     * The weight of relationship management (overdue actions, unreviewed or unmitigated high risks,
     * stalled improvement proposals). It weighs 0 by default, so that health computed before it
     * existed is unchanged; the concerns it finds are listed among the reasons whatever its weight.
     *
     * @return the weight of relationship management, not negative; 0 by default
     * @since 0.1.0
     */
    @Value.Default
    public BigDecimal managementWeight() {
        return BigDecimal.ZERO;
    }

    /** @return the lowest combined score that is GREEN, from 0 to 100; 75 by default */
    @Value.Default
    public BigDecimal greenFrom() {
        return SEVENTY_FIVE;
    }

    /** @return the lowest combined score that is AMBER, from 0 to {@link #greenFrom()}; 50 by default */
    @Value.Default
    public BigDecimal amberFrom() {
        return FIFTY;
    }

    /** @return a pillar scoring below this keeps the relationship at AMBER at best, from 0 to 100; 50 by default */
    @Value.Default
    public BigDecimal pillarFloor() {
        return FIFTY;
    }

    /**
     * @param pillar  a pillar, not null
     * @return its weight, not negative, never null
     */
    public BigDecimal weightOf(Pillar pillar) {
        switch (pillar) {
            case PERFORMANCE:
                return performanceWeight();
            case TRUST:
                return trustWeight();
            case MANAGEMENT:
                return managementWeight();
            default:
                return governanceWeight();
        }
    }

    /**
     * @param score  a score from 0 to 100, not null
     * @return its colour by the thresholds, never null
     */
    public HealthStatus classify(BigDecimal score) {
        if (score.compareTo(greenFrom()) >= 0) {
            return HealthStatus.GREEN;
        }
        return score.compareTo(amberFrom()) >= 0 ? HealthStatus.AMBER : HealthStatus.RED;
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("HealthPolicy");
        attrs.decimal("performanceWeight", performanceWeight());
        attrs.decimal("trustWeight", trustWeight());
        attrs.decimal("governanceWeight", governanceWeight());
        attrs.decimal("managementWeight", managementWeight());
        attrs.decimal("greenFrom", greenFrom());
        attrs.decimal("amberFrom", amberFrom());
        attrs.decimal("pillarFloor", pillarFloor());
        attrs.throwIfAny();
        Violations v = Violations.of("HealthPolicy");
        BigDecimal total = BigDecimal.ZERO;
        for (Pillar p : Pillar.values()) {
            BigDecimal w = weightOf(p);
            v.require(w.signum() >= 0, p.name().toLowerCase() + "Weight", w.toPlainString(),
                    "the weight of " + p.label() + " " + w.toPlainString() + " must not be negative");
            total = total.add(w.max(BigDecimal.ZERO));
        }
        v.require(total.signum() > 0, "performanceWeight", total.toPlainString(), "at least one pillar must weigh more than 0");
        checkScore(v, "greenFrom", greenFrom());
        checkScore(v, "amberFrom", amberFrom());
        checkScore(v, "pillarFloor", pillarFloor());
        v.require(amberFrom().compareTo(greenFrom()) <= 0, "amberFrom", amberFrom().toPlainString(),
                "amber threshold " + amberFrom().toPlainString() + " must not be above the green threshold "
                        + greenFrom().toPlainString());
        v.throwIfAny();
    }

    private static void checkScore(Violations v, String name, BigDecimal value) {
        v.require(value.signum() >= 0 && value.compareTo(Decimals.HUNDRED) <= 0, name, value.toPlainString(),
                name + " " + value.toPlainString() + " must be between 0 and 100");
    }

    /**
     * A builder of {@link HealthPolicy}; every attribute has a default.
     * <p>
     * Obtained from {@link HealthPolicy#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link HealthPolicy#performanceWeight() performanceWeight} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link HealthPolicy#performanceWeight() performanceWeight}.</em>
         * @param performanceWeight The value for performanceWeight 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder performanceWeight(BigDecimal performanceWeight);

        /**
         * Initializes the value for the {@link HealthPolicy#trustWeight() trustWeight} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link HealthPolicy#trustWeight() trustWeight}.</em>
         * @param trustWeight The value for trustWeight 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder trustWeight(BigDecimal trustWeight);

        /**
         * Initializes the value for the {@link HealthPolicy#governanceWeight() governanceWeight} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link HealthPolicy#governanceWeight() governanceWeight}.</em>
         * @param governanceWeight The value for governanceWeight 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder governanceWeight(BigDecimal governanceWeight);

        /**
         * @param managementWeight  the weight of relationship management, not negative; 0 if not set
         * @return this builder
         * @since 0.1.0
         */
        Builder managementWeight(BigDecimal managementWeight);

        /**
         * Initializes the value for the {@link HealthPolicy#greenFrom() greenFrom} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link HealthPolicy#greenFrom() greenFrom}.</em>
         * @param greenFrom The value for greenFrom 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder greenFrom(BigDecimal greenFrom);

        /**
         * Initializes the value for the {@link HealthPolicy#amberFrom() amberFrom} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link HealthPolicy#amberFrom() amberFrom}.</em>
         * @param amberFrom The value for amberFrom 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder amberFrom(BigDecimal amberFrom);

        /**
         * Initializes the value for the {@link HealthPolicy#pillarFloor() pillarFloor} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link HealthPolicy#pillarFloor() pillarFloor}.</em>
         * @param pillarFloor The value for pillarFloor 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder pillarFloor(BigDecimal pillarFloor);


        /**
         * @return the HealthPolicy, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        HealthPolicy build();
    }
}
