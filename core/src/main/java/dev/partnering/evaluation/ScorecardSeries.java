package dev.partnering.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.LazyList;
import dev.partnering.internal.ScaledKpi;
import dev.partnering.internal.Secret;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.Attainment;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.internal.MeasurementColumns;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.ScorecardLine;

/**
 * The lines of the scorecards of one {@code ScorecardCalculator.calculate} call in primitive form: one
 * cell per KPI and scorecard. A line scored from its period's own value in fixed point (the common case)
 * is held as its version, its aggregation and three figures (attainment, contribution, status); its
 * {@link ScorecardLine}, attainment and explanation are made when the scorecard's lines are read
 * ({@link #lines}), equal to the line the calculator would make at once. Any other line is made in full
 * and held as it is, except in a scorecard computed for its score alone (the period before a series' first),
 * whose cells of KPIs not in force stay empty ({@link #linesComputed}).
 * <p>
 * Written by one calculation, on one thread, each scorecard's cells before its scorecard is made; read
 * afterwards by any thread: the arrays are final and never replaced, and a cell is not written again
 * once its scorecard exists. Every scorecard of a call shares its arrays: one scorecard kept alone
 * keeps the cells of the whole call (about 21 bytes a cell: some 16 KB for 20 KPIs × 37 scorecards).
 */
final class ScorecardSeries implements dev.partnering.internal.Secret.LineParts {

    /** What every line of one KPI version shares within a calculation, made once per version. */
    static final class Version {
        final KpiDefinition kpi;
        /** The version's thresholds and weight in fixed point, null where it has none. */
        final ScaledKpi scaled;
        /** The period value's decimals. */
        final int valueDecimals;
        /** The attainment's decimals. */
        final int decimals;
        /** The warnings about what the version states (data source, measurement method), the same for every period. */
        final List<dev.partnering.scorecard.ScorecardWarning> stated;
        /** The epoch day from which the version is overdue for revision (its effective date plus the review interval). */
        final long reviewDueDay;
        /** Whether its qualifying conditions are none: a line is then scored from its value alone. */
        final boolean unconditional;

        Version(KpiDefinition kpi, ScaledKpi scaled, int valueDecimals, int decimals,
                List<dev.partnering.scorecard.ScorecardWarning> stated, long reviewDueDay) {
            this.kpi = kpi;
            this.scaled = scaled;
            this.valueDecimals = valueDecimals;
            this.decimals = decimals;
            this.stated = stated;
            this.reviewDueDay = reviewDueDay;
            this.unconditional = kpi.qualifyingConditions().isEmpty();
        }

        /** @return the version as a line's definition, made when a line is read (equal for every line) */
        Optional<KpiDefinition> definition() {
            return Optional.of(kpi);
        }

        /** @return the version's rule step, made when an explanation is read (equal for every line) */
        Step versionStep() {
            return ScorecardCalculator.versionStep(kpi);
        }

        int contributionScale() {
            return scaled.weightScale() + decimals;
        }
    }

    private static final dev.partnering.internal.Secret.AttainmentMaker LAZY_ATTAINMENT =
            dev.partnering.internal.Secret.LAZY_ATTAINMENT.get();
    private static final dev.partnering.internal.Secret.SeriesLineMaker SERIES_LINE =
            dev.partnering.internal.Secret.SERIES_SCORECARD_LINE.get();
    private static final KpiStatus[] STATUSES = new KpiStatus[3];

    static {
        STATUSES[ScaledKpi.MET] = KpiStatus.MET;
        STATUSES[ScaledKpi.BELOW_TARGET] = KpiStatus.BELOW_TARGET;
        STATUSES[ScaledKpi.BELOW_MINIMUM] = KpiStatus.BELOW_MINIMUM;
    }

    private final int kpis;
    /** The version of a line scored in fixed point, null for a line made in full. */
    private final Version[] versions;
    /**
     * The aggregation of a line scored in fixed point, null where the call's {@link #table} holds its period's one
     * measurement at {@link #rows}; or the line made in full.
     */
    private final Object[] cells;
    /** The table of the call's measurements, whose rows lines scored in fixed point point to; null for a list. */
    private final MeasurementTable table;
    private final int[] rows;
    /** The period of each scorecard. */
    private final ReportingPeriod[] periods;
    /** The attainment of a line scored in fixed point; its contribution is weight × attainment, exact in a long. */
    private final long[] attainments;
    /** The KPI ids' index, shared by the scorecards' line lists (made by the calculating thread). */
    private LazyList.Keys keys;
    private final byte[] statuses;

    /**
     * @param kpis  the lines of each scorecard
     * @param scorecards  the scorecards the calculation makes
     * @param table  the table of the call's measurements, null where they are a list
     */
    ScorecardSeries(int kpis, int scorecards, MeasurementTable table) {
        this.kpis = kpis;
        this.table = table;
        int cellCount = Math.multiplyExact(kpis, scorecards);
        this.versions = new Version[cellCount];
        this.cells = new Object[cellCount];
        this.rows = new int[cellCount];
        this.periods = new ReportingPeriod[scorecards];
        this.attainments = new long[cellCount];
        this.statuses = new byte[cellCount];
    }

    /** @return the first cell of a scorecard, whose period is set now */
    int base(int scorecard, ReportingPeriod period) {
        periods[scorecard] = period;
        return scorecard * kpis;
    }

