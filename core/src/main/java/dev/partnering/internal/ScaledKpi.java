package dev.partnering.internal;

import java.math.BigDecimal;

/**
 * A KPI version's thresholds and weight as scaled {@code long}s, made once per version and
 * precision, so that a scorecard line goes from its period value to its attainment and contribution
 * in {@link FixedPoint} arithmetic: the same figures {@code kpi.Attainment.of} and
 * {@code weight × attainment} give in {@link BigDecimal}s, exactly (the exact value rounded once,
 * HALF_EVEN, to the declared decimals of the attainment; the contribution exact). Every operation
 * that would overflow a {@code long} throws {@link ArithmeticException}, and the caller takes the
 * {@code BigDecimal} path: never a wrong value.
 * <p>
 * Typed with JDK types only (this package depends on no domain package): the caller passes the
 * thresholds it reads from the version. Immutable and thread-safe.
 */
public final class ScaledKpi {

    /** The status code of a value at or better than the target. */
    public static final int MET = 0;
    /** The status code of a value between minimum (inclusive) and target. */
    public static final int BELOW_TARGET = 1;
    /** The status code of a value worse than the minimum (for a binary KPI: not met). */
    public static final int BELOW_MINIMUM = 2;

    private final boolean binary;
    private final int sign;
    /** The common scale of the thresholds. */
    private final int scale;
    private final long minimum;
    private final long target;
    private final boolean hasStretch;
    private final long stretch;
    /** maxAttainment − 1, at {@link #maxScale}. */
    private final long maxMinusOne;
    private final int maxScale;
    /** maxAttainment rounded to the attainment's decimals, unscaled at those decimals. */
    private final long maxRounded;
    private final int attainmentDecimals;
    private final long weight;
    private final int weightScale;
    /** The valid range: a bound's unscaled value and scale, a scale of -1 where there is no bound. */
    private final long lower;
    private final int lowerScale;
    private final long upper;
    private final int upperScale;
    /**
     * What {@link #attainment} works out per value where the value's scale is at most the thresholds' (the
     * common case), made once: target − minimum; stretch − target; (stretch − target) × 10^maxScale; and
     * the factor of the numerator or the denominator of the quotient above the target. {@code prepared} is
     * false where one of them does not fit in a long (then every value takes the general path, which finds
     * the same overflow).
     */
    private final boolean prepared;
    private final long targetSpan;
    private final long stretchSpan;
    private final long stretchSpanScaled;
    /** Whether the attainment has at least {@link #maxScale} decimals: then the numerator is scaled up, else the denominator. */
    private final boolean aboveScalesNumerator;
    /** 10^(attainmentDecimals − maxScale) where that is not negative, else 0. */
    private final long aboveNumeratorFactor;
    /** (stretch − target) × 10^(maxScale − attainmentDecimals) where that exponent is positive, else 0. */
    private final long aboveDenominator;
    private final long attainmentOne;

    private ScaledKpi(boolean binary, int sign, int scale, long minimum, long target, boolean hasStretch, long stretch,
            long maxMinusOne, int maxScale, long maxRounded, int attainmentDecimals, long weight, int weightScale) {
        this(binary, sign, scale, minimum, target, hasStretch, stretch, maxMinusOne, maxScale, maxRounded,
                attainmentDecimals, weight, weightScale, 0, -1, 0, -1);
    }

    private ScaledKpi(boolean binary, int sign, int scale, long minimum, long target, boolean hasStretch, long stretch,
            long maxMinusOne, int maxScale, long maxRounded, int attainmentDecimals, long weight, int weightScale,
            long lower, int lowerScale, long upper, int upperScale) {
        this.lower = lower;
        this.lowerScale = lowerScale;
        this.upper = upper;
        this.upperScale = upperScale;
        this.binary = binary;
        this.sign = sign;
        this.scale = scale;
        this.minimum = minimum;
        this.target = target;
        this.hasStretch = hasStretch;
        this.stretch = stretch;
        this.maxMinusOne = maxMinusOne;
        this.maxScale = maxScale;
        this.maxRounded = maxRounded;
        this.attainmentDecimals = attainmentDecimals;
        this.weight = weight;
        this.weightScale = weightScale;
        this.attainmentOne = FixedPoint.pow10(attainmentDecimals);
        boolean ok = !binary;
        long ts = 0;
        long ss = 0;
        long sss = 0;
        boolean scalesNumerator = attainmentDecimals >= maxScale;
        long nf = 0;
        long df = 0;
        if (ok) {
            try {
                ts = Math.subtractExact(target, minimum);
                if (hasStretch) {
                    ss = Math.subtractExact(stretch, target);
                    sss = Math.multiplyExact(ss, pow10Exact(maxScale));
                    int e = attainmentDecimals - maxScale;
                    if (scalesNumerator) {
                        nf = FixedPoint.pow10(e);
                    } else {
                        df = Math.multiplyExact(ss, pow10Exact(-e));
                    }
                }
            } catch (ArithmeticException tooLarge) {
                ok = false;
            }
        }
        this.prepared = ok;
        this.targetSpan = ts;
        this.stretchSpan = ss;
        this.stretchSpanScaled = sss;
        this.aboveScalesNumerator = scalesNumerator;
        this.aboveNumeratorFactor = nf;
        this.aboveDenominator = df;
    }

