package dev.partnering.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.period.ReportingPeriod;

/**
 * The compact form of the common {@link Measurement}: a value or a ratio, with neither a source, an
 * exclusion nor a scope, each decimal held in one {@code long} (its unscaled value shifted left by
 * {@value #SCALE_BITS} bits, its scale in the low bits) instead of an object. A value measurement
 * is 32 bytes on a 64-bit JVM with compressed references (the header, three references and one
 * {@code long}), a ratio 40 bytes, against 48 bytes and a 40-byte {@code BigDecimal} per decimal in
 * the general form. The {@code BigDecimal}s and {@code Optional}s the accessors return are made
 * when read; they equal the decimals the measurement was built from, scale included.
 * <p>
 * {@link Measurement#builder()} returns this form whenever the measurement fits it (see
 * {@link #of}); the general form is the generated {@code ImmutableMeasurement}. Which form a
 * measurement takes depends on its content alone, so two equal measurements are always of the same
 * class. Immutable and thread-safe.
 */
abstract class CompactMeasurement extends Measurement {

    /** Bits of the scale in a packed decimal: scales 0 to 31, of which 0 to 18 are used. */
    static final int SCALE_BITS = 5;
    private static final int SCALE_MASK = (1 << SCALE_BITS) - 1;
    /** The largest scale packed. */
    private static final int MAX_SCALE = 18;
    /** The most digits of an unscaled value packed: 10^17 − 1 &lt; 2^57, well within the 59 bits left. */
    private static final int MAX_PRECISION = 17;

    private final String kpiId;
    private final ReportingPeriod period;
    private final Instant recordedAt;

    CompactMeasurement(String kpiId, ReportingPeriod period, Instant recordedAt) {
        this.kpiId = kpiId;
        this.period = period;
        this.recordedAt = recordedAt;
    }

    /**
     * @param m  a checked measurement in the general form, not null
     * @return the same measurement in compact form, or {@code m} itself if it does not fit one
     */
    static Measurement of(Measurement m) {
        if (m.source().isPresent() || m.exclusionReason().isPresent() || m.scope().isPresent()) {
            return m;
        }
        BigDecimal value = m.valueOrNull();
        if (value != null) {
            return packs(value) ? new Value(m.kpiId(), m.period(), m.recordedAt(), pack(value)) : m;
        }
        BigDecimal n = m.numeratorOrNull();
        BigDecimal d = m.denominatorOrNull();
        if (n != null && d != null && packs(n) && packs(d)) {
            return new Ratio(m.kpiId(), m.period(), m.recordedAt(), pack(n), pack(d));
        }
        return m;
    }

    /** @return true if the decimal has a packed form */
    static boolean packs(BigDecimal d) {
        return d.scale() >= 0 && d.scale() <= MAX_SCALE && d.precision() <= MAX_PRECISION;
    }

    /** @return the packed form of a decimal that {@linkplain #packs packs} */
    static long pack(BigDecimal d) {
        long unscaled = d.scale() == 0 ? d.longValueExact() : d.movePointRight(d.scale()).longValueExact();
        return unscaled << SCALE_BITS | d.scale();
    }

    /** @return the unscaled value of a packed decimal */
    static long unscaled(long packed) {
        return packed >> SCALE_BITS;
    }

    /** @return the scale of a packed decimal */
    static int scale(long packed) {
        return (int) (packed & SCALE_MASK);
    }

    /** @return the decimal of a packed form, equal to the one packed (scale included) */
    static BigDecimal unpack(long packed) {
        return BigDecimal.valueOf(unscaled(packed), scale(packed));
    }

    @Override
    public final String kpiId() {
        return kpiId;
    }

    @Override
    public final ReportingPeriod period() {
        return period;
    }

    @Override
    public final Optional<String> source() {
        return Optional.empty();
    }

    @Override
    public final Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public final Optional<String> exclusionReason() {
        return Optional.empty();
    }

    @Override
    public final Optional<String> scope() {
        return Optional.empty();
    }

