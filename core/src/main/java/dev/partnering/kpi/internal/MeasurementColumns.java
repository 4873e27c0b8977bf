package dev.partnering.kpi.internal;

import java.util.List;

import dev.partnering.Violation;
import dev.partnering.internal.Secret;
import dev.partnering.kpi.Aggregation;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.period.ReportingPeriod;

/**
 * The columns of a {@link MeasurementTable} as the scorecard calculator reads them: dictionary codes
 * of a row's KPI and period, the rows of each KPI sorted by period, a row checked against its KPI and
 * the rows of a period aggregated, from the packed figures without a {@code Measurement} where the
 * fixed-point path allows. Installed by the table's static initialiser; not part of the API (the
 * package is not exported). Implementations are stateless and thread-safe.
 */
public interface MeasurementColumns {

    /** The table's capability, installed by its static initialiser. */
    Secret<MeasurementColumns> SECRET = new Secret<>("dev.partnering.kpi.MeasurementTable");

    /** @return the capability, never null */
    static MeasurementColumns get() {
        return SECRET.get();
    }

    /**
     * @param t  the table
     * @return the number of distinct KPI ids
     */
    int kpiCount(MeasurementTable t);

    /**
     * @param t  the table
     * @param kpiCode  a KPI code, 0 to {@code kpiCount - 1}
     * @return its KPI id
     */
    String kpiId(MeasurementTable t, int kpiCode);

    /**
     * @param t  the table
     * @return the number of distinct periods
     */
    int periodCount(MeasurementTable t);

    /**
     * @param t  the table
     * @param periodCode  a period code; codes are in the order of the periods' start, then end
     * @return its period
     */
    ReportingPeriod period(MeasurementTable t, int periodCode);

    /**
     * @param t  the table
     * @param row  a row
     * @return the code of its period
     */
    int periodCode(MeasurementTable t, int row);

    /**
     * @param t  the table
     * @param row  a row
     * @return the code of its KPI
     */
    int kpiCode(MeasurementTable t, int row);

    /**
     * @param t  the table
     * @return per KPI code, its rows by period code (so by the period's start), then by row
     */
    int[][] rowsByKpi(MeasurementTable t);

    /**
     * @param kpi  the KPI version the row's measurement is checked against
     * @param t  the table
     * @param row  a row
     * @return what {@code kpi.violationsOf(t.get(row))} gives, without the measurement where it fits
     */
    List<Violation> violationsOf(KpiDefinition kpi, MeasurementTable t, int row);

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
    Aggregation aggregate(KpiDefinition kpi, ReportingPeriod period, MeasurementTable t, int[] rows, int from, int to,
            int decimals);
}