    /**
     * @param binary  true for a BINARY KPI (1 is met; no thresholds)
     * @param higherIsBetter  the KPI's direction
     * @param minimum  the minimum, null for a binary KPI
     * @param target  the target, null for a binary KPI
     * @param stretch  the stretch, or null
     * @param maxAttainment  the attainment at the stretch, not null
     * @param weight  the weight, not null
     * @param attainmentDecimals  the declared decimals of an attainment, 0 to {@value FixedPoint#MAX_SCALE}
     * @return the scaled form, or null if a figure has none (more than 18 digits or decimals, a negative
     *         scale): the caller then stays on the {@code BigDecimal} path for this version
     */
    public static ScaledKpi of(boolean binary, boolean higherIsBetter, BigDecimal minimum, BigDecimal target,
            BigDecimal stretch, BigDecimal maxAttainment, BigDecimal weight, int attainmentDecimals) {
        if (attainmentDecimals < 0 || attainmentDecimals > FixedPoint.MAX_SCALE || !FixedPoint.fits(weight)
                || !FixedPoint.fits(maxAttainment)) {
            return null;
        }
        try {
            long w = FixedPoint.unscaled(weight);
            BigDecimal maxRounded = Decimals.round(maxAttainment, attainmentDecimals);
            long maxAt = FixedPoint.rescale(FixedPoint.unscaled(maxRounded), maxRounded.scale(), attainmentDecimals);
            int ms = maxAttainment.scale();
            long maxMinusOne = Math.subtractExact(FixedPoint.unscaled(maxAttainment), FixedPoint.pow10(ms));
            if (binary) {
                return new ScaledKpi(true, 1, 0, 0, 0, false, 0, maxMinusOne, ms, maxAt, attainmentDecimals, w,
                        weight.scale());
            }
            if (minimum == null || target == null || !FixedPoint.fits(minimum) || !FixedPoint.fits(target)
                    || stretch != null && !FixedPoint.fits(stretch)) {
                return null;
            }
            int s = Math.max(minimum.scale(), Math.max(target.scale(), stretch == null ? 0 : stretch.scale()));
            long min = FixedPoint.rescale(FixedPoint.unscaled(minimum), minimum.scale(), s);
            long tgt = FixedPoint.rescale(FixedPoint.unscaled(target), target.scale(), s);
            long str = stretch == null ? 0 : FixedPoint.rescale(FixedPoint.unscaled(stretch), stretch.scale(), s);
            return new ScaledKpi(false, higherIsBetter ? 1 : -1, s, min, tgt, stretch != null, str, maxMinusOne, ms,
                    maxAt, attainmentDecimals, w, weight.scale());
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    /**
     * The same form with a valid range, for the measurement check.
     *
     * @param lowerBound  the lowest valid value, or null
     * @param upperBound  the highest valid value, or null
     * @return the form with the range, or null if a bound has no fixed-point form
     */
    public ScaledKpi withRange(BigDecimal lowerBound, BigDecimal upperBound) {
        if (lowerBound != null && !FixedPoint.fits(lowerBound) || upperBound != null && !FixedPoint.fits(upperBound)) {
            return null;
        }
        return new ScaledKpi(binary, sign, scale, minimum, target, hasStretch, stretch, maxMinusOne, maxScale,
                maxRounded, attainmentDecimals, weight, weightScale, lowerBound == null ? 0 : FixedPoint.unscaled(lowerBound),
                lowerBound == null ? -1 : lowerBound.scale(), upperBound == null ? 0 : FixedPoint.unscaled(upperBound),
                upperBound == null ? -1 : upperBound.scale());
    }

    /**
     * @param value  a value's unscaled value
     * @param valueScale  its scale, 0 to {@value FixedPoint#MAX_SCALE}
     * @return true if the value lies within the valid range (given by {@link #withRange}), bounds included
     * @throws ArithmeticException if the value and a bound do not fit at one scale
     */
    public boolean inRange(long value, int valueScale) {
        return (lowerScale < 0 || compare(value, valueScale, lower, lowerScale) >= 0)
                && (upperScale < 0 || compare(value, valueScale, upper, upperScale) <= 0);
    }

    /**
     * Whether {@code n / d} lies within the valid range, without dividing: {@code lower ≤ n / d} if and only if
     * {@code (n − lower × d) × sign(d) ≥ 0}, as {@code ValueRange.containsQuotient} decides it.
     *
     * @param n  the numerator's unscaled value
     * @param ns  its scale, 0 to {@value FixedPoint#MAX_SCALE}
     * @param d  the denominator's unscaled value, not 0
     * @param ds  its scale, 0 to {@value FixedPoint#MAX_SCALE}
     * @return true if the quotient lies within the range
     * @throws ArithmeticException if an intermediate does not fit in a long
     */
    public boolean quotientInRange(long n, int ns, long d, int ds) {
        int sd = Long.signum(d);
        return (lowerScale < 0 || compare(n, ns, Math.multiplyExact(lower, d), lowerScale + ds) * sd >= 0)
                && (upperScale < 0 || compare(n, ns, Math.multiplyExact(upper, d), upperScale + ds) * sd <= 0);
    }

    /** @return the declared decimals of the attainment this form computes */
    public int attainmentDecimals() {
        return attainmentDecimals;
    }

    /** @return the weight's unscaled value */
    public long weight() {
        return weight;
    }

    /** @return the weight's scale */
    public int weightScale() {
        return weightScale;
    }

    /**
     * The attainment of a period value, as {@code Attainment.of(kpi, value, attainmentDecimals)} gives it.
     *
     * @param value  the period value's unscaled value
     * @param valueScale  its scale, 0 to {@value FixedPoint#MAX_SCALE}
     * @return the attainment's unscaled value at {@link #attainmentDecimals()} decimals
     * @throws ArithmeticException if an intermediate does not fit in a long
     */
    public long attainment(long value, int valueScale) {
        int a = attainmentDecimals;
        if (binary) {
            return compare(value, valueScale, 1, 0) >= 0 ? FixedPoint.pow10(a) : 0;
        }
        if (prepared && valueScale <= scale) {
            return preparedAttainment(valueScale == scale ? value
                    : Math.multiplyExact(value, FixedPoint.pow10(scale - valueScale)));
        }
        if (prepared && valueScale <= FixedPoint.MAX_SCALE) {
            return attainmentAbove(value, valueScale); // more decimals than the thresholds (see below)
        }
        return generalAttainment(value, valueScale);
    }

    /**
     * {@link #generalAttainment} of a value at more decimals than the thresholds (99.95 against 99.5; a ratio's
     * quotient at 6 decimals against 0.95), with what the constructor prepared: the thresholds brought to the
     * value's scale as the general path brings them (each times 10^(valueScale − scale), exactly), then the same
     * comparisons, operations and quotients at that scale, in the same order, so the same result or an overflow
     * where the general path has one. Nothing is kept: no memory per scale.
     */
    private long attainmentAbove(long v, int valueScale) {
        long f = FixedPoint.pow10(valueScale - scale);
        long min = Math.multiplyExact(minimum, f);
        if (Long.compare(v, min) * sign <= 0) {
            return 0;
        }
        long str = 0;
        if (hasStretch) {
            str = Math.multiplyExact(stretch, f);
            if (Long.compare(v, str) * sign >= 0) {
                return maxRounded;
            }
        }
        long tgt = Math.multiplyExact(target, f);
        if (Long.compare(v, tgt) * sign < 0) {
            // (v − min) / (target − min) at the attainment's decimals
            return FixedPoint.divide(Math.multiplyExact(Math.subtractExact(v, min), attainmentOne),
                    Math.subtractExact(tgt, min));
        }
        if (!hasStretch) {
            return attainmentOne;
        }
        // ((stretch − target) × 10^maxScale + (v − target) × (max − 1)) / ((stretch − target) × 10^maxScale)
        long span = Math.subtractExact(str, tgt);
        long above = Math.multiplyExact(Math.subtractExact(v, tgt), maxMinusOne);
        long num = Math.addExact(Math.multiplyExact(span, pow10Exact(maxScale)), above);
        return aboveScalesNumerator ? FixedPoint.divide(Math.multiplyExact(num, aboveNumeratorFactor), span)
                : FixedPoint.divide(num, Math.multiplyExact(span, pow10Exact(maxScale - attainmentDecimals)));
    }

    /**
     * {@link #attainment} with the value and the thresholds brought to one scale per value (apart, so that the
     * common paths above stay small enough to be inlined where they are called).
     */
    private long generalAttainment(long value, int valueScale) {
        int a = attainmentDecimals;
        // the value and the thresholds at one scale c
        int c = Math.max(scale, valueScale);
        long v = FixedPoint.rescale(value, valueScale, c);
        long min = FixedPoint.rescale(minimum, scale, c);
        if (Long.compare(v, min) * sign <= 0) {
            return 0;
        }
        long str = 0;
        if (hasStretch) {
            str = FixedPoint.rescale(stretch, scale, c);
            if (Long.compare(v, str) * sign >= 0) {
                return maxRounded;
            }
        }
        long tgt = FixedPoint.rescale(target, scale, c);
        if (Long.compare(v, tgt) * sign < 0) {
            // (v − min) / (target − min)
            return FixedPoint.unscaledQuotient(Math.subtractExact(v, min), c, Math.subtractExact(tgt, min), c, a);
        }
        if (!hasStretch) {
            return FixedPoint.pow10(a);
        }
        // ((stretch − target) + (v − target) × (max − 1)) / (stretch − target), the numerator at scale c + maxScale
        long span = Math.subtractExact(str, tgt);
        long above = Math.multiplyExact(Math.subtractExact(v, tgt), maxMinusOne);
        long num = Math.addExact(Math.multiplyExact(span, pow10Exact(maxScale)), above);
        return FixedPoint.unscaledQuotient(num, c + maxScale, span, c, a);
    }

    /**
     * {@link #attainment} of a value at the thresholds' scale, from what the constructor prepared: the same
     * operations on the same figures (each quotient the same exact fraction, rounded once), so the same result
     * or the same overflow.
     */
    private long preparedAttainment(long v) {
        if (Long.compare(v, minimum) * sign <= 0) {
            return 0;
        }
        if (hasStretch && Long.compare(v, stretch) * sign >= 0) {
            return maxRounded;
        }
        if (Long.compare(v, target) * sign < 0) {
            // (v − min) / (target − min) at the attainment's decimals
            return FixedPoint.divide(Math.multiplyExact(Math.subtractExact(v, minimum), attainmentOne), targetSpan);
        }
        if (!hasStretch) {
            return attainmentOne;
        }
        // ((stretch − target) × 10^maxScale + (v − target) × (max − 1)) / ((stretch − target) × 10^maxScale)
        long num = Math.addExact(stretchSpanScaled, Math.multiplyExact(Math.subtractExact(v, target), maxMinusOne));
        return aboveScalesNumerator ? FixedPoint.divide(Math.multiplyExact(num, aboveNumeratorFactor), stretchSpan)
                : FixedPoint.divide(num, aboveDenominator);
    }

    /**
     * The status of a period value, as the scorecard calculator gives it.
     *
     * @param value  the period value's unscaled value
     * @param valueScale  its scale, 0 to {@value FixedPoint#MAX_SCALE}
     * @return {@link #MET}, {@link #BELOW_TARGET} or {@link #BELOW_MINIMUM}
     * @throws ArithmeticException if the value does not fit at the thresholds' scale
     */
    public int status(long value, int valueScale) {
        if (binary) {
            return compare(value, valueScale, 1, 0) >= 0 ? MET : BELOW_MINIMUM;
        }
        if (valueScale <= scale) {
            return statusAtScale(valueScale == scale ? value
                    : Math.multiplyExact(value, FixedPoint.pow10(scale - valueScale)));
        }
        if (valueScale <= FixedPoint.MAX_SCALE) {
            // the thresholds at the value's scale, as compare brings them there (the minimum only where needed)
            long f = FixedPoint.pow10(valueScale - scale);
            if (Long.compare(value, Math.multiplyExact(target, f)) * sign >= 0) {
                return MET;
            }
            return Long.compare(value, Math.multiplyExact(minimum, f)) * sign < 0 ? BELOW_MINIMUM : BELOW_TARGET;
        }
        if (compare(value, valueScale, target, scale) * sign >= 0) {
            return MET;
        }
        return compare(value, valueScale, minimum, scale) * sign < 0 ? BELOW_MINIMUM : BELOW_TARGET;
    }

    /** @return {@link #status} of a value at the thresholds' scale */
    private int statusAtScale(long v) {
        return Long.compare(v, target) * sign >= 0 ? MET : Long.compare(v, minimum) * sign < 0 ? BELOW_MINIMUM
                : BELOW_TARGET;
    }

    /**
     * @param attainment  an attainment's unscaled value at {@link #attainmentDecimals()}
     * @return weight × attainment, exact, unscaled at {@code weightScale() + attainmentDecimals()}
     * @throws ArithmeticException if it does not fit in a long
     */
    public long contribution(long attainment) {
        return Math.multiplyExact(weight, attainment);
    }

    /** @return the sign of x·10^-xs − y·10^-ys */
    private static int compare(long x, int xs, long y, int ys) {
        int c = Math.max(xs, ys);
        return Long.compare(FixedPoint.rescale(x, xs, c), FixedPoint.rescale(y, ys, c));
    }

    private static long pow10Exact(int n) {
        if (n > FixedPoint.MAX_SCALE) {
            throw new ArithmeticException("10^" + n + " does not fit in a long");
        }
        return FixedPoint.pow10(n);
    }
}
