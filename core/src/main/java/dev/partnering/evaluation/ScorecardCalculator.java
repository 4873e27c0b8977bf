package dev.partnering.evaluation;

import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.scorecard.ScorecardWarning;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.ScaledKpi;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.Aggregator;
import dev.partnering.kpi.Attainment;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.internal.MeasurementColumns;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.Precision;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.period.ReportingPeriod;

/**
 * Computes the {@link Scorecard} of an agreement for a reporting period from raw measurements.
 * <p>
 * Per KPI: the version in force at the start of the period applies; the measurements within the
 * period are aggregated by its rule (excluded ones left out and listed); its qualifying conditions
 * are tested (NOT_DETERMINED if one fails); the value is scored by {@link Attainment}. A KPI with
 * no usable value follows the agreement's {@link MissingDataPolicy}. The score is
 * Σ wᵢ·aᵢ / Σ wᵢ over the counted KPIs, absent if none counts.
 * <p>
 * Precision: the period value, the attainment and the score are each rounded once, HALF_EVEN, to
 * the agreement's {@linkplain Agreement#precision() declared decimals} (6 by default) when they are
 * computed, each from the rounded figures it depends on: the attainment from the rounded period value,
 * the score from the rounded attainments (the contributions wᵢ·aᵢ and their sums are exact, the one
 * division comes last).
 * <p>
 * Measurements are checked against their KPI's version in force (kind, binary values, valid range)
 * and a measurement of an unknown KPI is refused, all violations at once: those within a period
 * asked for or the period before it. Under {@link MissingDataPolicy#LAST_KNOWN}, a line without a
 * value also checks every measurement of each earlier period it looks at, from the period before back
 * to the one whose value it takes (back to the earliest measurement or the KPI's first version,
 * whichever is later, if none has one), each against the version in force at the start of its own
 * period, and refuses the calculation with the same violations, named at the measurement's index
 * (row), as a period asked for does: every walk's misfits together, once the measurements of the
 * periods asked for fit (their check comes first), and before any failure of a later line. The value
 * it takes is that earlier period's own: aggregated by the version in force at its start, skipping
 * periods whose line would be NOT_DETERMINED or without a value, then scored against the thresholds in
 * force now.
 * <p>
 * A KPI without any measurement in the period takes the missing-data path (its policy, a NO_DATA
 * warning) before its qualifying conditions are tested, so a minimum volume never hides missing data;
 * a period declared out of scope is NOT_DETERMINED all the same.
 * <p>
 * This class is immutable, stateless and thread-safe; it never mutates its inputs, and its result
 * does not depend on the order of the measurements.
 *
 * @since 0.1.0
 */
