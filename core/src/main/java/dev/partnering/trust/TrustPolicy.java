package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.immutables.value.Value;

import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;

/**
 * The settings of the {@link TrustCalculator}: the minimum group size that protects anonymity
 * (3 by default), the perception gap up to which the relationship is in balance (15 points by
 * default) and the weight of each dimension in the trust index (1 for every dimension not listed).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TrustPolicy {

    private static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(15);

    TrustPolicy() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableTrustPolicy.builder();
    }

    /** @return the default policy: minimum group size 3, balance threshold 15, equal weights; never null */
    public static TrustPolicy defaults() {
        return builder().build();
    }

    /**
     * @return the fewest respondents a group may have for any of its figures to be shown, at least
     *         1; 3 by default
     */
    @Value.Default
    public int minimumGroupSize() {
        return 3;
    }

    /**
     * @return the largest perception gap, in points from 0 to 100, at which a dimension is still in
     *         balance; 15 by default
     */
    @Value.Default
    public BigDecimal balanceThreshold() {
        return DEFAULT_THRESHOLD;
    }

    /** @return the weight of each dimension in the trust index by dimension id, each positive; 1 if not listed */
    public abstract Map<String, BigDecimal> weights();

    /**
     * @param dimension  a dimension, not null
     * @return its weight in the trust index, positive, never null
     */
    public BigDecimal weightOf(TrustDimension dimension) {
        return weights().getOrDefault(dimension.id(), BigDecimal.ONE);
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("TrustPolicy");
        attrs.decimal("balanceThreshold", balanceThreshold());
        attrs.requiredEntries("weights", weights());
        attrs.throwIfAny();
        Violations v = Violations.of("TrustPolicy");
        v.require(minimumGroupSize() >= 1, "minimumGroupSize", minimumGroupSize(),
                "minimum group size " + minimumGroupSize() + " must be at least 1");
        BigDecimal t = balanceThreshold();
        v.require(t.signum() >= 0 && t.compareTo(Decimals.HUNDRED) <= 0, "balanceThreshold", t.toPlainString(),
                "balance threshold " + t.toPlainString() + " must be between 0 and 100 points");
        new TreeMap<>(weights()).forEach((id, w) -> v.require(w.signum() > 0, "weights." + id, w.toPlainString(),
                "weight " + w.toPlainString() + " of dimension '" + id + "' must be greater than 0"));
        v.throwIfAny();
    }

    /**
     * A builder of {@link TrustPolicy}; every attribute has a default.
     * <p>
     * Obtained from {@link TrustPolicy#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link TrustPolicy#minimumGroupSize() minimumGroupSize} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link TrustPolicy#minimumGroupSize() minimumGroupSize}.</em>
         * @param minimumGroupSize The value for minimumGroupSize 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder minimumGroupSize(int minimumGroupSize);

        /**
         * Initializes the value for the {@link TrustPolicy#balanceThreshold() balanceThreshold} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link TrustPolicy#balanceThreshold() balanceThreshold}.</em>
         * @param balanceThreshold The value for balanceThreshold 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder balanceThreshold(BigDecimal balanceThreshold);

        /**
         * Put one entry to the {@link TrustPolicy#weights() weights} map.
         * @param key The key in the weights map
         * @param value The associated value in the weights map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putWeights(String key, BigDecimal value);

        /**
         * Put one entry to the {@link TrustPolicy#weights() weights} map. Nulls are not permitted
         * @param entry The key and value entry
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putWeights(Map.Entry<String, ? extends BigDecimal> entry);

        /**
         * Put all mappings from the specified map as entries to {@link TrustPolicy#weights() weights} map. Nulls are not permitted
         * @param entries The entries that will be added to the weights map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllWeights(Map<String, ? extends BigDecimal> entries);


        /**
         * @return the TrustPolicy, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        TrustPolicy build();
    }
}
