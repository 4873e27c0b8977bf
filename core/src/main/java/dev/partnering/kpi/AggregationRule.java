package dev.partnering.kpi;

import java.math.BigDecimal;
import java.util.List;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * How the raw measurements of one KPI within one reporting period become the period's value.
 * A closed family: {@link #mean()}, {@link #sum()}, {@link #min()}, {@link #max()}, {@link #last()},
 * {@link #percentile(BigDecimal)} (nearest rank) and {@link #ratio()} (Σ numerators / Σ denominators).
 * <p>
 * All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface AggregationRule {

    /** @return the arithmetic mean of the values */
    static AggregationRule mean() {
        return Mean.INSTANCE;
    }

    /** @return the sum of the values */
    static AggregationRule sum() {
        return Sum.INSTANCE;
    }

    /** @return the smallest value */
    static AggregationRule min() {
        return Min.INSTANCE;
    }

    /** @return the largest value */
    static AggregationRule max() {
        return Max.INSTANCE;
    }

    /** @return the value recorded last (by recorded-at) */
    static AggregationRule last() {
        return Last.INSTANCE;
    }

    /** @return the ratio Σ numerators / Σ denominators, e.g. tickets within SLA / all tickets */
    static AggregationRule ratio() {
        return Ratio.INSTANCE;
    }

    /**
     * @param p  the percentile, greater than 0 and at most 100, not null
     * @return the nearest-rank p-th percentile of the values
     * @throws ValidationException if p is out of range
     */
    static AggregationRule percentile(BigDecimal p) {
        return new Percentile(p);
    }

    /** @return a stable lower-case name: mean, sum, min, max, last, percentile, ratio */
    String name();

    /** @return the name with its parameter, e.g. {@code mean} or {@code percentile(95)} */
    default String label() {
        return name();
    }

    /** Arithmetic mean. */
    record Mean() implements AggregationRule {
        static final Mean INSTANCE = new Mean();

        @Override
        public String name() {
            return "mean";
        }
    }

    /** Sum. */
    record Sum() implements AggregationRule {
        static final Sum INSTANCE = new Sum();

        @Override
        public String name() {
            return "sum";
        }
    }

    /** Minimum. */
    record Min() implements AggregationRule {
        static final Min INSTANCE = new Min();

        @Override
        public String name() {
            return "min";
        }
    }

    /** Maximum. */
    record Max() implements AggregationRule {
        static final Max INSTANCE = new Max();

        @Override
        public String name() {
            return "max";
        }
    }

    /** The last value by recorded-at. */
    record Last() implements AggregationRule {
        static final Last INSTANCE = new Last();

        @Override
        public String name() {
            return "last";
        }
    }

    /** Σ numerators / Σ denominators. */
    record Ratio() implements AggregationRule {
        static final Ratio INSTANCE = new Ratio();

        @Override
        public String name() {
            return "ratio";
        }
    }

    /**
     * The nearest-rank percentile: the value at rank ⌈p/100 × n⌉ of the n values sorted ascending.
     *
     * @param p  the percentile, in (0, 100]
     */
    record Percentile(BigDecimal p) implements AggregationRule {
        /**
         * @param p  the percentile, in (0, 100], not null
         * @throws ValidationException if p is null or out of range
         */
        public Percentile {
            dev.partnering.internal.Violations.requirePresent("Percentile", "p", p);
            if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new ValidationException("AggregationRule", List.of(Violation.of("p", p.toPlainString(),
                        "percentile " + p.toPlainString() + " must be greater than 0 and at most 100")));
            }
        }

        @Override
        public String name() {
            return "percentile";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Percentile other && p.compareTo(other.p) == 0;
        }

        @Override
        public int hashCode() {
            return p.stripTrailingZeros().hashCode();
        }

        @Override
        public String label() {
            return "percentile(" + p.toPlainString() + ")";
        }

        @Override
        public String toString() {
            return label();
        }
    }
}
