package dev.partnering.kpi;

import java.math.BigDecimal;

import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;

/**
 * The declared precision of an agreement's figures: the decimal places to which a KPI's period
 * value, an attainment and a scorecard score are rounded, once, HALF_EVEN, when they come into being
 * ("the score is computed to two decimals"). The rounded figure is the one shown, explained, stored
 * and used downstream: an attainment is computed from the rounded period value, a score from the
 * rounded attainments. Each figure is the exact value of its formula rounded once; no intermediate
 * quotient is cut on the way. Amounts of money are rounded to their currency's minor unit instead.
 * <p>
 * The {@linkplain #standard() standard} precision is 6 decimals for each figure; each may be 0 to
 * {@value #MAX_DECIMALS}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Precision {

    /** The decimals of each figure unless an agreement declares others: {@value}. */
    public static final int DEFAULT_DECIMALS = 6;

    /** The most decimals a figure may be declared with: {@value}. */
    public static final int MAX_DECIMALS = 12;

    private static final Precision STANDARD = new Precision(DEFAULT_DECIMALS, DEFAULT_DECIMALS, DEFAULT_DECIMALS);

    private final int periodValueDecimals;
    private final int attainmentDecimals;
    private final int scoreDecimals;

    private Precision(int periodValueDecimals, int attainmentDecimals, int scoreDecimals) {
        this.periodValueDecimals = periodValueDecimals;
        this.attainmentDecimals = attainmentDecimals;
        this.scoreDecimals = scoreDecimals;
    }

    /** @return 6 decimals for period values, attainments and scores, never null */
    public static Precision standard() {
        return STANDARD;
    }

    /**
     * @param decimals  the decimals of period values, attainments and scores alike, 0 to {@value #MAX_DECIMALS}
     * @return the precision, never null
     * @throws dev.partnering.ValidationException if the decimals are out of range
     */
    public static Precision decimals(int decimals) {
        return of(decimals, decimals, decimals);
    }

    /**
     * @param periodValueDecimals  the decimals of a KPI's period value, 0 to {@value #MAX_DECIMALS}
     * @param attainmentDecimals  the decimals of an attainment, 0 to {@value #MAX_DECIMALS}
     * @param scoreDecimals  the decimals of a scorecard score, 0 to {@value #MAX_DECIMALS}
     * @return the precision, never null
     * @throws dev.partnering.ValidationException naming every value out of range
     */
    public static Precision of(int periodValueDecimals, int attainmentDecimals, int scoreDecimals) {
        Violations v = Violations.of("Precision");
        check(v, "periodValueDecimals", "period values", periodValueDecimals);
        check(v, "attainmentDecimals", "attainments", attainmentDecimals);
        check(v, "scoreDecimals", "scores", scoreDecimals);
        v.throwIfAny();
        if (periodValueDecimals == DEFAULT_DECIMALS && attainmentDecimals == DEFAULT_DECIMALS
                && scoreDecimals == DEFAULT_DECIMALS) {
            return STANDARD;
        }
        return new Precision(periodValueDecimals, attainmentDecimals, scoreDecimals);
    }

    /**
     * A builder that starts from the standard precision: a figure not set keeps {@value #DEFAULT_DECIMALS}
     * decimals.
     *
     * @return a new builder, never null
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder() {
            private int periodValue = DEFAULT_DECIMALS;
            private int attainment = DEFAULT_DECIMALS;
            private int score = DEFAULT_DECIMALS;

            @Override
            public Builder periodValueDecimals(int decimals) {
                periodValue = decimals;
                return this;
            }

            @Override
            public Builder attainmentDecimals(int decimals) {
                attainment = decimals;
                return this;
            }

            @Override
            public Builder scoreDecimals(int decimals) {
                score = decimals;
                return this;
            }

            @Override
            public Precision build() {
                return of(periodValue, attainment, score);
            }
        };
    }

    /**
     * Builds a precision figure by figure; each figure not set keeps {@value #DEFAULT_DECIMALS} decimals.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public interface Builder {
        /**
         * @param decimals  the decimals of a KPI's period value, 0 to {@value #MAX_DECIMALS}
         * @return this builder
         */
        Builder periodValueDecimals(int decimals);

        /**
         * @param decimals  the decimals of an attainment, 0 to {@value #MAX_DECIMALS}
         * @return this builder
         */
        Builder attainmentDecimals(int decimals);

        /**
         * @param decimals  the decimals of a scorecard score, 0 to {@value #MAX_DECIMALS}
         * @return this builder
         */
        Builder scoreDecimals(int decimals);

        /**
         * @return the precision, never null
         * @throws dev.partnering.ValidationException naming every value out of range
         */
        Precision build();
    }

    private static void check(Violations v, String path, String what, int decimals) {
        v.require(decimals >= 0 && decimals <= MAX_DECIMALS, path, decimals, "the decimals of " + what + " must be 0 to "
                + MAX_DECIMALS + ", not " + decimals);
    }

    /** @return the decimal places of a KPI's period value, 0 to {@value #MAX_DECIMALS} */
    public int periodValueDecimals() {
        return periodValueDecimals;
    }

    /** @return the decimal places of an attainment, 0 to {@value #MAX_DECIMALS} */
    public int attainmentDecimals() {
        return attainmentDecimals;
    }

    /** @return the decimal places of a scorecard score, 0 to {@value #MAX_DECIMALS} */
    public int scoreDecimals() {
        return scoreDecimals;
    }

    /** @return true if every figure has the {@linkplain #DEFAULT_DECIMALS default} decimals */
    public boolean isStandard() {
        return equals(STANDARD);
    }

    /**
     * @param value  a period value, not null
     * @return the value rounded HALF_EVEN to the period-value decimals, never null
     */
    public BigDecimal periodValue(BigDecimal value) {
        return Decimals.round(value, periodValueDecimals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Precision p && p.periodValueDecimals == periodValueDecimals
                && p.attainmentDecimals == attainmentDecimals && p.scoreDecimals == scoreDecimals;
    }

    @Override
    public int hashCode() {
        return (periodValueDecimals * 31 + attainmentDecimals) * 31 + scoreDecimals;
    }

    /** @return e.g. {@code Precision[periodValue=6, attainment=6, score=2]} */
    @Override
    public String toString() {
        return "Precision[periodValue=" + periodValueDecimals + ", attainment=" + attainmentDecimals + ", score="
                + scoreDecimals + "]";
    }
}
