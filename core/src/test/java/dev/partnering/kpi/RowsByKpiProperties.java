package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import dev.partnering.ThoroughTries;
import dev.partnering.kpi.internal.MeasurementColumns;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The index the scorecard calculator reads a table by ({@code MeasurementColumns.rowsByKpi}): per KPI code, its
 * rows by period code (by the period's start, then end), then by row, whatever the rows' order: a series period
 * by period, KPI by KPI (each KPI's rows in period order without the whole table being so, where no sort by period
 * is needed), or shuffled; months and quarters, one to three KPIs, some KPI-periods twice.
 */
@AddLifecycleHook(ThoroughTries.class)
class RowsByKpiProperties {

    private static final MeasurementColumns<MeasurementTable, KpiDefinition, Aggregation> COLUMNS =
            MeasurementColumns.get();
    private static final List<String> PERIODS = List.of("2026-01", "2026-02", "2026-03", "2026-Q1", "2026-04",
            "2026-Q2", "2026-05", "2026-06");
    private static final Instant AT = Instant.parse("2026-07-01T00:00:00Z");

    /** A row: its KPI (0 to 2) and period (an index into PERIODS). */
    record Row(int kpi, int period) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<List<Row>> drawn = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, PERIODS.size() - 1)).as(Row::new).list().ofMinSize(1).ofMaxSize(30);
        // as drawn, KPI by KPI (each in period order), period by period, or shuffled
        return net.jqwik.api.Combinators.combine(drawn, Arbitraries.integers().between(0, 3), Arbitraries.longs())
                .as((rows, order, seed) -> {
                    List<Row> r = new ArrayList<>(rows);
                    Comparator<Row> byPeriod = Comparator.comparing(x -> ReportingPeriod.parse(PERIODS.get(x.period())),
                            Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::end));
                    if (order == 1) {
                        r.sort(Comparator.comparingInt(Row::kpi).thenComparing(byPeriod));
                    } else if (order == 2) {
                        r.sort(byPeriod);
                    } else if (order == 3) {
                        Collections.shuffle(r, new Random(seed));
                    }
                    return r;
                });
    }

    @Property(tries = 300)
    void everyKpisRowsByPeriodThenRow(@ForAll("rows") List<Row> rows) {
        MeasurementTable.Builder b = MeasurementTable.builder();
        for (Row r : rows) {
            b.add("kpi-" + r.kpi(), ReportingPeriod.parse(PERIODS.get(r.period())), AT, BigDecimal.ONE);
        }
        MeasurementTable table = b.build();
        int[][] byKpi = COLUMNS.rowsByKpi(table);
        assertEquals(COLUMNS.kpiCount(table), byKpi.length);
        for (int k = 0; k < byKpi.length; k++) {
            List<Integer> expected = new ArrayList<>();
            for (int row = 0; row < table.size(); row++) {
                if (COLUMNS.kpiCode(table, row) == k) {
                    expected.add(row);
                }
            }
            expected.sort(Comparator.comparingInt((Integer row) -> COLUMNS.periodCode(table, row))
                    .thenComparingInt(row -> row));
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), byKpi[k], "kpi code " + k);
        }
    }
}