    @Override
    public final boolean isExcluded() {
        return false;
    }

    @Override
    public final boolean equals(Object another) {
        if (this == another) {
            return true;
        }
        // the form follows from the content: a measurement of another class is never equal
        return another != null && another.getClass() == getClass() && sameFigures((CompactMeasurement) another)
                && kpiId.equals(((CompactMeasurement) another).kpiId)
                && period.equals(((CompactMeasurement) another).period)
                && recordedAt.equals(((CompactMeasurement) another).recordedAt);
    }

    /**
     * The check of {@code KpiDefinition} on the packed figures: a value for a value KPI and a ratio for a ratio
     * KPI, 0 or 1 for a binary KPI, within the valid range.
     *
     * @param ratioRule  true if the KPI aggregates by ratio
     * @param binary  true if the KPI is BINARY
     * @param kpi  the KPI's fixed-point form (its valid range), not null
     * @return 1 if the measurement fits, 0 if it does not, -1 if its figures and the range do not fit at one scale
     */
    abstract int fits(boolean ratioRule, boolean binary, dev.partnering.internal.ScaledKpi kpi);

    /** @return true if the other measurement, of this class, has the same packed decimals */
    abstract boolean sameFigures(CompactMeasurement another);

    /** The same hash as the general form's (the generated one) for the same attributes. */
    @Override
    public final int hashCode() {
        int h = 5381;
        h += (h << 5) + kpiId.hashCode();
        h += (h << 5) + period.hashCode();
        h += (h << 5) + Objects.hashCode(valueOrNull());
        h += (h << 5) + Objects.hashCode(numeratorOrNull());
        h += (h << 5) + Objects.hashCode(denominatorOrNull());
        h += (h << 5) + 0; // source
        h += (h << 5) + recordedAt.hashCode();
        h += (h << 5) + 0; // exclusionReason
        h += (h << 5) + 0; // scope
        return h;
    }

    /** The same text as the general form's (the generated one). */
    @Override
    public final String toString() {
        StringBuilder b = new StringBuilder("Measurement{kpiId=").append(kpiId).append(", period=").append(period);
        BigDecimal value = valueOrNull();
        if (value != null) {
            b.append(", value=").append(value);
        } else {
            b.append(", numerator=").append(numeratorOrNull()).append(", denominator=").append(denominatorOrNull());
        }
        return b.append(", recordedAt=").append(recordedAt).append('}').toString();
    }

    /** A measured value. */
    static final class Value extends CompactMeasurement {
        private final long value;

        Value(String kpiId, ReportingPeriod period, Instant recordedAt, long value) {
            super(kpiId, period, recordedAt);
            this.value = value;
        }

        @Override
        public Optional<BigDecimal> value() {
            return Optional.of(unpack(value));
        }

        @Override
        public Optional<BigDecimal> numerator() {
            return Optional.empty();
        }

        @Override
        public Optional<BigDecimal> denominator() {
            return Optional.empty();
        }

        @Override
        public boolean isRatio() {
            return false;
        }

        @Override
        BigDecimal valueOrNull() {
            return unpack(value);
        }

        @Override
        BigDecimal numeratorOrNull() {
            return null;
        }

        @Override
        BigDecimal denominatorOrNull() {
            return null;
        }

        @Override
        boolean sameFigures(CompactMeasurement another) {
            return value == ((Value) another).value;
        }

        @Override
        int fits(boolean ratioRule, boolean binary, dev.partnering.internal.ScaledKpi kpi) {
            return fitsValue(value, ratioRule, binary, kpi);
        }

        /** {@link CompactMeasurement#fits} of a packed value (also read by {@link MeasurementTable}). */
        static int fitsValue(long value, boolean ratioRule, boolean binary, dev.partnering.internal.ScaledKpi kpi) {
            long u = unscaled(value);
            int s = scale(value);
            if (ratioRule || binary && u != 0 && u != FixedPoint.pow10(s)) {
                return 0;
            }
            try {
                return kpi.inRange(u, s) ? 1 : 0;
            } catch (ArithmeticException tooLargeForALong) {
                return -1;
            }
        }

