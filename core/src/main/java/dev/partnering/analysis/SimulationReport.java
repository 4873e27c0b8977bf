package dev.partnering.analysis;

import java.util.Objects;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;

/**
 * The distribution of simulated period outcomes: mean, 5th, 50th and 95th percentile (nearest
 * rank) of the supplier's net adjustment and of the customer side's (its negation), over
 * {@link #periods()} simulated periods with {@link #seed()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param periods  how many periods were simulated
 * @param seed  the seed; the same seed gives the same report
 * @param supplier  the supplier's net per period
 * @param customer  the customer side's net per period
 * @param explanation  how the report was produced
 * @since 0.1.0
 */
public record SimulationReport(int periods, long seed, Distribution supplier, Distribution customer,
        Explanation explanation) {

    /**
     * Summary figures of a distribution of amounts.
     *
     * @param mean  the mean, rounded to the minor unit
     * @param p5  the 5th percentile
     * @param p50  the median
     * @param p95  the 95th percentile
     * @param min  the smallest
     * @param max  the largest
     */
    public record Distribution(Money mean, Money p5, Money p50, Money p95, Money min, Money max) {
        /**
         * Checks for nulls.
         *
         * @param mean  the mean, rounded to the minor unit
         * @param p5  the 5th percentile
         * @param p50  the median
         * @param p95  the 95th percentile
         * @param min  the smallest
         * @param max  the largest
         */
        public Distribution {
            Objects.requireNonNull(mean, "mean");
            Objects.requireNonNull(p5, "p5");
            Objects.requireNonNull(p50, "p50");
            Objects.requireNonNull(p95, "p95");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }
    }

    /**
     * Checks for nulls.
     *
     * @param periods  the value of {@link #periods()}
     * @param seed  the value of {@link #seed()}
     * @param supplier  the value of {@link #supplier()}
     * @param customer  the value of {@link #customer()}
     * @param explanation  the value of {@link #explanation()}
     */
    public SimulationReport {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(explanation, "explanation");
    }
}
