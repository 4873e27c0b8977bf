package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point of a {@link BonusMalusCurve}: at scorecard score {@code score} the payout is
 * {@code value} (a percentage of the period fee, or an amount, per the curve's unit).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param score  the scorecard score
 * @param value  the payout at that score
 * @since 0.1.0
 */
public record CurvePoint(BigDecimal score, BigDecimal value) {

    /** Checks for nulls. */
    public CurvePoint {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param score  the score, e.g. "0.8"
     * @param value  the payout, e.g. "-5"
     * @return the point, never null
     */
    public static CurvePoint of(String score, String value) {
        return new CurvePoint(new BigDecimal(score), new BigDecimal(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurvePoint p && score.compareTo(p.score) == 0 && value.compareTo(p.value) == 0;
    }

    @Override
    public int hashCode() {
        return score.stripTrailingZeros().hashCode() * 31 + value.stripTrailingZeros().hashCode();
    }
}
