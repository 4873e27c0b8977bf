package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.kpi.internal.MeasurementColumns;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The scorecard calculator's pre-check of a {@link MeasurementTable} ({@code MeasurementColumns.allFit}: every
 * row of a KPI decided on its packed figures against its KPI version, no violation list made, in the pass that
 * writes each row's period start and its period value) never accepts a row
 * that the full check ({@link KpiDefinition#violationsOf}) rejects: for value, ratio and binary KPIs with
 * valid ranges whose bounds lie at several scales, and rows at and one unit (at 0 to 18 decimals) around
 * those bounds, of the KPI's kind or not. Where it does not accept, the calculator checks every row in
 * full, so the messages are the full check's. The period value it writes for each row, at 0 to 19 decimals, is
 * what {@code packedValue} gives for the row alone in its period.
 */
@AddLifecycleHook(ThoroughTries.class)
class TablePreCheckProperties {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
    private static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    private static final MeasurementColumns<MeasurementTable, KpiDefinition, Aggregation> COLUMNS =
            MeasurementColumns.get();

    /** A KPI version: a value (mean), ratio or binary KPI, with a valid range whose bounds have 0 to 4 decimals. */
    @Provide
    Arbitrary<KpiDefinition> kpis() {
        Arbitrary<BigDecimal> lower = Combinators.combine(Arbitraries.longs().between(0, 2_000),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> width = Combinators.combine(Arbitraries.longs().between(1, 5_000),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 2);
        return Combinators.combine(kinds, lower, width, Arbitraries.of(true, false)).as((kind, l, w, bounded) -> {
            BigDecimal upper = l.add(w);
            ValueRange range = bounded ? ValueRange.of(l, upper) : ValueRange.atLeast(l);
            KpiDefinition.Builder b = KpiDefinition.builder().id("kpi").name("KPI").unit("u")
                    .effectiveFrom(LocalDate.of(2026, 1, 1));
            if (kind == 2) {
                return b.direction(Direction.BINARY).aggregation(AggregationRule.last())
                        .validRange(bounded ? ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE) : ValueRange.atLeast(BigDecimal.ZERO))
                        .build();
            }
            return b.direction(Direction.HIGHER_IS_BETTER).thresholds(l, upper)
                    .aggregation(kind == 1 ? AggregationRule.ratio() : AggregationRule.mean()).validRange(range).build();
        });
    }

    /** A figure at a bound (or 0, 1, a value within) plus -2 to 2 units of its last place at 0 to 18 decimals. */
    private static Arbitrary<BigDecimal> near(KpiDefinition kpi) {
        ValueRange r = kpi.validRange().orElseThrow();
        List<BigDecimal> anchors = new java.util.ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ONE));
        r.lower().ifPresent(anchors::add);
        r.upper().ifPresent(anchors::add);
        return Combinators.combine(Arbitraries.of(anchors), Arbitraries.longs().between(-2, 2),
                Arbitraries.integers().between(0, 18)).as((a, units, scale) -> a.add(BigDecimal.valueOf(units, scale)));
    }

    /** Rows of the KPI, one to three: values or ratios near its bounds, of its kind or not. */
    @Provide
    Arbitrary<Case> cases() {
        return kpis().flatMap(kpi -> {
            Arbitrary<BigDecimal[]> value = near(kpi).map(v -> new BigDecimal[] {v});
            // a ratio n/d with n about bound × d: d at 0 to 3 decimals, the numerator a unit around the product
            Arbitrary<BigDecimal[]> ratio = Combinators.combine(near(kpi), Arbitraries.longs().between(1, 1_000),
                    Arbitraries.integers().between(0, 3), Arbitraries.longs().between(-1, 1),
                    Arbitraries.integers().between(0, 18)).as((q, du, ds, units, scale) -> {
                        BigDecimal d = BigDecimal.valueOf(du, ds);
                        return new BigDecimal[] {q.multiply(d).add(BigDecimal.valueOf(units, scale)), d};
                    }).withoutEdgeCases(); // its figures are drawn near the bounds already; the edge cases of five
                    // components, combined over up to three rows, did not finish generating at -Pthorough's tries
            Arbitrary<BigDecimal[]> zeroOverZero = Arbitraries.just(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            // mostly of the KPI's kind (a row of the other kind never fits)
            boolean ratioKpi = kpi.aggregation() instanceof AggregationRule.Ratio;
            Arbitrary<BigDecimal[]> row = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(ratioKpi ? 1 : 8, value),
                    net.jqwik.api.Tuple.of(ratioKpi ? 8 : 1, ratio), net.jqwik.api.Tuple.of(1, zeroOverZero));
            return row.list().ofMinSize(1).ofMaxSize(3).map(rows -> new Case(kpi, rows));
        }).filter(Case::valid);
    }

    /** A KPI and the figures of its rows (a value, or a numerator and a denominator). */
    record Case(KpiDefinition kpi, List<BigDecimal[]> rows) {

        /** @return true if every row is a valid measurement in itself (the table refuses the others when built) */
        boolean valid() {
            return rows.stream().allMatch(f -> dev.partnering.internal.Limits.within(f[0])
                    && (f.length == 1 || f[0].signum() >= 0 && dev.partnering.internal.Limits.within(f[1])
                            && (f[1].signum() != 0 || f[0].signum() == 0)));
        }

        MeasurementTable table() {
            MeasurementTable.Builder b = MeasurementTable.builder();
            for (BigDecimal[] f : rows) {
                if (f.length == 1) {
                    b.add(kpi.id(), MARCH, AT, f[0]);
                } else {
                    b.addRatio(kpi.id(), MARCH, AT, f[0], f[1]);
                }
            }
            return b.build();
        }

        @Override
        public String toString() {
            return kpi.aggregation() + " " + kpi.validRange().orElseThrow() + (kpi.isBinary() ? " binary " : " ")
                    + rows.stream().map(java.util.Arrays::toString).toList();
        }
    }

    /**
     * @param kpi  the version every row (all of March) is checked against, null for none
     * @return what the pre-check says of all the table's rows; checks that it wrote each row's period start
     */
    private static boolean allFit(MeasurementTable table, KpiDefinition kpi) {
        int[] rows = new int[table.size()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        Boolean fit = null;
        // at several period-value decimals: the check is the same, and each row's value is what packedValue gives
        for (int decimals : new int[] {0, 2, 6, 18, 19}) {
            int[] starts = new int[rows.length];
            long[] values = new long[rows.length];
            boolean f = COLUMNS.allFit(table, rows, new KpiDefinition[] {kpi}, new long[] {MARCH.start().toEpochDay()},
                    starts, values, decimals);
            assertTrue(fit == null || fit == f);
            fit = f;
            for (int i = 0; i < rows.length; i++) {
                assertEquals(MARCH.start().toEpochDay(), starts[i]); // every row's, whether it fits or not
                assertEquals(kpi == null ? Long.MIN_VALUE : COLUMNS.packedValue(kpi, MARCH, table, rows[i], decimals),
                        values[i], "row " + i + " at " + decimals + " decimals");
            }
        }
        return fit;
    }

    @Property
    void thePreCheckNeverAcceptsARowTheFullCheckRejects(@ForAll("cases") Case c) {
        MeasurementTable table = c.table();
        boolean accepted = allFit(table, c.kpi());
        boolean fullCheckPasses = true;
        for (int row = 0; row < table.size(); row++) {
            fullCheckPasses &= c.kpi().violationsOf(table.get(row)).isEmpty();
        }
        Statistics.label("pre-check / full check").collect(accepted, fullCheckPasses);
        // both outcomes drawn often: accepted rows are 10-12 % of a thousand tries and about 8 % of the ten
        // thousand of -Pthorough (the edge cases weigh less there), so the floor is 5 % for both runs
        Statistics.label("pre-check / full check").coverage(k -> {
            k.check(true, true).percentage(p -> p > 5);
            k.check(false, false).percentage(p -> p > 5);
        });
        if (accepted) {
            assertTrue(fullCheckPasses, () -> "the pre-check accepted what the full check rejects: " + c);
        }
    }

    @Property
    void aRowWithoutAVersionIsNotChecked(@ForAll("cases") Case c) {
        // null: the rows of that KPI and period are not checked (outside the windows, or no version in force)
        assertTrue(allFit(c.table(), null));
    }

    @Example
    void aValueAUnitOfItsLastPlaceAboveTheRangeIsNotAccepted() {
        // availability in [0, 100]: 100.00000000000001 is above 100 by 10^-14 (16 digits: a packed row)
        KpiDefinition kpi = MeasurementFitTest.AVAILABILITY;
        MeasurementTable above = MeasurementTable.builder().add(kpi.id(), MARCH, AT, new BigDecimal("100.00000000000001"))
                .build();
        assertFalse(allFit(above, kpi));
        assertEquals(1, kpi.violationsOf(above.get(0)).size());
        MeasurementTable within = MeasurementTable.builder().add(kpi.id(), MARCH, AT, new BigDecimal("100")).build();
        assertTrue(allFit(within, kpi));
    }
}
