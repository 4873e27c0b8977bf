package dev.partnering.incentive;

import dev.partnering.analysis.Simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * How a KPI's period value is drawn in a {@link Simulator simulation}: normal with a mean and a
 * standard deviation, or sampled from history. For a ratio KPI the drawn value is the ratio.
 * A closed family; all implementations are immutable and thread-safe.
 * <p>
 * Random draws use the JDK's seeded generator and are quantised to a fixed number of decimals
 * before they enter any calculation, so the draw is the only place a binary floating-point
 * number appears, and the same seed always gives the same values.
 *
 * @since 0.1.0
 */
public sealed interface KpiDistribution {

    /**
     * @param mean  the mean, not null
     * @param standardDeviation  the standard deviation, not negative, not null
     * @param decimals  the decimals the drawn value is rounded to (HALF_EVEN), 0 to 10
     * @return the distribution, never null
     */
    static KpiDistribution normal(BigDecimal mean, BigDecimal standardDeviation, int decimals) {
        return new Normal(mean, standardDeviation, decimals);
    }

    /**
     * @param values  the historical values to draw from uniformly, not empty, not null
     * @return the distribution, never null
     */
    static KpiDistribution sampled(List<BigDecimal> values) {
        return new Sampled(values);
    }

    /**
     * @param random  the generator, not null
     * @return a drawn value, never null
     */
    BigDecimal draw(Random random);

    /**
     * Normal distribution.
     *
     * @param mean  the mean
     * @param standardDeviation  the standard deviation
     * @param decimals  decimals of the drawn value
     */
    record Normal(BigDecimal mean, BigDecimal standardDeviation, int decimals) implements KpiDistribution {
        /**
         * @throws ValidationException if the deviation is negative or decimals out of range
         *
         * @param mean  the mean
         * @param standardDeviation  the standard deviation
         * @param decimals  decimals of the drawn value
         */
        public Normal {
            Objects.requireNonNull(mean, "mean");
            Objects.requireNonNull(standardDeviation, "standardDeviation");
            if (standardDeviation.signum() < 0 || decimals < 0 || decimals > 10) {
                throw new ValidationException("KpiDistribution", List.of(Violation.of("standardDeviation",
                        standardDeviation.toPlainString(), "a normal distribution needs a standard deviation of at least 0 "
                                + "and 0 to 10 decimals, not " + standardDeviation.toPlainString() + " and " + decimals)));
            }
        }

        @Override
        public BigDecimal draw(Random random) {
            BigDecimal z = BigDecimal.valueOf(random.nextGaussian()).setScale(decimals + 4, RoundingMode.HALF_EVEN);
            return mean.add(standardDeviation.multiply(z)).setScale(decimals, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * Uniform draw from historical values.
     *
     * @param values  the values
     */
    record Sampled(List<BigDecimal> values) implements KpiDistribution {
        /**
         * @throws ValidationException if empty
         *
         * @param values  the values
         */
        public Sampled {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new ValidationException("KpiDistribution", List.of(Violation.of("values", "[]",
                        "a sampled distribution needs at least one value")));
            }
        }

        @Override
        public BigDecimal draw(Random random) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
