package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trust index: the weighted mean of the dimension scores that are shown, from 0 to 100, with
 * the dimensions it includes and those it leaves out because their score is suppressed or has no
 * answers. The weights of the included dimensions are renormalised.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the index, empty when no dimension score is shown
 * @param included  the dimensions whose scores it weighs, not null
 * @param leftOut  the dimensions left out, not null
 * @since 0.1.0
 */
public record TrustIndex(Optional<BigDecimal> value, List<TrustDimension> included, List<TrustDimension> leftOut) {

    /**
     * Creates the value, checking that no component is null; a value with at most
     * {@link TrustReport#DECIMALS} decimals is kept with exactly that many.
     *
     * @param value  the index, empty when no dimension score is shown
     * @param included  the dimensions whose scores it weighs, not null
     * @param leftOut  the dimensions left out, not null
     */
    public TrustIndex {
        value = Objects.requireNonNull(value, "value").map(TrustReport::canonical);
        included = List.copyOf(included);
        leftOut = List.copyOf(leftOut);
    }

    /** @return true if every dimension of the survey is included */
    public boolean isComplete() {
        return value.isPresent() && leftOut.isEmpty();
    }
}