    /**
     * Holds a line scored in fixed point: the attainment at its scale (its contribution, weight × attainment,
     * fitted in a long when it was scored and is worked out again when read), the status a {@link ScaledKpi}
     * code; its aggregation, or the call's table that holds the period's one measurement at the row (then nothing is
     * stored but the row).
     */
    void scored(int cell, Version version, Object aggregation, int row, long attainment, int status) {
        versions[cell] = version;
        if (aggregation != table) {
            cells[cell] = aggregation;
        }
        rows[cell] = row;
        attainments[cell] = attainment;
        statuses[cell] = (byte) status;
    }

    /** @return the version of a line scored in fixed point, null for a cell not scored (yet) or made in full */
    Version scoredVersion(int cell) {
        return versions[cell];
    }

    /** Holds a line made in full. */
    void made(int cell, ScorecardLine line) {
        cells[cell] = line;
    }

    /** @return the line of the cell if it was made in full, null if it was scored in fixed point */
    ScorecardLine madeLine(int cell) {
        return versions[cell] == null ? (ScorecardLine) cells[cell] : null;
    }

    /** @return the lines of a scorecard (one per KPI id, in that order), each made when first read */
    List<ScorecardLine> lines(int scorecard, List<String> kpiIds) {
        int base = scorecard * kpis;
        LazyList.Keys k = keys;
        if (k == null || !k.isOf(kpiIds)) {
            k = LazyList.Keys.of(kpiIds); // once per call: its scorecards share the KPI ids
            keys = k;
        }
        return LazyList.keyed(k, i -> line(base + i), i -> figures(base + i));
    }

    /**
     * @return the lines of a scorecard computed for its score alone, in order: each cell's line, made now; a cell
     *         left empty (a KPI not in force, never counted) left out
     */
    List<ScorecardLine> linesComputed(int scorecard) {
        List<ScorecardLine> lines = new java.util.ArrayList<>(kpis);
        for (int cell = scorecard * kpis; cell < (scorecard + 1) * kpis; cell++) {
            if (versions[cell] != null || cells[cell] != null) {
                lines.add(line(cell));
            }
        }
        return lines;
    }

    /**
     * @return the figures of a line scored in fixed point as {@link Secret.LineFigures#encode} packs them (it is
     *         counted; its attainment is compared at its decimals), {@link Secret.LineFigures#UNKNOWN} for a line made
     *         in full
     */
    private long figures(int cell) {
        Version v = versions[cell];
        if (v == null) {
            return Secret.LineFigures.UNKNOWN;
        }
        long a = attainments[cell];
        return Secret.LineFigures.encode(STATUSES[statuses[cell]].ordinal(), true, a == 0,
                Long.compare(a, FixedPoint.pow10(v.decimals)));
    }

    /**
     * @return the line of a cell: the one made in full, or the one scored in fixed point made now, one object
     *         whose aggregation, attainment and explanation are made from the cell when it reads them
     */
    private ScorecardLine line(int cell) {
        Version v = versions[cell];
        if (v == null) {
            return (ScorecardLine) cells[cell];
        }
        return (ScorecardLine) SERIES_LINE.make(v.kpi.id(), v.definition(), periods[cell / kpis], v.kpi.weight(),
                contribution(v, cell), v.contributionScale(), STATUSES[statuses[cell]], this, cell);
    }

    @Override
    public Object aggregation(int cell) {
        Version v = versions[cell];
        return cells[cell] == null ? aggregation(v.kpi, periods[cell / kpis], table, rows[cell], v.valueDecimals)
                : cells[cell];
    }

    @Override
    public Object attainment(int cell, Object aggregation) {
        Version v = versions[cell];
        return LAZY_ATTAINMENT.make(v.kpi, aggregation, v.decimals, attainments[cell]);
    }

    @Override
    public BigDecimal attainmentValue(int cell) {
        // as the lazy Attainment makes its value (Attainment.value)
        return FixedPoint.toDecimal(attainments[cell], versions[cell].decimals, 0);
    }

    @Override
    public Object explanation(int cell, Object aggregation, Object attainment) {
        Version v = versions[cell];
        KpiDefinition kpi = v.kpi;
        Aggregation agg = (Aggregation) aggregation;
        Attainment a = (Attainment) attainment;
        KpiStatus status = STATUSES[statuses[cell]];
        long contribution = contribution(v, cell);
        int contributionScale = v.contributionScale();
        return LazySteps.lazy(() -> ScorecardCalculator.lineStep(kpi, status, a, List.of(v.versionStep(),
                agg.explanation(), a.explanation(), ScorecardCalculator.contributionStep(kpi, a,
                        FixedPoint.toDecimal(contribution, contributionScale, 0)))));
    }

    /** @return the contribution of a line scored in fixed point: weight × attainment, which fitted when it was scored */
    private long contribution(Version v, int cell) {
        return v.scaled.contribution(attainments[cell]);
    }

    private static final MeasurementColumns<MeasurementTable, KpiDefinition, Aggregation> COLUMNS =
            MeasurementColumns.get();

    /** @return the lazy aggregation of the one measurement of the period at the row, as the table path makes it */
    private static Aggregation aggregation(KpiDefinition kpi, ReportingPeriod period, MeasurementTable t, int row,
            int decimals) {
        return COLUMNS.lazyAggregation(kpi, period, t, row, decimals, COLUMNS.packedValue(kpi, period, t, row, decimals));
    }
}
