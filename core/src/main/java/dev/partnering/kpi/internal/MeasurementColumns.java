package dev.partnering.kpi.internal;

import java.util.List;

import dev.partnering.Violation;
import dev.partnering.internal.Secret;
import dev.partnering.period.ReportingPeriod;

/**
 * The columns of a {@code MeasurementTable} as the scorecard calculator reads them: dictionary codes
 * of a row's KPI and period, the rows of each KPI sorted by period, a row checked against its KPI and
 * the rows of a period aggregated, from the packed figures without a {@code Measurement} where the
 * fixed-point path allows. Installed by the table's static initialiser; not part of the API (the
 * package is not exported). Implementations are stateless and thread-safe.
 * <p>
 * Its types are parameters so that this package depends on no class of {@code dev.partnering.kpi}
 * (which depends on it): no package cycle.
 *
 * @param <T>  the table, {@code MeasurementTable}
 * @param <K>  a KPI version, {@code KpiDefinition}
 * @param <A>  an aggregation, {@code Aggregation}
 */
public interface MeasurementColumns<T, K, A> {

    /** The table's capability, installed by its static initialiser. */
    Secret<MeasurementColumns<?, ?, ?>> SECRET = new Secret<>("dev.partnering.kpi.MeasurementTable");

    /**
     * @param <T>  the table, {@code MeasurementTable}
     * @param <K>  a KPI version, {@code KpiDefinition}
     * @param <A>  an aggregation, {@code Aggregation}
     * @return the capability, never null
     */
    @SuppressWarnings("unchecked")
    static <T, K, A> MeasurementColumns<T, K, A> get() {
        return (MeasurementColumns<T, K, A>) SECRET.get();
    }

    /**
     * @param t  the table
     * @return the number of distinct KPI ids
     */
    int kpiCount(T t);

    /**
     * @param t  the table
     * @param kpiCode  a KPI code, 0 to {@code kpiCount - 1}
     * @return its KPI id
     */
    String kpiId(T t, int kpiCode);

    /**
     * @param t  the table
     * @return the number of distinct periods
     */
    int periodCount(T t);

    /**
     * @param t  the table
     * @param periodCode  a period code; codes are in the order of the periods' start, then end
     * @return its period
     */
    ReportingPeriod period(T t, int periodCode);

    /**
     * @param t  the table
     * @param row  a row
     * @return the code of its period
     */
    int periodCode(T t, int row);

    /**
     * @param t  the table
     * @param row  a row
     * @return the code of its KPI
     */
    int kpiCode(T t, int row);

    /**
     * @param t  the table
     * @return per KPI code, its rows by period code (so by the period's start), then by row
     */
    int[][] rowsByKpi(T t);

    /**
     * @param kpi  the KPI version the row's measurement is checked against
     * @param t  the table
     * @param row  a row
     * @return what {@code kpi.violationsOf(t.get(row))} gives, without the measurement where it fits
     */
    List<Violation> violationsOf(K kpi, T t, int row);

    /**
     * Whether every row of one KPI fits the version it is checked against, decided on the packed figures alone:
     * true only if {@link #violationsOf} gives no violation for each of the rows that has a version; false if a
     * row does not fit or is not decided here (a measurement without a compact form, figures that do not fit at
     * one scale), then the caller checks the rows one by one. In the same pass over the rows, the start day of
     * each row's period is written at the row's position, and the period value of each row alone under the
     * version it is checked against: what {@link #packedValue} gives for that version, the row's own period and
     * the row ({@code Long.MIN_VALUE} where it gives none, or the row has no version). The calculator reads the
     * rows' figures once to check them, to index them and to score them.
     *
     * @param t  the table
     * @param rows  rows of one KPI (as {@link #rowsByKpi} gives them)
     * @param versions  per period code: the version a row of that KPI and period is checked against, or null
     * @param startDays  the start day of each period code
     * @param starts  where the start day of each row's period is written, at the row's position
     * @param packedValues  where each row's packed period value is written, at the row's position
     * @param decimals  the period value's decimals
     * @return true if every row with a version fits it
     */
    boolean allFit(T t, int[] rows, K[] versions, long[] startDays, int[] starts, long[] packedValues, int decimals);

    /**
     * @param kpi  the KPI version in force
     * @param period  the period
     * @param t  the table
     * @param rows  rows of the KPI
     * @param from  the first of the rows to aggregate
     * @param to  after the last
     * @param decimals  the period value's decimals
     * @return what {@code Aggregator.aggregate(kpi, period, measurements, decimals)} gives for the measurements
     *         of those rows
     */
    A aggregate(K kpi, ReportingPeriod period, T t, int[] rows, int from, int to,
            int decimals);

    /**
     * The period value of the one row of a KPI that starts within a period, without making its aggregation:
     * what {@link #aggregate} gives for that row alone in its lazy form, as the aggregation's fixed-point value
     * (its unscaled value shifted left by five bits, its scale in the low five bits).
     *
     * @param kpi  the KPI version in force
     * @param period  the period
     * @param t  the table
     * @param row  the row
     * @param decimals  the period value's decimals
     * @return the packed value, or {@code Long.MIN_VALUE} where the aggregation has none (then call
     *         {@link #aggregate})
     */
    long packedValue(K kpi, ReportingPeriod period, T t, int row, int decimals);

    /**
     * @param kpi  the KPI version in force
     * @param period  the period
     * @param t  the table
     * @param row  the row
     * @param decimals  the period value's decimals
     * @param packedValue  what {@link #packedValue} gave for the same arguments, not {@code Long.MIN_VALUE}
     * @return the aggregation {@link #aggregate} gives for that row alone (made when its components are read)
     */
    A lazyAggregation(K kpi, ReportingPeriod period, T t, int row, int decimals, long packedValue);
}
