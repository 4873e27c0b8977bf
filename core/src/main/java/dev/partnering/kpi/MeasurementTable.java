package dev.partnering.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Ids;
import dev.partnering.kpi.internal.MeasurementColumns;
import dev.partnering.period.ReportingPeriod;

/**
 * The raw measurements of an agreement in columns: the same {@link Measurement}s, in the order
 * they were given, held as primitives so that a large series takes little memory and the
 * calculators read it without a {@code Measurement} object per value
 * ({@link dev.partnering.evaluation.ScorecardCalculator#calculate(dev.partnering.agreement.Agreement, List, MeasurementTable)}).
 * <p>
 * Each row is one measurement. Its KPI id, its reporting period and its recorded-at instant are
 * dictionary-coded (an index of one, two or four bytes into the table's own list of the distinct
 * ids, periods and instants); its figures are held as the compact form of {@code Measurement}
 * holds them, one {@code long} per decimal (the unscaled value and the scale): the value, or the
 * numerator and the denominator of a ratio. A measurement that has no compact form (one with a
 * source, an exclusion or a scope, or a decimal of more than 17 digits or 18 decimals) is kept as
 * it is, beside the columns. A column of figures takes four bytes a row where every figure in it
 * fits (an unscaled value within ±2^26, e.g. 99.95 or 180), eight otherwise; the denominators'
 * column exists only in a table that holds a ratio. So a row takes 7 to 19 bytes (e.g. 11 for a
 * table of values and ratios of contract-sized figures, 20 KPIs and 36 months), against a
 * {@code Measurement} object of 32 bytes and its slot in a list.
 * <p>
 * Nothing is lost: {@link #get(int)} and {@link #asList()} give back measurements equal to the
 * ones the table was built from, in the same order (made when read). Two tables are equal when they
 * hold equal measurements in the same order, and hash as {@code asList()} does; a table is never
 * equal to a list.
 * <p>
 * Every measurement is checked when the table is built, as {@link Measurement#builder()} checks it;
 * the table refuses its input with one {@link ValidationException} naming every violation at its
 * row ({@code measurements[3].value}). Whether a measurement fits its KPI is checked by the
 * calculators, which know the agreement.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasurementTable {

    /** In the values column: a row kept as a {@code Measurement} (scale bits 31; the unscaled part its index). */
    private static final int SIDE_SCALE = 31;
    /** In the denominators column: a row that is not a ratio (scale bits 30, never a packed scale). */
    private static final long NOT_RATIO = 30;
    private static final int SCALE_BITS = CompactMeasurement.SCALE_BITS;
    private static final int SCALE_MASK = (1 << SCALE_BITS) - 1;

    private static final MeasurementTable EMPTY = new MeasurementTable(0, new String[0], new ReportingPeriod[0],
            new Instant[0], Codes.of(new int[0], 0, 0), Codes.of(new int[0], 0, 0), Codes.of(new int[0], 0, 0),
            Figures.of(new long[0], 0), null, new Measurement[0]);

    private final int size;
    /** The distinct KPI ids, in the order they first appear. */
    private final String[] kpiIds;
    /** The distinct periods, by start, then end. */
    private final ReportingPeriod[] periods;
    /** The distinct recorded-at instants of the compact rows, in the order they first appear. */
    private final Instant[] recordedAts;
    private final Codes kpiCodes;
    private final Codes periodCodes;
    private final Codes recordedCodes;
    /** The packed value or numerator of each compact row; a side row's index, at scale bits 31. */
    private final Figures values;
    /** The packed denominator of each ratio row, {@link #NOT_RATIO} for the others; null if no row is a ratio. */
    private final Figures denominators;
    /** The measurements without a compact form. */
    private final Measurement[] side;
    /** The hash, computed when first asked (0: not yet). */
    private int hash;

    static {
        MeasurementColumns.SECRET.install(new Columns());
    }

    private MeasurementTable(int size, String[] kpiIds, ReportingPeriod[] periods, Instant[] recordedAts, Codes kpiCodes,
            Codes periodCodes, Codes recordedCodes, Figures values, Figures denominators, Measurement[] side) {
        this.size = size;
        this.kpiIds = kpiIds;
        this.periods = periods;
        this.recordedAts = recordedAts;
        this.kpiCodes = kpiCodes;
        this.periodCodes = periodCodes;
        this.recordedCodes = recordedCodes;
        this.values = values;
        this.denominators = denominators;
        this.side = side;
    }

    /**
     * @param measurements  the measurements, in the order the table keeps them, not null, no null element
     * @return the table of those measurements, never null
     * @throws ValidationException if the collection is null or holds a null element, naming each
     */
    public static MeasurementTable of(Collection<Measurement> measurements) {
        if (measurements == null) {
            throw new ValidationException("MeasurementTable", List.of(Violation.of("measurements", null,
                    "the measurements are required (an empty collection for none)")));
        }
        return builder().addAll(measurements).build();
    }

    /** @return an empty table, never null */
    public static MeasurementTable empty() {
        return EMPTY;
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new TableBuilder();
    }

    /** @return the number of measurements */
    public int size() {
        return size;
    }

    /** @return true if the table holds no measurement */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * @param row  the row, 0 to {@code size() - 1}
     * @return the measurement at that row, equal to the one the table was built from (made when read), never null
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public Measurement get(int row) {
        Objects.checkIndex(row, size);
        long v = values.get(row);
        if ((v & SCALE_MASK) == SIDE_SCALE) {
            return side[(int) (v >>> SCALE_BITS)];
        }
        String kpiId = kpiIds[kpiCodes.get(row)];
        ReportingPeriod period = periods[periodCodes.get(row)];
        Instant recordedAt = recordedAts[recordedCodes.get(row)];
        long d = denominators == null ? NOT_RATIO : denominators.get(row);
        if (d != NOT_RATIO) {
            return new CompactMeasurement.Ratio(kpiId, period, recordedAt, v, d);
        }
        return new CompactMeasurement.Value(kpiId, period, recordedAt, v);
    }

    /**
     * @param row  the row, 0 to {@code size() - 1}
     * @return the KPI id of the measurement at that row, without making the measurement, never null
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public String kpiId(int row) {
        Objects.checkIndex(row, size);
        return kpiIds[kpiCodes.get(row)];
    }

    /**
     * @param row  the row, 0 to {@code size() - 1}
     * @return the reporting period of the measurement at that row, without making the measurement, never null
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public ReportingPeriod period(int row) {
        Objects.checkIndex(row, size);
        return periods[periodCodes.get(row)];
    }

    /**
     * @return the measurements in their order, an unmodifiable view that makes each measurement when read,
     *         never null
     */
    public List<Measurement> asList() {
        return new View(this);
    }

    /** @return the distinct KPI ids of the measurements, in the order they first appear, never null */
    public List<String> kpiIds() {
        return List.of(kpiIds);
    }

    /** @return the distinct reporting periods of the measurements, by start and then end, never null */
    public List<ReportingPeriod> periods() {
        return List.of(periods);
    }

    private boolean isSide(int row) {
        return (values.get(row) & SCALE_MASK) == SIDE_SCALE;
    }

    private boolean isRatio(int row) {
        return denominators != null && denominators.get(row) != NOT_RATIO;
    }

    /** @return the packed denominator of a ratio row */
    private long denominator(int row) {
        return denominators.get(row);
    }

    /**
     * @param other  an object, may be null
     * @return true if it is a table of equal measurements in the same order
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MeasurementTable t) || t.size != size) {
            return false;
        }
        for (int row = 0; row < size; row++) {
            // which form a measurement takes follows from its content: equal measurements have equal forms
            boolean sideRow = isSide(row);
            if (sideRow != t.isSide(row)) {
                return false;
            }
            if (sideRow) {
                if (!get(row).equals(t.get(row))) {
                    return false;
                }
                continue;
            }
            if (values.get(row) != t.values.get(row) || isRatio(row) != t.isRatio(row)
                    || isRatio(row) && denominator(row) != t.denominator(row)
                    || !kpiIds[kpiCodes.get(row)].equals(t.kpiIds[t.kpiCodes.get(row)])
                    || !periods[periodCodes.get(row)].equals(t.periods[t.periodCodes.get(row)])
                    || !recordedAts[recordedCodes.get(row)].equals(t.recordedAts[t.recordedCodes.get(row)])) {
                return false;
            }
        }
        return true;
    }

    /** @return the hash of {@link #asList()}: the list hash of the measurements */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = asList().hashCode();
            hash = h;
        }
        return h;
    }

    /** @return the number of measurements, KPIs and periods, e.g. {@code MeasurementTable[720 measurements, 20 kpis, 36 periods]} */
    @Override
    public String toString() {
        return "MeasurementTable[" + size + " measurements, " + kpiIds.length + " kpis, " + periods.length + " periods"
                + (side.length == 0 ? "" : ", " + side.length + " in general form") + "]";
    }

    /**
     * A builder of {@link MeasurementTable}: appends measurements, or the figures of compact ones
     * without making a {@code Measurement}, in the order the table keeps them.
     * <p>
     * Obtained from {@link MeasurementTable#builder()} and implemented by the SDK; not for users to
     * implement. Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param measurement  the measurement, not null (refused by {@link #build()} otherwise)
         * @return this builder
         */
        Builder add(Measurement measurement);

        /**
         * @param measurements  the measurements, in order, not null, no null element
         * @return this builder
         */
        Builder addAll(Collection<Measurement> measurements);

        /**
         * Appends a value measurement, checked as {@link Measurement#builder()} checks it.
         *
         * @param kpiId  the KPI id, not null
         * @param period  the reporting period, not null
         * @param recordedAt  when the value was recorded, not null
         * @param value  the value, not null
         * @return this builder
         */
        Builder add(String kpiId, ReportingPeriod period, Instant recordedAt, BigDecimal value);

        /**
         * Appends a ratio measurement, checked as {@link Measurement#builder()} checks it.
         *
         * @param kpiId  the KPI id, not null
         * @param period  the reporting period, not null
         * @param recordedAt  when the figures were recorded, not null
         * @param numerator  the numerator, at least 0, not null
         * @param denominator  the denominator, at least 0 (0 only with a numerator of 0), not null
         * @return this builder
         */
        Builder addRatio(String kpiId, ReportingPeriod period, Instant recordedAt, BigDecimal numerator,
                BigDecimal denominator);

        /**
         * @return the table, never null
         * @throws ValidationException naming every violation of every measurement appended, at its row
         */
        MeasurementTable build();
    }

    /** The builder: growing columns with codes in the order of first appearance; periods sorted in {@link #build}. */
    private static final class TableBuilder implements Builder {
        private int rows;
        private int[] kpi = new int[16];
        private int[] period = new int[16];
        private int[] recorded = new int[16];
        private long[] values = new long[16];
        private long[] denominators;
        private final List<Measurement> side = new ArrayList<>(0);
        private final Map<String, Integer> kpiCodes = new HashMap<>();
        private final List<String> kpiIds = new ArrayList<>();
        private final Map<ReportingPeriod, Integer> periodCodes = new HashMap<>();
        private final List<ReportingPeriod> periods = new ArrayList<>();
        private final Map<Instant, Integer> recordedCodes = new HashMap<>();
        private final List<Instant> recordedAts = new ArrayList<>();
        private final List<Violation> violations = new ArrayList<>(0);
        // the codes of the last row's attributes: measurements come in runs of one period or one instant
        private String lastKpi;
        private int lastKpiCode;
        private ReportingPeriod lastPeriod;
        private int lastPeriodCode;
        private Instant lastRecorded;
        private int lastRecordedCode;

        @Override
        public Builder add(Measurement measurement) {
            if (measurement == null) {
                violations.add(Violation.of("measurements[" + rowsSeen() + "]", null, "a measurement is required"));
                skipped++;
                return this;
            }
            Measurement m = measurement; // as it is: a measurement in the general form is given back in it
            if (m instanceof CompactMeasurement.Value v) {
                append(v.kpiId(), v.period(), v.recordedAt(), v.packed(), NOT_RATIO);
            } else if (m instanceof CompactMeasurement.Ratio r) {
                append(r.kpiId(), r.period(), r.recordedAt(), r.packedNumerator(), r.packedDenominator());
            } else {
                appendSide(m);
            }
            return this;
        }

        @Override
        public Builder addAll(Collection<Measurement> measurements) {
            if (measurements == null) {
                throw new ValidationException("MeasurementTable", List.of(Violation.of("measurements", null,
                        "the measurements are required (an empty collection for none)")));
            }
            ensureCapacity(rows + measurements.size()); // the columns at their final size: no copy while growing
            for (Measurement m : measurements) {
                add(m);
            }
            return this;
        }

        @Override
        public Builder add(String kpiId, ReportingPeriod period, Instant recordedAt, BigDecimal value) {
            if (kpiId != null && period != null && recordedAt != null && value != null && Ids.isValid(kpiId)
                    && CompactMeasurement.packs(value)) {
                append(kpiId, period, recordedAt, CompactMeasurement.pack(value), NOT_RATIO); // checked: the common case
                return this;
            }
            return addChecked(() -> Measurement.builder().kpiId(kpiId).period(period).recordedAt(recordedAt)
                    .value(Optional.ofNullable(value)).build());
        }

        @Override
        public Builder addRatio(String kpiId, ReportingPeriod period, Instant recordedAt, BigDecimal numerator,
                BigDecimal denominator) {
            if (kpiId != null && period != null && recordedAt != null && numerator != null && denominator != null
                    && Ids.isValid(kpiId) && CompactMeasurement.packs(numerator) && CompactMeasurement.packs(denominator)
                    && numerator.signum() >= 0 && denominator.signum() >= 0
                    && (denominator.signum() != 0 || numerator.signum() == 0)) {
                append(kpiId, period, recordedAt, CompactMeasurement.pack(numerator), CompactMeasurement.pack(denominator));
                return this;
            }
            return addChecked(() -> Measurement.builder().kpiId(kpiId).period(period).recordedAt(recordedAt)
                    .numerator(Optional.ofNullable(numerator)).denominator(Optional.ofNullable(denominator)).build());
        }

        /** Appends the measurement the supplier builds, or records its violations at this row. */
        private Builder addChecked(java.util.function.Supplier<Measurement> measurement) {
            Measurement m;
            try {
                m = measurement.get();
            } catch (ValidationException invalid) {
                String path = "measurements[" + rowsSeen() + "]";
                invalid.violations().forEach(v -> violations.add(v.prefixed(path)));
                skipped++;
                return this;
            }
            return add(m);
        }

        /** Rows refused: counted in the paths of later violations, never stored. */
        private int skipped;

        private int rowsSeen() {
            return rows + skipped;
        }

        private void grow() {
            if (rows == values.length) {
                ensureCapacity(Math.max(16, rows + (rows >> 1)));
            }
        }

        /** Makes room for {@code n} rows in every column. */
        private void ensureCapacity(int n) {
            if (n > values.length) {
                kpi = Arrays.copyOf(kpi, n);
                period = Arrays.copyOf(period, n);
                recorded = Arrays.copyOf(recorded, n);
                values = Arrays.copyOf(values, n);
                if (denominators != null) {
                    denominators = Arrays.copyOf(denominators, n);
                }
            }
        }

        private void append(String kpiId, ReportingPeriod p, Instant recordedAt, long value, long denominator) {
            grow();
            kpi[rows] = kpiCode(kpiId);
            period[rows] = periodCode(p);
            if (recordedAt != lastRecorded) {
                lastRecorded = recordedAt;
                lastRecordedCode = code(recordedCodes, recordedAts, recordedAt, lastRecordedCode);
            }
            recorded[rows] = lastRecordedCode;
            values[rows] = value;
            if (denominator != NOT_RATIO && denominators == null) {
                denominators = new long[values.length];
                Arrays.fill(denominators, NOT_RATIO);
            }
            if (denominators != null) {
                denominators[rows] = denominator;
            }
            rows++;
        }

        private void appendSide(Measurement m) {
            grow();
            kpi[rows] = kpiCode(m.kpiId());
            period[rows] = periodCode(m.period());
            recorded[rows] = 0;
            values[rows] = (long) side.size() << SCALE_BITS | SIDE_SCALE;
            if (denominators != null) {
                denominators[rows] = NOT_RATIO;
            }
            side.add(m);
            rows++;
        }

        /**
         * @return the code of the key in the dictionary, a new one (its index in {@code keys}) if it has none yet;
         *         the code after the previous row's is tried first, by identity: rows of one KPI after another run
         *         through the same periods (and instants) in the same order
         */
        private static <K> int code(Map<K, Integer> codes, List<K> keys, K key, int previous) {
            if (previous + 1 < keys.size() && keys.get(previous + 1) == key) {
                return previous + 1;
            }
            return code(codes, keys, key);
        }

        /** @return the code of the key in the dictionary, a new one (its index in {@code keys}) if it has none yet */
        private static <K> int code(Map<K, Integer> codes, List<K> keys, K key) {
            Integer code = codes.get(key); // no lambda to capture per row, as computeIfAbsent would take
            if (code == null) {
                code = keys.size();
                keys.add(key);
                codes.put(key, code);
            }
            return code;
        }

        private int kpiCode(String kpiId) {
            if (!kpiId.equals(lastKpi)) {
                lastKpi = kpiId;
                lastKpiCode = code(kpiCodes, kpiIds, kpiId);
            }
            return lastKpiCode;
        }

        private int periodCode(ReportingPeriod p) {
            if (p != lastPeriod) {
                lastPeriod = p;
                lastPeriodCode = code(periodCodes, periods, p, lastPeriodCode);
            }
            return lastPeriodCode;
        }

        @Override
        public MeasurementTable build() {
            if (!violations.isEmpty()) {
                throw new ValidationException("MeasurementTable", violations);
            }
            if (rows == 0) {
                return EMPTY;
            }
            // the periods by start, then end: rows sorted by period code are sorted by start
            ReportingPeriod[] sorted = periods.toArray(new ReportingPeriod[0]);
            Arrays.sort(sorted, Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::end));
            int[] recode = new int[sorted.length];
            for (int c = 0; c < sorted.length; c++) {
                recode[periodCodes.get(sorted[c])] = c;
            }
            // into a new column: the builder keeps its own codes, so it may build again or go on adding
            int[] sortedCodes = new int[rows];
            for (int r = 0; r < rows; r++) {
                sortedCodes[r] = recode[period[r]];
            }
            // the code of side rows when every row is one: the epoch
            Instant[] instants = recordedAts.isEmpty() ? new Instant[] {Instant.EPOCH} : recordedAts.toArray(new Instant[0]);
            return new MeasurementTable(rows, kpiIds.toArray(new String[0]), sorted, instants,
                    Codes.of(kpi, rows, kpiIds.size()), Codes.of(sortedCodes, rows, sorted.length),
                    Codes.of(recorded, rows, instants.length), Figures.of(values, rows),
                    denominators == null ? null : Figures.of(denominators, rows), side.toArray(new Measurement[0]));
        }
    }

    /** A column of dictionary codes in one, two or four bytes a row, as few as the dictionary's size needs. */
    private static final class Codes {
        private final byte[] bytes;
        private final char[] chars;
        private final int[] ints;

        private Codes(byte[] bytes, char[] chars, int[] ints) {
            this.bytes = bytes;
            this.chars = chars;
            this.ints = ints;
        }

        static Codes of(int[] codes, int rows, int distinct) {
            if (distinct <= 256) {
                byte[] b = new byte[rows];
                for (int r = 0; r < rows; r++) {
                    b[r] = (byte) codes[r];
                }
                return new Codes(b, null, null);
            }
            if (distinct <= 65536) {
                char[] c = new char[rows];
                for (int r = 0; r < rows; r++) {
                    c[r] = (char) codes[r];
                }
                return new Codes(null, c, null);
            }
            return new Codes(null, null, Arrays.copyOf(codes, rows));
        }

        int get(int row) {
            return bytes != null ? bytes[row] & 0xFF : chars != null ? chars[row] : ints[row];
        }
    }

    /**
     * A column of packed decimals: four bytes a row where every packed decimal of the column fits in an
     * {@code int} (an unscaled value within ±2^26: e.g. 99.95 or 180), eight otherwise.
     */
    private static final class Figures {
        private final int[] ints;
        private final long[] longs;

        private Figures(int[] ints, long[] longs) {
            this.ints = ints;
            this.longs = longs;
        }

        static Figures of(long[] packed, int rows) {
            for (int r = 0; r < rows; r++) {
                if ((int) packed[r] != packed[r]) {
                    return new Figures(null, Arrays.copyOf(packed, rows));
                }
            }
            int[] narrow = new int[rows];
            for (int r = 0; r < rows; r++) {
                narrow[r] = (int) packed[r];
            }
            return new Figures(narrow, null);
        }

        long get(int row) {
            return ints != null ? ints[row] : longs[row]; // an int widens with its sign: the packed long again
        }
    }

    /** The view of {@link #asList()}. */
    private static final class View extends AbstractList<Measurement> implements RandomAccess {
        private final MeasurementTable table;

        View(MeasurementTable table) {
            this.table = table;
        }

        @Override
        public Measurement get(int index) {
            return table.get(index);
        }

        @Override
        public int size() {
            return table.size;
        }
    }

    /** What the calculators read of a table (see {@link MeasurementColumns}). */
    private static final class Columns implements MeasurementColumns<MeasurementTable, KpiDefinition, Aggregation> {

        @Override
        public int kpiCount(MeasurementTable t) {
            return t.kpiIds.length;
        }

        @Override
        public String kpiId(MeasurementTable t, int kpiCode) {
            return t.kpiIds[kpiCode];
        }

        @Override
        public int periodCount(MeasurementTable t) {
            return t.periods.length;
        }

        @Override
        public ReportingPeriod period(MeasurementTable t, int periodCode) {
            return t.periods[periodCode];
        }

        @Override
        public int periodCode(MeasurementTable t, int row) {
            return t.periodCodes.get(row);
        }

        @Override
        public int kpiCode(MeasurementTable t, int row) {
            return t.kpiCodes.get(row);
        }

        @Override
        public int[][] rowsByKpi(MeasurementTable t) {
            int n = t.size;
            int kpis = t.kpiIds.length;
            int periodCount = t.periods.length;
            // counting sort by period code (unless each KPI's rows are in period order already, as a series' are
            // whether it runs period by period or KPI by KPI), then a stable one by KPI code: rows by KPI, each by
            // period, then row
            int[] counts = new int[kpis];
            int[] lastPeriod = new int[kpis]; // per KPI code, the period code of its last row so far
            boolean inPeriodOrder = true;
            for (int r = 0; r < n; r++) {
                int p = t.periodCodes.get(r);
                int k = t.kpiCodes.get(r);
                inPeriodOrder &= p >= lastPeriod[k];
                lastPeriod[k] = p;
                counts[k]++;
            }
            int[] byPeriod = null;
            if (!inPeriodOrder) {
                byPeriod = new int[n];
                int[] starts = new int[periodCount + 1];
                for (int r = 0; r < n; r++) {
                    starts[t.periodCodes.get(r) + 1]++;
                }
                for (int p = 0; p < periodCount; p++) {
                    starts[p + 1] += starts[p];
                }
                for (int r = 0; r < n; r++) {
                    byPeriod[starts[t.periodCodes.get(r)]++] = r;
                }
            }
            int[][] rows = new int[kpis][];
            for (int k = 0; k < kpis; k++) {
                rows[k] = new int[counts[k]];
                counts[k] = 0;
            }
            for (int i = 0; i < n; i++) {
                int r = byPeriod == null ? i : byPeriod[i];
                int k = t.kpiCodes.get(r);
                rows[k][counts[k]++] = r;
            }
            return rows;
        }

        @Override
        public List<Violation> violationsOf(KpiDefinition kpi, MeasurementTable t, int row) {
            if (!t.isSide(row) && kpi.id().equals(t.kpiIds[t.kpiCodes.get(row)])) {
                boolean ratio = t.isRatio(row);
                int fits = kpi.fitsPacked(ratio, t.values.get(row), ratio ? t.denominator(row) : 0);
                if (fits == 1) {
                    return List.of();
                }
            }
            return kpi.violationsOf(t.get(row)); // the messages, from the measurement itself
        }

        @Override
        public boolean allFit(MeasurementTable t, int[] rows, KpiDefinition[] versions, long[] startDays, int[] starts,
                long[] packedValues, int decimals) {
            boolean fit = true;
            boolean decimalsFit = decimals <= dev.partnering.internal.FixedPoint.MAX_SCALE;
            for (int i = 0; i < rows.length; i++) {
                int row = rows[i];
                int p = t.periodCodes.get(row);
                starts[i] = (int) startDays[p];
                packedValues[i] = Aggregator.NO_PACKED_VALUE;
                KpiDefinition kpi = versions[p];
                if (kpi == null) {
                    continue; // not checked, nor scored here
                }
                long v = t.values.get(row);
                if ((v & SCALE_MASK) == SIDE_SCALE) {
                    fit = false; // decided on the measurement itself; no packed value (as packedValue)
                    continue;
                }
                long d = t.denominators == null ? NOT_RATIO : t.denominators.get(row);
                boolean ratio = d != NOT_RATIO;
                if (fit) {
                    // the version is one of the row's KPI's: the ids are equal, as violationsOf checks first
                    fit = kpi.fitsPacked(ratio, v, ratio ? d : 0) == 1;
                }
                if (decimalsFit) {
                    // as packedValue gives it for the row's own period: the ids are equal, the period contains itself
                    packedValues[i] = Aggregator.packedValue(kpi, ratio, v, ratio ? d : 0, decimals);
                }
            }
            return fit;
        }

        @Override
        public long packedValue(KpiDefinition kpi, ReportingPeriod period, MeasurementTable t, int row, int decimals) {
            if (t.isSide(row) || decimals > dev.partnering.internal.FixedPoint.MAX_SCALE
                    || !kpi.id().equals(t.kpiIds[t.kpiCodes.get(row)])) {
                return Aggregator.NO_PACKED_VALUE;
            }
            ReportingPeriod rowPeriod = t.periods[t.periodCodes.get(row)];
            if (rowPeriod != period && !period.contains(rowPeriod)) {
                return Aggregator.NO_PACKED_VALUE;
            }
            boolean ratio = t.isRatio(row);
            return Aggregator.packedValue(kpi, ratio, t.values.get(row), ratio ? t.denominator(row) : 0, decimals);
        }

        @Override
        public Aggregation lazyAggregation(KpiDefinition kpi, ReportingPeriod period, MeasurementTable t, int row,
                int decimals, long packedValue) {
            return Aggregation.lazy(kpi, period, t, row, decimals, packedValue >> Aggregator.PACKED_SCALE_BITS,
                    (int) (packedValue & Aggregator.PACKED_SCALE_MASK));
        }

        @Override
        public Aggregation aggregate(KpiDefinition kpi, ReportingPeriod period, MeasurementTable t, int[] rows, int from,
                int to, int decimals) {
            if (to - from == 1) {
                int row = rows[from];
                long packed = packedValue(kpi, period, t, row, decimals);
                return packed != Aggregator.NO_PACKED_VALUE ? lazyAggregation(kpi, period, t, row, decimals, packed)
                        : Aggregator.aggregateEagerly(kpi, period, List.of(t.get(row)), decimals);
            }
            List<Measurement> within = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                within.add(t.get(rows[i]));
            }
            return Aggregator.aggregate(kpi, period, within, decimals);
        }
    }
}
