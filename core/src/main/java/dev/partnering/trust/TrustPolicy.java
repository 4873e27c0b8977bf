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
        return new Builder();
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

    /** A builder of {@link TrustPolicy}; every attribute has a default. */
    public static final class Builder extends ImmutableTrustPolicy.Builder {
        Builder() {
        }
    }
}
