package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of one figure between the previous assessment and this one. Only figures shown in
 * both reports, whose comparison cannot expose a group below the minimum, are compared (see
 * {@link TrustTrend}). Both values carry at most {@link TrustReport#DECIMALS} decimals, so the
 * change is exact.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param figure  what changed, e.g. {@code trust index} or {@code transparency, customer side}, not null
 * @param previous  the previous value, from 0 to 100, not null
 * @param current  the current value, from 0 to 100, not null
 * @since 0.1.0
 */
public record TrustChange(String figure, BigDecimal previous, BigDecimal current) {

    /**
     * Creates the value, checking that no component is null; values with at most
     * {@link TrustReport#DECIMALS} decimals are kept with exactly that many.
     *
     * @param figure  what changed, e.g. {@code trust index} or {@code transparency, customer side}, not null
     * @param previous  the previous value, from 0 to 100, not null
     * @param current  the current value, from 0 to 100, not null
     */
    public TrustChange {
        Objects.requireNonNull(figure, "figure");
        previous = TrustReport.canonical(Objects.requireNonNull(previous, "previous"));
        current = TrustReport.canonical(Objects.requireNonNull(current, "current"));
    }

    /** @return current minus previous, in points, never null */
    public BigDecimal change() {
        return current.subtract(previous);
    }
}