public final class ScorecardCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(ScorecardCalculator.class);
    private static final Period DEFAULT_REVIEW_INTERVAL = Period.ofMonths(12);
    private static final ScorecardCalculator STANDARD = new ScorecardCalculator(DEFAULT_REVIEW_INTERVAL);

    private final Period reviewInterval;

    private ScorecardCalculator(Period reviewInterval) {
        this.reviewInterval = reviewInterval;
    }

    /** @return a calculator with the default review interval of 12 months, never null */
    public static ScorecardCalculator standard() {
        return STANDARD;
    }

    /**
     * @param reviewInterval  how long a KPI version may stay unrevised before the scorecard warns,
     *                        positive, not null
     * @return a calculator with that review interval, never null
     * @throws ValidationException if the interval is null, not positive, or longer than 100 years
     */
    public static ScorecardCalculator withReviewInterval(Period reviewInterval) {
        dev.partnering.internal.Violations v = dev.partnering.internal.Violations.of("ScorecardCalculator");
        if (v.required("reviewInterval", reviewInterval)
                && dev.partnering.internal.Limits.checkDuration(v, "reviewInterval", reviewInterval)) {
            v.require(!reviewInterval.isNegative() && !reviewInterval.isZero(), "reviewInterval", reviewInterval,
                    "review interval " + reviewInterval + " must be positive");
        }
        v.throwIfAny();
        return new ScorecardCalculator(reviewInterval);
    }

    /** @return the review interval after which an unrevised KPI is warned about, never null */
    public Period reviewInterval() {
        return reviewInterval;
    }

    /**
     * Computes the scorecard of one period, with the trend against the previous period of the
     * same length.
     *
     * @param agreement  the agreement, not null
     * @param period  the period, not null
     * @param measurements  the raw measurements (of this and other periods), in any order, not null
     * @return the scorecard, never null
     * @throws ValidationException if a measurement is for an unknown KPI or does not fit its KPI
     */
    public Scorecard calculate(Agreement agreement, ReportingPeriod period, Collection<Measurement> measurements) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measurements, "measurements");
        return calculate(agreement, List.of(period), measurements).get(0);
    }

    /**
     * Computes the scorecards of several periods, each with its trend. The same as calling
     * {@link #calculate(Agreement, ReportingPeriod, Collection)} for each period, but the
     * measurements are checked and grouped once and each period is computed once, so a long
     * series costs about as much as its periods.
     *
     * @param agreement  the agreement, not null
     * @param periods  the periods, in any order, not null
     * @param measurements  the raw measurements, in any order, not null
     * @return the scorecards in the order of the periods, never null
     * @throws ValidationException if a measurement within one of the periods (or the period before
     *         it) is for an unknown KPI or does not fit its KPI, listing every such measurement; or
     *         (LAST_KNOWN) if a measurement of an earlier period the policy looks at does not fit its KPI
     */
    public List<Scorecard> calculate(Agreement agreement, List<ReportingPeriod> periods,
            Collection<Measurement> measurements) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(measurements, "measurements");
        Plan plan = new Plan(periods); // refuses a null period
        KpiVersionIndex kpis = new KpiVersionIndex(agreement);
        checkMeasurements(agreement, plan, measurements, kpis);
        KpiMeasurements[] byKpi = byKpi(measurements, kpis.kpiIds());
        return series(agreement, byKpi, kpis, plan, new ScorecardSeries(kpis.kpiIds().size(), plan.scorecards, null),
                new ScoreSum(plan.scorecards));
    }

    /**
     * Computes the scorecards of several periods from a {@link MeasurementTable}: the same scorecards
     * (figures, statuses, warnings and explanations) as
     * {@link #calculate(Agreement, List, Collection)} computes for the table's measurements, with the
     * same checks, read from the table's columns. The rows are grouped by KPI and sorted by period
     * once per call; a period's value is computed from the packed figures without a
     * {@code Measurement} object where the fixed-point path allows (one measurement in compact form
     * in the period), and from the measurements made from their rows otherwise.
     *
     * @param agreement  the agreement, not null
     * @param periods  the periods, in any order, not null
     * @param measurements  the raw measurements, in any order, not null
     * @return the scorecards in the order of the periods, never null
     * @throws ValidationException if a measurement within one of the periods (or the period before
     *         it) is for an unknown KPI or does not fit its KPI, listing every such measurement at its row;
     *         or (LAST_KNOWN) if a row of an earlier period the policy looks at does not fit its KPI
     * @since 0.1.0
     */
    public List<Scorecard> calculate(Agreement agreement, List<ReportingPeriod> periods, MeasurementTable measurements) {
        return calculate(agreement, periods, measurements, ROW_PASS_CELLS);
    }

    /**
     * {@link #calculate(Agreement, List, MeasurementTable)}, scoring the lines in the pass over each KPI's rows only
     * where the call has at most {@code rowPassCells} cells (KPIs × scorecards); tests hold both ways equal.
     */
    List<Scorecard> calculate(Agreement agreement, List<ReportingPeriod> periods, MeasurementTable measurements,
            int rowPassCells) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(measurements, "measurements");
        Plan plan = new Plan(periods); // refuses a null period
        KpiVersionIndex kpis = new KpiVersionIndex(agreement);
        long[] startDays = new long[COLUMNS.periodCount(measurements)]; // of each period code, worked out once
        for (int p = 0; p < startDays.length; p++) {
            startDays[p] = COLUMNS.period(measurements, p).start().toEpochDay();
        }
        // the scorecards' cells made before the rows are read, so that each KPI's rows are scored where they are
        // checked; beyond ROW_PASS_CELLS they are made after the check (as the list path makes them), and every
        // line is computed by the scorecards: a refused call refuses before it has made a large series, or one
        // whose size overflows an int
        ScoreSum sum = new ScoreSum(plan.scorecards);
        int kpiCount = kpis.kpiIds().size();
        boolean rowPass = (long) kpiCount * plan.scorecards <= rowPassCells;
        ScorecardSeries early = rowPass ? new ScorecardSeries(kpiCount, plan.scorecards, measurements) : null;
        KpiMeasurements[] byKpi = checkedByKpi(agreement, measurements, kpis, startDays, plan, early, sum);
        ScorecardSeries cells = rowPass ? early : new ScorecardSeries(kpiCount, plan.scorecards, measurements);
        return series(agreement, byKpi, kpis, plan, cells, sum);
    }

    /**
     * The most cells (KPIs × scorecards) whose series a table call makes before it checks the rows, to score the
     * lines in the pass over each KPI's rows: about 25 MB of arrays (a call of 20 KPIs × 50,000 scorecards).
     */
    static final int ROW_PASS_CELLS = 1 << 20;

    /** Periods by start, then end: a period's previous one sorts before it. */
    private static final java.util.Comparator<ReportingPeriod> CHRONOLOGICAL = ScorecardCalculator::chronological;

    /** @return the order of two periods by start, then end (negative if {@code a} comes first) */
    private static int chronological(ReportingPeriod a, ReportingPeriod b) {
        int c = a.start().compareTo(b.start());
        return c != 0 ? c : a.end().compareTo(b.end());
    }

    /** @return true if the periods are in chronological order already (a series usually is) */
    private static boolean isChronological(ReportingPeriod[] periods) {
        for (int j = 1; j < periods.length; j++) {
            if (chronological(periods[j - 1], periods[j]) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The scorecards one call makes, worked out once per call: the periods in chronological order (so each finds
     * the score of the one before it computed already), each asked for once, and the period before one whose own
     * scorecard is not asked for (only its score is read); each scorecard at its slot of the series' cells, with
     * its period's start and end day.
     */
    private static final class Plan {
        final ReportingPeriod[] chronological;
        /** Per chronological period: the slot of its scorecard, -1 where it repeats the period before it. */
        final int[] slotOf;
        /** Per chronological period: where the period before it is among the chronological ones, -1 if it is not. */
        final int[] beforeAt;
        /** Per chronological period: the slot of the period before it where that is not asked for, else -1. */
        final int[] beforeSlot;
        final ReportingPeriod[] befores;
        /** The number of scorecards (slots). */
        final int scorecards;
        /** Per slot: its period and the epoch days of its start and end. */
        final ReportingPeriod[] periodOf;
        final long[] startDay;
        final long[] endDay;

        /** The periods as given, and the period before each (the windows of the measurement check). */
        final ReportingPeriod[] given;
        final ReportingPeriod[] previousOfGiven;

        /**
         * @throws ValidationException if a period has no period before it within the years 1 to 9999 (the first such
         *         period in the order given, as the measurement check has always named it)
         */
        Plan(List<ReportingPeriod> periods) {
            given = periods.toArray(new ReportingPeriod[0]); // one walk of the list, whatever kind it is
            int n = given.length;
            for (ReportingPeriod p : given) {
                Objects.requireNonNull(p, "periods contains null");
            }
            previousOfGiven = new ReportingPeriod[n];
            for (int i = 0; i < n; i++) {
                previousOfGiven[i] = given[i].previous();
            }
            ReportingPeriod[] sorted = given;
            ReportingPeriod[] previous = previousOfGiven;
            if (!isChronological(given)) {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (a, b) -> chronological(given[a], given[b])); // stable, as the periods' sort
                sorted = new ReportingPeriod[n];
                previous = new ReportingPeriod[n];
                for (int j = 0; j < n; j++) {
                    sorted[j] = given[order[j]];
                    previous[j] = previousOfGiven[order[j]];
                }
            }
            chronological = sorted;
            slotOf = new int[n];
            beforeAt = new int[n];
            beforeSlot = new int[n];
            befores = new ReportingPeriod[n];
            int slots = 0;
            for (int j = 0; j < n; j++) {
                if (j > 0 && sorted[j].equals(sorted[j - 1])) {
                    slotOf[j] = -1;
                    continue;
                }
                befores[j] = previous[j];
                beforeAt[j] = find(sorted, j, befores[j]);
                beforeSlot[j] = beforeAt[j] >= 0 ? -1 : slots++;
                slotOf[j] = slots++;
            }
            scorecards = slots;
            periodOf = new ReportingPeriod[slots];
            startDay = new long[slots];
            endDay = new long[slots];
            for (int j = 0; j < n; j++) {
                if (slotOf[j] >= 0) {
                    if (beforeSlot[j] >= 0) {
                        periodOf[beforeSlot[j]] = befores[j];
                    }
                    periodOf[slotOf[j]] = sorted[j];
                }
            }
            for (int slot = 0; slot < slots; slot++) {
                startDay[slot] = periodOf[slot].start().toEpochDay();
                endDay[slot] = periodOf[slot].end().toEpochDay();
            }
        }
    }

    private List<Scorecard> series(Agreement agreement, KpiMeasurements[] byKpi,
            KpiVersionIndex kpis, Plan plan, ScorecardSeries cells, ScoreSum sum) {
        ReportingPeriod[] chronological = plan.chronological;
        java.time.LocalDate termEnd = agreement.term().currentEndDate(); // worked out once, not per scorecard
        Scorecard[] made = new Scorecard[chronological.length];
        try {
            for (int j = 0; j < chronological.length; j++) {
                int slot = plan.slotOf[j];
                if (slot < 0) {
                    made[j] = made[j - 1];
                    continue;
                }
                int b = plan.beforeAt[j];
                // the period before one that is not asked for: only its score is read (as its scorecard's, canonical)
                Optional<BigDecimal> previousScore = b >= 0 ? made[b].score()
                        : scoreOf(agreement, plan, plan.beforeSlot[j], byKpi, kpis, cells, sum);
                made[j] = compute(agreement, plan, slot, byKpi, previousScore, kpis, cells, termEnd, sum);
            }
        } catch (ValidationException e) {
            // a later line failed (in an aggregation) after a walk found misfits: the caller's rows come first
            List<Violation> misfits = byMeasurement(kpis.misfitsOfWalks());
            if (misfits.isEmpty()) {
                throw e;
            }
            ValidationException refused = new ValidationException(measurementsOf(agreement), misfits);
            refused.addSuppressed(e);
            throw refused;
        }
        List<Violation> misfits = byMeasurement(kpis.misfitsOfWalks());
        if (!misfits.isEmpty()) {
            // LAST_KNOWN looked at measurements no period asked for checks: every misfit at once, by index or row
            throw new ValidationException(measurementsOf(agreement), misfits);
        }
        Scorecard[] result = new Scorecard[plan.given.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = made[find(chronological, chronological.length, plan.given[i])];
        }
        return List.of(result);
    }

    /** @return the violations ordered by the measurement index or row their paths name (then as given), a copy */
    static List<Violation> byMeasurement(List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(java.util.Comparator.comparingLong(v -> measurementIndex(v.path())));
        return sorted;
    }

    /**
     * @param agreement  the agreement, not null
     * @return the subject of a refusal that names the call's measurements (misfits, unknown KPIs) by index or row
     */
    static String measurementsOf(Agreement agreement) {
        return "Measurements for agreement '" + agreement.id() + "'";
    }

    /**
     * @param path  a violation's path, not null
     * @return the index {@code i} of a path {@code measurements[i]...} (a measurement's index in a call, or its row),
     *         {@code Long.MAX_VALUE} for any other path
     */
    static long measurementIndex(String path) {
        String prefix = "measurements[";
        int end = path.indexOf(']');
        if (!path.startsWith(prefix) || end < 0) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(path.substring(prefix.length(), end));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** @return the index of a period equal to {@code p} among the first {@code to} of the sorted periods, -1 if none */
    private static int find(ReportingPeriod[] sorted, int to, ReportingPeriod p) {
        int lo = 0;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (chronological(sorted[mid], p) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // periods of the same start and end sort together: the equal one is among them
        for (int i = lo; i < to && chronological(sorted[i], p) == 0; i++) {
            if (sorted[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the measurements of each of the KPIs, at its position in {@code kpiIds} */
    private static KpiMeasurements[] byKpi(Collection<Measurement> measurements, List<String> kpiIds) {
        // one pass to group the measurements by kpi, so each kpi only looks at its own
        Map<String, List<Measurement>> lists = new java.util.HashMap<>();
        for (Measurement m : measurements) {
            lists.computeIfAbsent(m.kpiId(), k -> new ArrayList<>()).add(m);
        }
        KpiMeasurements[] byKpi = new KpiMeasurements[kpiIds.size()];
        for (int i = 0; i < byKpi.length; i++) {
            List<Measurement> list = lists.get(kpiIds.get(i));
            byKpi[i] = list == null ? ListMeasurements.NONE : new ListMeasurements(list, measurements);
        }
        return byKpi;
    }

    private static final MeasurementColumns<MeasurementTable, KpiDefinition, Aggregation> COLUMNS =
            MeasurementColumns.get();

    /**
     * The rows of each of the agreement's KPIs, checked as {@link #checkMeasurements} checks the measurements: one
     * pass over each KPI's rows checks their packed figures against the version in force (no violation list, no
     * measurement made) and indexes them for scoring; where a row does not fit or is not decided there, or a KPI
     * the agreement does not define has rows, every row is checked one by one, in row order, as before.
     *
     * @param startDays  the start day of each period code of the table
     * @param plan  the scorecards of the call: each KPI's lines that take the common path are scored into
     *              {@code cells} and {@code sum} as its rows are checked ({@link #precompute}), none if
     *              {@code cells} is null
     * @return the rows of each of the KPIs, at its position in {@code kpiIds}
     * @throws ValidationException if a row within a window is for an unknown KPI or does not fit its KPI, naming
     *         every such row
     */
    private KpiMeasurements[] checkedByKpi(Agreement agreement, MeasurementTable table,
            KpiVersionIndex kpis, long[] startDays, Plan plan, ScorecardSeries cells, ScoreSum sum) {
        Precision precision = agreement.precision();
        List<String> kpiIds = kpis.kpiIds();
        int[][] rows = COLUMNS.rowsByKpi(table);
        // what depends on a row's period or KPI alone, once per distinct period and KPI of the table
        int periodCount = startDays.length;
        java.time.LocalDate[][] startsAndEnds = windows(plan);
        boolean[] overlaps = new boolean[periodCount];
        boolean anyOverlaps = false;
        for (int p = 0; p < periodCount; p++) {
            overlaps[p] = overlapsAny(COLUMNS.period(table, p), startsAndEnds[0], startsAndEnds[1]);
            anyOverlaps |= overlaps[p];
        }
        KpiVersionIndex.Versions[] versions = new KpiVersionIndex.Versions[rows.length];
        boolean fit = true;
        for (int k = 0; k < versions.length; k++) {
            versions[k] = kpis.versions(COLUMNS.kpiId(table, k));
            // a KPI the agreement does not define: its rows in a window are named
            fit &= versions[k].from.length > 0 || !anyOverlaps;
        }
        Map<String, Integer> codes = null; // made only if the table's KPIs are not in the agreement's order
        KpiMeasurements[] byKpi = new KpiMeasurements[kpiIds.size()];
        KpiDefinition[] inForce = new KpiDefinition[periodCount]; // per period, for one KPI after another
        long[] packedValues = null; // per row of one KPI after another: its period value under its version
        int[] slotCodes = null; // per scorecard: the code of the table's period equal to its period, -1 if none
        for (int i = 0; i < byKpi.length; i++) {
            String kpiId = kpiIds.get(i);
            Integer code;
            if (i < rows.length && kpiId.equals(COLUMNS.kpiId(table, i))) {
                code = i; // the table's KPI codes are distinct ids: this one is the only match
            } else {
                if (codes == null) {
                    codes = new java.util.HashMap<>();
                    for (int k = 0; k < rows.length; k++) {
                        codes.put(COLUMNS.kpiId(table, k), k);
                    }
                }
                code = codes.get(kpiId);
            }
            if (code == null) {
                byKpi[i] = ListMeasurements.NONE;
                continue;
            }
            // the version each period's rows are checked against, null where they are not checked
            for (int p = 0; p < periodCount; p++) {
                inForce[p] = overlaps[p] ? versions[code].versionInForce(startDays[p]) : null;
            }
            int[] starts = new int[rows[code].length];
            if (packedValues == null || packedValues.length < starts.length) {
                packedValues = new long[Math.max(starts.length, 2 * (packedValues == null ? 0 : packedValues.length))];
            }
            // the rows checked, indexed and their period values worked out in one pass
            fit &= COLUMNS.allFit(table, rows[code], inForce, startDays, starts, packedValues,
                    precision.periodValueDecimals());
            TableMeasurements t = new TableMeasurements(table, rows[code], starts);
            byKpi[i] = t;
            if (fit && cells != null) {
                // while its rows are in cache; after a row that does not fit, the lines are left to computeLines
                if (slotCodes == null) {
                    slotCodes = slotCodes(table, plan, startDays);
                }
                precompute(i, t, packedValues, slotCodes, kpis, plan, precision, cells, sum);
            }
        }
        // every defined KPI of the table is one of the agreement's, checked above
        if (!fit) {
            checkTable(agreement, table, versions, overlaps, startDays); // throws, naming every misfit
        }
        return byKpi;
    }

    /** The measurements of one KPI, indexed so that a period finds the ones within it without a scan. */
    private abstract static class KpiMeasurements {

        /** @return the aggregation of the measurements within the period, as {@link Aggregator#aggregate} gives it */
        abstract Aggregation aggregate(KpiDefinition kpi, ReportingPeriod period, long startDay, long endDay,
                int decimals);

        /** @return every measurement of the KPI, in any order */
        abstract Collection<Measurement> all();

        /** @return the start day of the earliest period among the measurements, {@code Long.MAX_VALUE} if none */
        abstract long earliestStart();

        /**
         * The check of {@link #checkMeasurements} (and {@link #checkTable}) of the measurements whose period starts
         * within the days (those an aggregation of that period reads), each against the version in force at the
         * start of its own period, none where no version is in force.
         *
         * @return the violations, each named at the measurement's index in the call (its row in a table), in that
         *         order; empty if every one fits
         */
        abstract List<Violation> violationsWithin(KpiVersionIndex.Versions versions, long startDay, long endDay);
    }

    /**
     * The measurements of one KPI, also sorted by the start of their period, so a period finds the
     * measurements that may lie within it by binary search instead of a scan.
     */
    private static final class ListMeasurements extends KpiMeasurements {
        private static final ListMeasurements NONE = new ListMeasurements(List.of(), List.of());

        private final List<Measurement> all;
        /** The measurements of the call, of every KPI, in their order: read only to name a misfit at its index. */
        private final Collection<Measurement> source;
        private final List<Measurement> byStart;
        private final long[] starts;

        ListMeasurements(List<Measurement> all, Collection<Measurement> source) {
            this.all = all;
            this.source = source;
            List<Measurement> sorted = new ArrayList<>(all);
            sorted.sort(java.util.Comparator.comparing(m -> m.period().start()));
            this.byStart = sorted;
            this.starts = new long[sorted.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = sorted.get(i).period().start().toEpochDay();
            }
        }

        @Override
        Aggregation aggregate(KpiDefinition kpi, ReportingPeriod period, long startDay, long endDay, int decimals) {
            // a measurement contained in the period starts within it: the aggregator filters the rest
            return Aggregator.aggregate(kpi, period, startingWithin(startDay, endDay), decimals);
        }

        @Override
        Collection<Measurement> all() {
            return all;
        }

        @Override
        long earliestStart() {
            return starts.length == 0 ? Long.MAX_VALUE : starts[0];
        }

        @Override
        List<Violation> violationsWithin(KpiVersionIndex.Versions versions, long startDay, long endDay) {
            java.util.Set<Measurement> misfits = null;
            for (Measurement m : startingWithin(startDay, endDay)) {
                KpiDefinition kpi = versions.versionInForce(m.period().start().toEpochDay());
                if (kpi != null && !kpi.violationsOf(m).isEmpty()) {
                    misfits = misfits == null ? java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())
                            : misfits;
                    misfits.add(m);
                }
            }
            if (misfits == null) {
                return List.of(); // the common case: nothing to name
            }
            // named at their indexes in the call, as checkMeasurements names them
            List<Violation> violations = new ArrayList<>();
            int i = -1;
            for (Measurement m : source) {
                i++;
                if (misfits.contains(m)) {
                    String path = "measurements[" + i + "]";
                    versions.versionInForce(m.period().start().toEpochDay()).violationsOf(m)
                            .forEach(v -> violations.add(v.prefixed(path)));
                }
            }
            return violations;
        }

        /** @return the measurements whose period starts within the period (a superset of those it contains) */
        List<Measurement> startingWithin(long startDay, long endDay) {
            int from = firstNotBefore(startDay);
            int to = firstNotBefore(endDay + 1);
            return from == to ? List.of() : to == from + 1 ? List.of(byStart.get(from)) : byStart.subList(from, to);
        }

        private int firstNotBefore(long day) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** The rows of one KPI in a table, sorted by the start of their period (by period code). */
    private static final class TableMeasurements extends KpiMeasurements {
        private final MeasurementTable table;
        private final int[] rows;
        /** The start day of each row's period (an epoch day of the years 1 to 9999), at the row's position. */
        private final int[] starts;

        /** @param starts  the start day of each row's period, at the row's position */
        TableMeasurements(MeasurementTable table, int[] rows, int[] starts) {
            this.table = table;
            this.rows = rows;
            this.starts = starts;
        }

        @Override
        Aggregation aggregate(KpiDefinition kpi, ReportingPeriod period, long startDay, long endDay, int decimals) {
            // the rows whose period starts within the period: the aggregation filters the rest, as the list's does
            return COLUMNS.aggregate(kpi, period, table, rows, firstNotBefore(startDay), firstNotBefore(endDay + 1),
                    decimals);
        }

        @Override
        Collection<Measurement> all() {
            List<Measurement> all = new ArrayList<>(rows.length);
            for (int row : rows) {
                all.add(table.get(row));
            }
            return all;
        }

        @Override
        long earliestStart() {
            return starts.length == 0 ? Long.MAX_VALUE : starts[0];
        }

        @Override
        List<Violation> violationsWithin(KpiVersionIndex.Versions versions, long startDay, long endDay) {
            int from = firstNotBefore(startDay);
            int to = firstNotBefore(endDay + 1);
            int[] misfits = null;
            int count = 0;
            for (int at = from; at < to; at++) {
                KpiDefinition kpi = versions.versionInForce(starts[at]);
                if (kpi != null && !COLUMNS.violationsOf(kpi, table, rows[at]).isEmpty()) {
                    misfits = misfits == null ? new int[to - from] : misfits;
                    misfits[count++] = at;
                }
            }
            if (misfits == null) {
                return List.of(); // the common case: nothing to name
            }
            // named at their rows, in row order, as checkTable names them
            Integer[] byRow = new Integer[count];
            for (int j = 0; j < count; j++) {
                byRow[j] = misfits[j];
            }
            java.util.Arrays.sort(byRow, java.util.Comparator.comparingInt(at -> rows[at]));
            List<Violation> violations = new ArrayList<>();
            for (int at : byRow) {
                String path = "measurements[" + rows[at] + "]";
                COLUMNS.violationsOf(versions.versionInForce(starts[at]), table, rows[at])
                        .forEach(v -> violations.add(v.prefixed(path)));
            }
            return violations;
        }

        /** @return the row of the one measurement that starts within the period, -1 if there are none or several */
        int singleRow(long startDay, long endDay) {
            int at = singlePosition(startDay, endDay);
            return at < 0 ? -1 : rows[at];
        }

        /** @return the position (in {@link #rows}) of the one row that starts within the period, -1 if none or several */
        int singlePosition(long startDay, long endDay) {
            int from = firstNotBefore(startDay);
            if (from == rows.length || startOf(from) > endDay) {
                return -1; // none
            }
            if (from + 1 < rows.length && startOf(from + 1) <= endDay) {
                return -1; // several
            }
            hint = from + 1; // where the next period's rows start, in a series
            return from;
        }

        /** The last position found: a series asks for its periods in order, so the next is usually here. */
        private int hint;

        private int firstNotBefore(long day) {
            int h = hint;
            // the position p with start(p - 1) < day <= start(p), tried at the hint first
            if (h <= rows.length && (h == 0 || startOf(h - 1) < day) && (h == rows.length || startOf(h) >= day)) {
                hint = h; // found where the last search ended
                return h;
            }
            int lo = 0;
            int hi = rows.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (startOf(mid) < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            hint = lo;
            return lo;
        }

        private long startOf(int position) {
            return starts[position];
        }
    }

    /** Checks every measurement that falls within one of the periods or the period before it. */
    private void checkMeasurements(Agreement agreement, Plan plan, Collection<Measurement> measurements,
            KpiVersionIndex kpis) {
        List<Violation> violations = new ArrayList<>();
        java.time.LocalDate[][] startsAndEnds = windows(plan);
        java.time.LocalDate[] starts = startsAndEnds[0];
        java.time.LocalDate[] ends = startsAndEnds[1];
        int i = -1;
        ReportingPeriod lastPeriod = null; // measurements come in runs of one period: its start day is worked out once
        long lastStart = 0;
        for (Measurement m : measurements) {
            i++;
            if (!overlapsAny(m.period(), starts, ends)) {
                continue;
            }
            if (!kpis.defines(m.kpiId())) {
                violations.add(unknownKpi(agreement, i, m.kpiId(), m.period()));
                continue;
            }
            if (m.period() != lastPeriod) {
                lastPeriod = m.period();
                lastStart = lastPeriod.start().toEpochDay();
            }
            KpiDefinition kpi = kpis.versionInForce(m.kpiId(), lastStart); // the one Agreement.kpiInForce gives
            List<Violation> found = kpi != null ? kpi.violationsOf(m) : List.of();
            if (!found.isEmpty()) {
                String path = "measurements[" + i + "]";
                found.forEach(v -> violations.add(v.prefixed(path)));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(measurementsOf(agreement), violations);
        }
    }

    /**
     * {@link #checkMeasurements} over the rows of a table, row by row, each row's measurement made only where it
     * does not fit: where the one pass of {@link #checkedByKpi} did not decide that every row fits.
     *
     * @param versions  the versions of each KPI code of the table
     * @param overlaps  per period code, whether its rows lie within a window
     */
    private static void checkTable(Agreement agreement, MeasurementTable table, KpiVersionIndex.Versions[] versions, boolean[] overlaps, long[] startDays) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            int p = COLUMNS.periodCode(table, i);
            if (!overlaps[p]) {
                continue;
            }
            int k = COLUMNS.kpiCode(table, i);
            if (versions[k].from.length == 0) {
                violations.add(unknownKpi(agreement, i, COLUMNS.kpiId(table, k), COLUMNS.period(table, p)));
                continue;
            }
            KpiDefinition kpi = versions[k].versionInForce(startDays[p]); // the one Agreement.kpiInForce gives
            List<Violation> found = kpi != null ? COLUMNS.violationsOf(kpi, table, i) : List.of();
            if (!found.isEmpty()) {
                String path = "measurements[" + i + "]";
                found.forEach(v -> violations.add(v.prefixed(path)));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(measurementsOf(agreement), violations);
        }
    }

    private static Violation unknownKpi(Agreement agreement, int i, String kpiId, ReportingPeriod period) {
        return Violation.of("measurements[" + i + "].kpiId", kpiId, "measurement in " + period
                + " is for kpi '" + kpiId + "', which agreement '" + agreement.id() + "' does not define");
    }

    /**
     * @return the windows (each period and the one before it), sorted and merged: their starts and their ends
     */
    private static java.time.LocalDate[][] windows(Plan plan) {
        ReportingPeriod[] given = plan.given;
        ReportingPeriod[] before = plan.previousOfGiven;
        int n = given.length;
        boolean sorted = true; // a series usually is
        for (int w = 1; w < n && sorted; w++) {
            sorted = !before[w].start().isBefore(before[w - 1].start());
        }
        Integer[] order = null; // the windows by start (stable) where they are not in that order already
        if (!sorted) {
            order = new Integer[n];
            for (int w = 0; w < n; w++) {
                order[w] = w;
            }
            java.util.Arrays.sort(order, (a, b) -> before[a].start().compareTo(before[b].start()));
        }
        // a series of months is one window
        java.time.LocalDate[] starts = new java.time.LocalDate[n];
        java.time.LocalDate[] ends = new java.time.LocalDate[n];
        int merged = 0;
        for (int k = 0; k < n; k++) {
            int w = order == null ? k : order[k];
            java.time.LocalDate start = before[w].start();
            java.time.LocalDate end = given[w].end();
            // starts at most a day after the last one ends
            if (merged > 0 && start.toEpochDay() <= ends[merged - 1].toEpochDay() + 1) {
                ends[merged - 1] = end.isAfter(ends[merged - 1]) ? end : ends[merged - 1];
            } else {
                starts[merged] = start;
                ends[merged] = end;
                merged++;
            }
        }
        return new java.time.LocalDate[][] {java.util.Arrays.copyOf(starts, merged), java.util.Arrays.copyOf(ends, merged)};
    }

    private static boolean overlapsAny(ReportingPeriod period, java.time.LocalDate[] starts, java.time.LocalDate[] ends) {
        for (int w = 0; w < starts.length; w++) {
            if (!period.end().isBefore(starts[w]) && !period.start().isAfter(ends[w])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Computes the scorecard of a period into the series' cells of scorecard {@code slot}: a line scored from its
     * own value in fixed point is held in primitive form and made when read, any other line is made now.
     */
    private Scorecard compute(Agreement agreement, Plan plan, int slot, KpiMeasurements[] byKpi,
            Optional<BigDecimal> previousScore, KpiVersionIndex kpis, ScorecardSeries cells,
            java.time.LocalDate termEnd, ScoreSum sum) {
        ReportingPeriod period = plan.periodOf[slot];
        MissingDataPolicy policy = agreement.missingDataPolicy();
        // the scorecard's warnings in order: a ScorecardWarning made now, or the version whose NOT_REVISED warning
        // is made when read (its words only; whether it applies is decided here)
        List<Object> warnings = sum.warnings;
        warnings.clear();
        int scored = computeLines(agreement, plan, slot, byKpi, kpis, cells, sum, warnings);
        List<String> kpiIds = kpis.kpiIds();
        int base = slot * kpiIds.size();
        // every line scored from its period's own value, within the term: no completeness warning to look for
        List<ScorecardWarning> completeness = scored == kpiIds.size() && Completeness.withinTerm(agreement, period,
                termEnd) ? List.of() : Completeness.warnings(agreement, period, termEnd, kpiIds.size(),
                        i -> cells.madeLine(base + i));
        if (!completeness.isEmpty()) {
            warnings.addAll(completeness);
        }
        List<ScorecardLine> lines = cells.lines(slot, kpiIds);
        Optional<BigDecimal> score = Optional.empty();
        Optional<String> undefined = Optional.empty();
        if (sum.at(slot).counted() == 0) {
            undefined = Optional.of(UNDEFINED);
        } else {
            score = Optional.of(sum.score(() -> lines, agreement.precision().scoreDecimals()));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("scorecard {} {}: score {} from {} kpis, {} in fixed point", agreement.id(), period,
                    score.orElse(null), lines.size(), scored);
        }
        List<ScorecardWarning> all = warnings.isEmpty() ? List.of() : warningsOf(warnings.toArray(), period);
        Optional<BigDecimal> s = score;
        return new Scorecard(agreement.id(), period, policy, lines, score, undefined, previousScore, all,
                LazySteps.lazyExplanation(() -> Explanation.of("Scorecard " + agreement.id() + " " + period,
                        steps(period, policy, lines, s, previousScore, all))));
    }

    /**
     * The score of a period whose scorecard is not asked for, only its score read (the period before a series'
     * first): its lines computed into the series' cells as {@link #compute} computes them, without the warnings,
     * the lines of KPIs not in force (never counted) and the scorecard that nobody reads (nothing there can fail:
     * words, lists and records of them).
     *
     * @return the score as the period's scorecard holds it (canonical), empty if it is undefined
     */
    private Optional<BigDecimal> scoreOf(Agreement agreement, Plan plan, int slot, KpiMeasurements[] byKpi,
            KpiVersionIndex kpis, ScorecardSeries cells, ScoreSum sum) {
        computeLines(agreement, plan, slot, byKpi, kpis, cells, sum, null);
        if (sum.at(slot).counted() == 0) {
            return Optional.empty();
        }
        return Decimals.canonical(Optional.of(sum.score(() -> cells.linesComputed(slot),
                agreement.precision().scoreDecimals())));
    }

    /**
     * Computes the lines of a period into the series' cells of scorecard {@code slot} and the score's sums.
     *
     * @param warnings  where the transparency warnings go (see {@link #compute}); null for a scorecard computed for
     *                  its score alone, whose warnings are not read and whose lines of KPIs not in force are not made
     * @return the number of lines scored from their period's own value in fixed point
     */
    private int computeLines(Agreement agreement, Plan plan, int slot, KpiMeasurements[] byKpi, KpiVersionIndex kpis,
            ScorecardSeries cells, ScoreSum sum, List<Object> warnings) {
        ReportingPeriod period = plan.periodOf[slot];
        MissingDataPolicy policy = agreement.missingDataPolicy();
        long startDay = plan.startDay[slot]; // once per call, not per line
        long endDay = plan.endDay[slot];
        List<String> kpiIds = kpis.kpiIds();
        int base = cells.base(slot, period);
        sum.at(slot); // the lines scored by the pass over the rows (precomputed) are added already
        int scored = 0;
        Precision precision = agreement.precision();
        for (int i = 0; i < kpiIds.size(); i++) {
            // a line scored in the pass over its KPI's rows: its version is the one in force, its sums added
            ScorecardSeries.Version version = cells.scoredVersion(base + i);
            if (version != null) {
                scored++;
            } else {
                KpiVersionIndex.Versions versions = kpis.at(i);
                int v = versions.inForce(startDay); // the version Agreement.kpiInForce gives
                if (v < 0) {
                    if (warnings != null) {
                        cells.made(base + i, notInForce(agreement, kpiIds.get(i), period));
                    } // else a scorecard computed for its score alone: the line is never counted, nor read
                    continue;
                }
                version = seriesVersion(versions, v, precision, kpis);
                ScorecardLine l = lineOf(agreement, version, period, startDay, endDay, byKpi[i], policy, kpis, sum,
                        cells, base + i);
                if (l == null) {
                    scored++; // held in the cell in fixed point, added to the sums
                } else {
                    if (l.counted()) {
                        sum.add(l); // a line of the BigDecimal path: its figures as they are
                    }
                    cells.made(base + i, l);
                }
            }
            if (warnings != null) {
                if (!version.stated.isEmpty()) {
                    warnings.addAll(version.stated);
                }
                // overdue for revision if the review falls before the end of the period
                if (version.reviewDueDay < endDay) {
                    warnings.add(version.kpi);
                }
            }
        }
        return scored;
    }

    /**
     * Scores the lines of one KPI that take the common path, for every scorecard of the call, in the pass that has
     * just checked and indexed the KPI's rows: where the version in force has no qualifying condition and a
     * fixed-point form, and one row of the KPI starts within the period and has a fixed-point value, the line is
     * scored in fixed point into its cell and its weight and contribution added to its scorecard's sums, as
     * {@link #lineOf} scores it. Every other line is left to {@link #computeLines} (its cell stays empty).
     */
    private void precompute(int kpi, TableMeasurements rows, long[] packedValues, int[] slotCodes, KpiVersionIndex kpis,
            Plan plan, Precision precision, ScorecardSeries cells, ScoreSum sum) {
        KpiVersionIndex.Versions versions = kpis.at(kpi);
        int kpiCount = kpis.kpiIds().size();
        for (int slot = 0; slot < plan.scorecards; slot++) {
            long startDay = plan.startDay[slot];
            int v = versions.inForce(startDay);
            if (v < 0) {
                continue;
            }
            ScorecardSeries.Version version = seriesVersion(versions, v, precision, kpis);
            if (!version.unconditional || version.scaled == null) {
                continue;
            }
            int at = rows.singlePosition(startDay, plan.endDay[slot]);
            if (at < 0) {
                continue;
            }
            int row = rows.rows[at];
            // the value the pass over the rows worked out, where the row's period is the scorecard's own (then its
            // version is the one in force here); else the value of the row within this period
            long packed = packedValues[at];
            if (packed == NO_PACKED_VALUE || COLUMNS.periodCode(rows.table, row) != slotCodes[slot]) {
                packed = COLUMNS.packedValue(version.kpi, plan.periodOf[slot], rows.table, row, version.valueDecimals);
            }
            if (packed != NO_PACKED_VALUE) {
                scoredInFixedPoint(version, rows.table, row, packed, sum.at(slot), cells, slot * kpiCount + kpi);
            }
        }
    }

    /** @return per scorecard of the call, the code of the table's period equal to its period, -1 if the table has none */
    private static int[] slotCodes(MeasurementTable table, Plan plan, long[] startDays) {
        int[] codes = new int[plan.scorecards];
        for (int slot = 0; slot < codes.length; slot++) {
            // the periods by start, then end: those of the scorecard's start are together
            int p = java.util.Arrays.binarySearch(startDays, plan.startDay[slot]);
            codes[slot] = -1;
            if (p >= 0) {
                while (p > 0 && startDays[p - 1] == plan.startDay[slot]) {
                    p--;
                }
                for (; p < startDays.length && startDays[p] == plan.startDay[slot]; p++) {
                    if (COLUMNS.period(table, p).equals(plan.periodOf[slot])) {
                        codes[slot] = p;
                        break;
                    }
                }
            }
        }
        return codes;
    }

    private static final String UNDEFINED = "every kpi was left out of the weighting, so the score is undefined";

    /**
     * @return the steps of a scorecard's explanation: the missing-data rule, the lines, the score (or why it
     *         is undefined), the trend, the warnings
     */
    private static List<Step> steps(ReportingPeriod period, MissingDataPolicy policy, List<ScorecardLine> lines,
            Optional<BigDecimal> score, Optional<BigDecimal> previousScore, List<ScorecardWarning> warnings) {
        List<Step> ex = new ArrayList<>(lines.size() + warnings.size() + 3);
        ex.add(POLICY_STEPS.get(policy));
        for (ScorecardLine l : lines) {
            ex.add(l.explanation());
        }
        if (score.isEmpty()) {
            ex.add(Step.of(StepKind.RESULT, "score undefined: " + UNDEFINED));
        } else {
            BigDecimal s = score.get();
            BigDecimal totalWeight = BigDecimal.ZERO;
            StringBuilder arithmetic = new StringBuilder();
            for (ScorecardLine l : lines) {
                if (l.counted()) {
                    totalWeight = totalWeight.add(l.weight());
                    arithmetic.append(arithmetic.length() == 0 ? "" : " + ").append(l.weight().toPlainString())
                            .append("×").append(Decimals.plain(l.attainment().get()));
                }
            }
            ex.add(Step.of(StepKind.RESULT, "score = Σ w·a / Σ w = (" + arithmetic + ") / "
                    + totalWeight.toPlainString() + " = " + s.toPlainString(), Map.of("score", s.toPlainString()),
                    List.of()));
            if (previousScore.isPresent()) {
                BigDecimal before = previousScore.get();
                ex.add(Step.of(StepKind.COMPUTATION, "trend against " + period.previous() + ": " + s.toPlainString()
                        + " − " + before.toPlainString() + " = " + Decimals.canonical(s.subtract(before)).toPlainString()));
            } else {
                ex.add(Step.of(StepKind.COMPUTATION, "no trend: the score of " + period.previous() + " is undefined"));
            }
        }
        for (ScorecardWarning w : warnings) {
            ex.add(Step.of(StepKind.WARNING, w.message()));
        }
        return ex;
    }

    /** @return what the lines of version {@code v} share in this calculation, made once per version */
    private ScorecardSeries.Version seriesVersion(KpiVersionIndex.Versions versions, int v, Precision precision,
            KpiVersionIndex kpis) {
        ScorecardSeries.Version version = versions.series[v];
        if (version == null) {
            version = seriesVersion(versions.versions[v], precision, kpis);
            versions.series[v] = version;
        }
        return version;
    }

    /** @return what the lines of a version share in this calculation */
    private ScorecardSeries.Version seriesVersion(KpiDefinition kpi, Precision precision, KpiVersionIndex kpis) {
        int decimals = precision.attainmentDecimals();
        // the definition and the rule step of a line are made when it is read; the rest once per version and call
        return new ScorecardSeries.Version(kpi, KpiVersionIndex.scaledOf(kpi, decimals), precision.periodValueDecimals(),
                decimals, stated(kpi), kpi.effectiveFrom().plus(reviewInterval).toEpochDay());
    }

    /** @return the line made in full, or null if it was scored in fixed point into its cell (and added to the sums) */
    private ScorecardLine lineOf(Agreement agreement, ScorecardSeries.Version version, ReportingPeriod period,
            long startDay, long endDay, KpiMeasurements index, MissingDataPolicy policy, KpiVersionIndex kpis,
            ScoreSum sum, ScorecardSeries cells, int cell) {
        Precision precision = agreement.precision();
        KpiDefinition kpi = version.kpi;
        if (version.unconditional && index instanceof TableMeasurements t) {
            // the common case from a table: one row in the period, scored without making its aggregation
            int row = t.singleRow(startDay, endDay);
            if (row >= 0) {
                long packed = COLUMNS.packedValue(kpi, period, t.table, row, version.valueDecimals);
                if (packed != NO_PACKED_VALUE && scoredInFixedPoint(version, t.table, row, packed, sum, cells, cell)) {
                    return null;
                }
            }
        }
        Aggregation agg = index.aggregate(kpi, period, startDay, endDay, precision.periodValueDecimals());
        List<String> unmet = unmetConditions(kpi, period, agg);
        long packed = AGGREGATION_VALUE.applyAsLong(agg);
        if (unmet == null && packed != NO_PACKED_VALUE) {
            if (scoredInFixedPoint(version, agg, -1, packed, sum, cells, cell)) {
                return null; // the common case
            }
        }
        if (unmet == null && agg.value().isPresent()) {
            return scored(kpi, agg, period, precision.attainmentDecimals(), kpis);
        }
        List<Step> steps = new ArrayList<>();
        steps.add(kpis.shared(kpi, 1, ScorecardCalculator::versionStep));
        steps.add(agg.explanation());
        List<String> reasons = unmet == null ? new ArrayList<>() : unmet;
        if (!reasons.isEmpty()) {
            reasons.add("not determined: left out of the weighting, no credit and no cost");
            return leftOut(kpi, agg, KpiStatus.NOT_DETERMINED, reasons, steps);
        }
        if (agg.isAllExcluded()) {
            reasons.add("every measurement of " + period + " was excluded: left out of the weighting");
            return leftOut(kpi, agg, KpiStatus.EXCLUDED, reasons, steps);
        }
        reasons.add(agg.used().isEmpty() ? "no measurement in " + period : "no usable value in " + period
                + " (" + String.join("; ", agg.notes()) + ")");
        return missing(agreement, kpi, agg, period, index, policy, reasons, steps, kpis);
    }

    /**
     * The reasons why the KPI's qualifying conditions do not hold in the period, null if they all hold. A period
     * without any measurement (none used, none excluded) has no data to judge: a condition on the data (a minimum
     * volume) is not tested there, so that the line takes the missing-data path (its policy and its NO_DATA
     * warning) and is never silently NOT_DETERMINED; a period declared out of scope is NOT_DETERMINED all the same.
     */
    static List<String> unmetConditions(KpiDefinition kpi, ReportingPeriod period, Aggregation agg) {
        List<QualifyingCondition> conditions = kpi.qualifyingConditions();
        if (conditions.isEmpty()) {
            return null;
        }
        boolean noData = agg.used().isEmpty() && agg.excluded().isEmpty();
        List<String> unmet = null;
        for (QualifyingCondition c : conditions) {
            if (noData && !(c instanceof QualifyingCondition.OutOfScope)) {
                continue; // no data: the missing-data policy decides, not a condition on the data
            }
            Optional<String> reason = c.unmetReason(period, agg);
            if (reason.isPresent()) {
                unmet = unmet == null ? new ArrayList<>() : unmet;
                unmet.add(reason.get());
            }
        }
        return unmet;
    }

    private ScorecardLine missing(Agreement agreement, KpiDefinition kpi, Aggregation agg, ReportingPeriod period,
            KpiMeasurements index, MissingDataPolicy policy, List<String> reasons, List<Step> steps,
            KpiVersionIndex kpis) {
        switch (policy) {
            case EXCLUDE:
                reasons.add("missing-data policy EXCLUDE: left out, the other weights renormalised");
                return leftOut(kpi, agg, KpiStatus.MISSING, reasons, steps);
            case LAST_KNOWN:
                Optional<Aggregation> last = lastKnown(kpis, kpis.versions(kpi.id()), period, index,
                        agreement.precision().periodValueDecimals());
                if (last.isPresent()) {
                    KpiDefinition then = kpis.versionInForce(kpi.id(), last.get().period().start().toEpochDay());
                    reasons.add("missing-data policy LAST_KNOWN: value " + last.get().value().get().toPlainString()
                            + " of " + last.get().period() + " used" + (then.version() == kpi.version() ? ""
                                    : " (as v" + then.version() + ", in force then, aggregated it; scored against v"
                                            + kpi.version() + "'s thresholds)"));
                    steps.add(last.get().explanation());
                    return counted(kpi, agg, last.get().value(), Optional.of(last.get().period()),
                            Attainment.of(kpi, last.get().value().get(), agreement.precision().attainmentDecimals()),
                            KpiStatus.MISSING, reasons, steps, kpis);
                }
                reasons.add("missing-data policy LAST_KNOWN, but no earlier value: counted as ZERO");
                break;
            default:
                reasons.add("missing-data policy ZERO: counted with attainment 0");
        }
        Attainment zero = new Attainment(BigDecimal.ZERO, Step.of(StepKind.RULE, "no value: attainment 0"));
        return counted(kpi, agg, Optional.empty(), Optional.empty(), zero, KpiStatus.MISSING, reasons, steps, kpis);
    }

    /**
     * The value LAST_KNOWN takes for a KPI without a value in the period: the value of the latest earlier period
     * (of the same length, walking back from the period before it) whose own line would be scored from its own
     * value: a version in force at that period's start, its measurements aggregated by THAT version (the value that
     * period's own scorecard shows), a value, and its qualifying conditions holding. A period whose line would be
     * NOT_DETERMINED (no version in force, out of scope, below its minimum volume) or that has no value (no
     * measurement, every one excluded, no usable value) is skipped. The caller scores the value against the
     * thresholds in force now.
     * <p>
     * Every period the walk looks at, from the period before back to the one whose value it takes (back to the
     * earliest measurement or the KPI's first version, whichever is later, if none has a value), has its measurements
     * checked as those of a period asked for are (each against the version in force at the start of its own
     * period): a misfit is never scored or skipped; it is handed to {@link KpiVersionIndex#misfitsOfWalks}, and the
     * call is refused with every misfit of every walk once its scorecards are made. (A measurement that fits its own
     * version but not the one that aggregates its period, in a quarter whose KPI changes kind within it, fails in
     * the aggregation here as it does when that period is asked for.)
     *
     * @return the value, empty if there is none or a misfit was found
     */
    private static Optional<Aggregation> lastKnown(KpiVersionIndex kpis, KpiVersionIndex.Versions versions,
            ReportingPeriod period, KpiMeasurements index, int decimals) {
        // no earlier period before the first version or the earliest measurement can give a value: the walk stops there
        long bound = Math.max(index.earliestStart(), versions.from.length == 0 ? Long.MAX_VALUE : versions.from[0]);
        if (bound == Long.MAX_VALUE) {
            return Optional.empty();
        }
        ReportingPeriod p = period.previous();
        while (p.end().toEpochDay() >= bound) {
            long startDay = p.start().toEpochDay();
            long endDay = p.end().toEpochDay();
            List<Violation> misfits = index.violationsWithin(versions, startDay, endDay);
            if (!misfits.isEmpty()) {
                // named with every other misfit of the call when the scorecards are made (the call is refused)
                kpis.misfitsOfWalks(misfits);
                return Optional.empty();
            }
            KpiDefinition then = versions.versionInForce(startDay);
            if (then != null) {
                Aggregation a = index.aggregate(then, p, startDay, endDay, decimals);
                if (a.value().isPresent() && unmetConditions(then, p, a) == null) {
                    return Optional.of(a);
                }
            } // else no version in force: that period's line is NOT_DETERMINED
            if (startDay <= bound) {
                break; // the period that holds the bound: none before it is looked at (nor made, near the year 1)
            }
            p = p.previous();
        }
        return Optional.empty();
    }

    /**
     * A counted line from the period's own value. Its explanation (the version rule, the
     * aggregation, the attainment and the contribution) is written when read; the line's value and
     * status say why it has its status.
     */
    private static ScorecardLine scored(KpiDefinition kpi, Aggregation agg, ReportingPeriod period, int decimals,
            KpiVersionIndex kpis) {
        BigDecimal value = agg.value().get();
        Attainment a = Attainment.of(kpi, value, decimals);
        KpiStatus status = status(kpi, value);
        return counted(kpi, agg, agg.value(), Optional.of(period), a, status, List.of(),
                List.of(kpis.shared(kpi, 1, ScorecardCalculator::versionStep), agg.explanation()), kpis);
    }

    private static final java.util.function.ToLongFunction<Object> AGGREGATION_VALUE =
            dev.partnering.internal.Secret.AGGREGATION_VALUE.get();
    private static final long NO_PACKED_VALUE = Long.MIN_VALUE;

    /**
     * {@link #scored} in fixed point: the attainment, status and contribution computed as scaled longs from the
     * aggregation's value, as {@link Attainment#of} and {@code weight × attainment} compute them in BigDecimals,
     * and held in the series' cell; the line, its figures and its explanation are made when read.
     *
     * @param aggregation  the period's aggregation, or the table that holds its one measurement at {@code row}
     * @param packed  the aggregation's value in fixed point (as {@code Secret.AGGREGATION_VALUE} gives it)
     * @return true if the line was scored, false if a figure does not fit in a long (then the BigDecimal path gives it)
     */
    private static boolean scoredInFixedPoint(ScorecardSeries.Version version, Object aggregation, int row, long packed,
            ScoreSum sum, ScorecardSeries cells, int cell) {
        ScaledKpi scaled = version.scaled;
        if (scaled == null) {
            return false;
        }
        long unscaled = packed >> 5;
        int scale = (int) (packed & 31);
        long a;
        long contribution;
        int status;
        try {
            a = scaled.attainment(unscaled, scale);
            contribution = scaled.contribution(a);
            status = scaled.status(unscaled, scale);
        } catch (ArithmeticException tooLargeForALong) {
            return false;
        }
        sum.add(scaled.weight(), scaled.weightScale(), contribution, version.contributionScale());
        cells.scored(cell, version, aggregation, row, a, status);
        return true;
    }

    /**
     * Σ wᵢ and Σ wᵢ·aᵢ of each scorecard's counted lines as scaled longs, the score their quotient rounded once
     * as {@link Decimals#quotient} rounds it; where a sum does not fit in a long, the lines' BigDecimals. The sums
     * of every scorecard of one call, each at its slot; {@link #at} chooses the scorecard the other methods work
     * on. The lines of a scorecard may be added in any order: the sums are exact, and where one order overflows a
     * long the BigDecimal sums give the same exact quotient. One call, one thread.
     */
    private static final class ScoreSum {
        /** The scorecard's warnings as {@link #compute} collects them (emptied for each scorecard). */
        final List<Object> warnings = new ArrayList<>();
        private final int[] counted;
        /** Whether a sum of the scorecard no longer fits in a long (false: the long sums hold). */
        private final boolean[] overflowed;
        private final long[] weights;
        private final int[] weightsScale;
        private final long[] weighted;
        private final int[] weightedScale;
        /** The scorecard the methods work on. */
        private int s;

        /** @param scorecards  the scorecards of the call, each at its slot, every sum 0 */
        ScoreSum(int scorecards) {
            counted = new int[scorecards];
            overflowed = new boolean[scorecards];
            weights = new long[scorecards];
            weightsScale = new int[scorecards];
            weighted = new long[scorecards];
            weightedScale = new int[scorecards];
        }

        /** @return this, working on the sums of scorecard {@code slot} */
        ScoreSum at(int slot) {
            s = slot;
            return this;
        }

        /** @return the number of counted lines added to the scorecard */
        int counted() {
            return counted[s];
        }

        /** Adds a line; where the sums no longer fit in longs, the score is taken from the lines' BigDecimals. */
        void add(long weight, int weightScale, long contribution, int contributionScale) {
            int at = s;
            counted[at]++;
            if (overflowed[at]) {
                return;
            }
            if (weightsScale[at] == weightScale && weightedScale[at] == contributionScale) {
                // the common case: every line of the scorecard at the same scales, nothing to rescale
                long w = weights[at] + weight;
                long c = weighted[at] + contribution;
                // an addition overflows only where both terms have the sign the sum does not have
                if (((weights[at] ^ w) & (weight ^ w)) >= 0 && ((weighted[at] ^ c) & (contribution ^ c)) >= 0) {
                    weights[at] = w;
                    weighted[at] = c;
                    return;
                }
                overflowed[at] = true;
                return;
            }
            addRescaled(at, weight, weightScale, contribution, contributionScale);
        }

        /** {@link #add} where a scale differs: both sums brought to the larger scales (apart, so that add stays small). */
        private void addRescaled(int at, long weight, int weightScale, long contribution, int contributionScale) {
            try {
                int ws = Math.max(weightsScale[at], weightScale);
                long w = Math.addExact(FixedPoint.rescale(weights[at], weightsScale[at], ws),
                        FixedPoint.rescale(weight, weightScale, ws));
                int cs = Math.max(weightedScale[at], contributionScale);
                long c = Math.addExact(FixedPoint.rescale(weighted[at], weightedScale[at], cs),
                        FixedPoint.rescale(contribution, contributionScale, cs));
                weights[at] = w;
                weightsScale[at] = ws;
                weighted[at] = c;
                weightedScale[at] = cs;
            } catch (ArithmeticException tooLarge) {
                overflowed[at] = true;
            }
        }

        /** Adds a line of the BigDecimal path. */
        void add(ScorecardLine l) {
            BigDecimal w = l.weight();
            BigDecimal c = l.contribution().get();
            if (!overflowed[s] && FixedPoint.fits(w) && FixedPoint.fits(c)) {
                add(FixedPoint.unscaled(w), w.scale(), FixedPoint.unscaled(c), c.scale());
            } else {
                counted[s]++;
                overflowed[s] = true;
            }
        }

        /** @return Σ wᵢ·aᵢ / Σ wᵢ rounded once, HALF_EVEN, to the decimals, in canonical form (the lines read only where a sum does not fit) */
        BigDecimal score(java.util.function.Supplier<List<ScorecardLine>> lines, int decimals) {
            int at = s;
            if (!overflowed[at] && decimals <= FixedPoint.MAX_SCALE) {
                try {
                    return FixedPoint.toDecimal(FixedPoint.unscaledQuotient(weighted[at], weightedScale[at],
                            weights[at], weightsScale[at], decimals), decimals, 0);
                } catch (ArithmeticException tooLarge) {
                    // the BigDecimal sums below
                }
            }
            BigDecimal ws = BigDecimal.ZERO;
            BigDecimal cs = BigDecimal.ZERO;
            for (ScorecardLine l : lines.get()) {
                if (l.counted()) {
                    ws = ws.add(l.weight());
                    cs = cs.add(l.contribution().get());
                }
            }
            return Decimals.quotient(cs, ws, decimals);
        }
    }

    static Step versionStep(KpiDefinition kpi) {
        return LazySteps.lazy(() -> Step.of(StepKind.RULE, "version " + kpi.version() + " in force from "
                + kpi.effectiveFrom() + thresholds(kpi)));
    }

    static Step contributionStep(KpiDefinition kpi, Attainment a, BigDecimal contribution) {
        return Step.of(StepKind.COMPUTATION, "contribution = weight × attainment = " + kpi.weight().toPlainString()
                + " × " + Decimals.plain(a.value()) + " = " + Decimals.plain(contribution));
    }

    static Step lineStep(KpiDefinition kpi, KpiStatus status, Attainment a, List<Step> steps) {
        return Step.of(StepKind.COMPUTATION, kpi.id() + " v" + kpi.version() + " (weight " + kpi.weight().toPlainString()
                + "): " + status + ", attainment " + Decimals.plain(a.value()), facts(status, true), steps);
    }

    /**
     * A counted line. Its explanation is the given steps, then the reasons as rules (why a line
     * without its own value counts), then the attainment and the contribution, assembled when read.
     */
    private static ScorecardLine counted(KpiDefinition kpi, Aggregation agg, Optional<BigDecimal> value,
            Optional<ReportingPeriod> from, Attainment a, KpiStatus status, List<String> reasons, List<Step> steps,
            KpiVersionIndex kpis) {
        BigDecimal contribution = kpi.weight().multiply(a.value());
        Step ex = LazySteps.lazy(() -> {
            List<Step> all = new ArrayList<>(steps);
            reasons.forEach(r -> all.add(Step.of(StepKind.RULE, r)));
            all.add(a.explanation());
            all.add(contributionStep(kpi, a, contribution));
            return lineStep(kpi, status, a, all);
        });
        // the value (the aggregator's) and the attainment are canonical already; the product may have trailing zeros
        return newLine(kpi.id(), kpis.shared(kpi, 0, Optional::of), agg, value.orElse(null), from.orElse(null),
                a.value(), kpi.weight(), Decimals.canonical(contribution), status, true, ex);
    }

    private static ScorecardLine leftOut(KpiDefinition kpi, Aggregation agg, KpiStatus status, List<String> reasons,
            List<Step> steps) {
        reasons.forEach(r -> steps.add(Step.of(StepKind.RULE, r)));
        Step ex = Step.of(StepKind.COMPUTATION, kpi.id() + " v" + kpi.version() + " (weight " + kpi.weight().toPlainString()
                + "): " + status + ", left out of the weighting", facts(status, false), steps);
        return newLine(kpi.id(), Optional.of(kpi), agg, agg.value().orElse(null), null, null, kpi.weight(), null, status,
                false, ex);
    }

    private static ScorecardLine notInForce(Agreement agreement, String kpiId, ReportingPeriod period) {
        KpiDefinition first = agreement.kpiVersions(kpiId).get(0);
        // written when read: every line of the period before a series' first is one of these
        Step ex = LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, kpiId + ": NOT_DETERMINED, left out of the weighting",
                facts(KpiStatus.NOT_DETERMINED, false), List.of(Step.of(StepKind.RULE, "no version of kpi '" + kpiId
                        + "' is in force on " + period.start() + " (the first is from " + first.effectiveFrom()
                        + "): not determined, left out of the weighting"))));
        return newLine(kpiId, Optional.empty(), null, null, null, null, first.weight(), null, KpiStatus.NOT_DETERMINED,
                false, ex);
    }

    /**
     * A line from figures in canonical form (an absent one null), made without canonicalising them again as
     * {@link ScorecardLine}'s public constructor does: every value, attainment and contribution here comes from
     * {@link Decimals} (quotient, round, canonical) or is 0 or 1.
     */
    private static ScorecardLine newLine(String kpiId, Optional<KpiDefinition> definition, Aggregation agg,
            BigDecimal value, ReportingPeriod valueFrom, BigDecimal attainment, BigDecimal weight, BigDecimal contribution,
            KpiStatus status, boolean counted, Step explanation) {
        return (ScorecardLine) dev.partnering.internal.Secret.SCORECARD_LINE.get().make(kpiId, definition, agg, value,
                valueFrom, attainment, weight, contribution, status, counted, explanation);
    }

    private static Map<String, String> facts(KpiStatus status, boolean counted) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", status.name());
        f.put("counted", String.valueOf(counted));
        return f;
    }

    /**
     * The status of a period value against a KPI's thresholds.
     *
     * @param kpi  the KPI, not null
     * @param value  the value, not null
     * @return MET, BELOW_TARGET or BELOW_MINIMUM, never null
     */
    static KpiStatus status(KpiDefinition kpi, BigDecimal value) {
        if (kpi.isBinary()) {
            return value.compareTo(BigDecimal.ONE) >= 0 ? KpiStatus.MET : KpiStatus.BELOW_MINIMUM;
        }
        int sign = kpi.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (value.compareTo(kpi.target().get()) * sign >= 0) {
            return KpiStatus.MET;
        }
        return value.compareTo(kpi.minimum().get()) * sign < 0 ? KpiStatus.BELOW_MINIMUM : KpiStatus.BELOW_TARGET;
    }

    private static String thresholds(KpiDefinition kpi) {
        if (kpi.isBinary()) {
            return " (binary: 1 is met)";
        }
        return " (" + kpi.direction() + ": minimum " + kpi.minimum().get().toPlainString() + ", target "
                + kpi.target().get().toPlainString()
                + kpi.stretch().map(s -> ", stretch " + s.toPlainString() + " → " + kpi.maxAttainment().toPlainString())
                        .orElse("") + ")";
    }

    /** The step of each missing-data policy, the same for every scorecard. */
    private static final Map<MissingDataPolicy, Step> POLICY_STEPS;

    static {
        Map<MissingDataPolicy, Step> steps = new java.util.EnumMap<>(MissingDataPolicy.class);
        for (MissingDataPolicy p : MissingDataPolicy.values()) {
            steps.put(p, Step.of(StepKind.RULE, "missing-data policy " + p));
        }
        POLICY_STEPS = steps;
    }

    /**
     * @param entries  the scorecard's warnings in order: each a warning, or a KPI version overdue for revision by the
     *                 end of the period (its {@link #notRevised} warning, made when read)
     * @return the warnings, each made when first read; equal to the list of those warnings made at once
     */
    private List<ScorecardWarning> warningsOf(Object[] entries, ReportingPeriod period) {
        // nothing here can fail: the words of a NOT_REVISED warning, from a version, the interval and a period
        return dev.partnering.internal.LazyList.of(entries.length, i -> entries[i] instanceof ScorecardWarning w ? w
                : notRevised((KpiDefinition) entries[i], period));
    }

    /** @return the warning that the version is overdue for revision by the end of the period (decided by the caller) */
    private ScorecardWarning notRevised(KpiDefinition kpi, ReportingPeriod period) {
        return new ScorecardWarning(kpi.id(), ScorecardWarning.Kind.NOT_REVISED, "kpi '" + kpi.id() + "' v"
                + kpi.version() + " has not been revised since " + kpi.effectiveFrom() + " (review interval "
                + reviewInterval + ", period ends " + period.end() + ")");
    }

    /** @return the warnings about what a KPI version states (its data source and measurement method) */
    private static List<ScorecardWarning> stated(KpiDefinition kpi) {
        if (kpi.dataSource().isPresent() && kpi.measurementMethod().isPresent()) {
            return List.of(); // the common case: nothing to warn about
        }
        List<ScorecardWarning> w = new ArrayList<>();
        if (kpi.dataSource().isEmpty()) {
            w.add(new ScorecardWarning(kpi.id(), ScorecardWarning.Kind.NO_DATA_SOURCE, "kpi '" + kpi.id() + "' v"
                    + kpi.version() + " states no data source: both parties must know which data underlies it"));
        }
        if (kpi.measurementMethod().isEmpty()) {
            w.add(new ScorecardWarning(kpi.id(), ScorecardWarning.Kind.NO_MEASUREMENT_METHOD, "kpi '" + kpi.id() + "' v"
                    + kpi.version() + " states no measurement method: both parties must know how it is measured"));
        }
        return List.copyOf(w);
    }
}