        /** @return the packed value */
        long packed() {
            return value;
        }

        /**
         * @param decimals  the decimals, 0 or more
         * @return the value rounded once, HALF_EVEN, to at most {@code decimals} places, in canonical form:
         *         what {@code Decimals.round(value, decimals)} gives, made from the packed long
         */
        BigDecimal rounded(int decimals) {
            long u = unscaled(value);
            int s = scale(value);
            if (s > decimals) {
                u = FixedPoint.divide(u, FixedPoint.pow10(s - decimals)); // HALF_EVEN, as setScale(decimals, HALF_EVEN)
                s = decimals;
            }
            return FixedPoint.toDecimal(u, s, 0); // trailing zeros dropped down to scale 0: canonical
        }
    }

    /** A ratio: numerator and denominator. */
    static final class Ratio extends CompactMeasurement {
        private final long numerator;
        private final long denominator;

        Ratio(String kpiId, ReportingPeriod period, Instant recordedAt, long numerator, long denominator) {
            super(kpiId, period, recordedAt);
            this.numerator = numerator;
            this.denominator = denominator;
        }

        @Override
        public Optional<BigDecimal> value() {
            return Optional.empty();
        }

        @Override
        public Optional<BigDecimal> numerator() {
            return Optional.of(unpack(numerator));
        }

        @Override
        public Optional<BigDecimal> denominator() {
            return Optional.of(unpack(denominator));
        }

        @Override
        public boolean isRatio() {
            return true;
        }

        @Override
        BigDecimal valueOrNull() {
            return null;
        }

        @Override
        BigDecimal numeratorOrNull() {
            return unpack(numerator);
        }

        @Override
        BigDecimal denominatorOrNull() {
            return unpack(denominator);
        }

        @Override
        boolean sameFigures(CompactMeasurement another) {
            return numerator == ((Ratio) another).numerator && denominator == ((Ratio) another).denominator;
        }

        @Override
        int fits(boolean ratioRule, boolean binary, dev.partnering.internal.ScaledKpi kpi) {
            return fitsRatio(numerator, denominator, ratioRule, kpi);
        }

        /** {@link CompactMeasurement#fits} of a packed ratio (also read by {@link MeasurementTable}). */
        static int fitsRatio(long numerator, long denominator, boolean ratioRule, dev.partnering.internal.ScaledKpi kpi) {
            if (!ratioRule) {
                return 0;
            }
            long d = unscaled(denominator);
            if (d == 0) {
                return 1; // 0/0: no volume, never out of range (n/0 is refused when the measurement is built)
            }
            try {
                return kpi.quotientInRange(unscaled(numerator), scale(numerator), d, scale(denominator)) ? 1 : 0;
            } catch (ArithmeticException tooLargeForALong) {
                return -1;
            }
        }

        /** @return the packed numerator */
        long packedNumerator() {
            return numerator;
        }

        /** @return the packed denominator */
        long packedDenominator() {
            return denominator;
        }

        /**
         * @param decimals  the decimals, 0 or more
         * @return numerator / denominator rounded once, HALF_EVEN, as {@code Decimals.quotient} gives it (the
         *         same fixed-point division from the packed longs, the exact one where it does not fit)
         * @throws ArithmeticException if the denominator is 0
         */
        BigDecimal quotient(int decimals) {
            if (decimals <= FixedPoint.MAX_SCALE) {
                try {
                    return FixedPoint.toDecimal(FixedPoint.unscaledQuotient(unscaled(numerator), scale(numerator),
                            unscaled(denominator), scale(denominator), decimals), decimals, 0);
                } catch (ArithmeticException tooLargeForALong) {
                    // Decimals.quotient below takes the exact path
                }
            }
            return Decimals.quotient(unpack(numerator), unpack(denominator), decimals);
        }
    }
}
