package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * A {@link MeasurementTable} loses nothing: for any measurements (values and ratios at every scale a
 * measurement may hold, in compact form or not, with sources, exclusions and scopes, of several KPIs,
 * periods and recorded-at instants) the table gives every one back, equal and in order; two tables
 * are equal exactly when their measurements are, in the same order; its builder appends the figures
 * of a measurement without making one and refuses what {@link Measurement#builder()} refuses, every
 * violation at once at its row.
 */
@AddLifecycleHook(ThoroughTries.class)
class MeasurementTableProperties {

    private static final List<ReportingPeriod> PERIODS = List.of(ReportingPeriod.parse("2026-01"),
            ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-03"), ReportingPeriod.parse("2026-Q1"),
            ReportingPeriod.parse("2025-12"), ReportingPeriod.parse("2026-Q2"));
    private static final Instant AT = Instant.parse("2026-04-02T08:00:00Z");

    /** Decimals around the edges of the packed form (as {@code CompactMeasurementProperties} draws them). */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(16).negate(), BigInteger.TEN.pow(16)),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 18)).as(BigDecimal::new)
                .filter(dev.partnering.internal.Limits::within);
    }

    /** Instants that repeat (a dictionary of a few) and ones that do not. */
    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(Arbitraries.of(AT, AT.plusSeconds(60), AT.plusSeconds(86_400)),
                Arbitraries.longs().between(0, 2_000_000_000L).map(Instant::ofEpochSecond),
                Arbitraries.longs().between(0, 2_000_000_000L).map(s -> Instant.ofEpochSecond(s, 123_456_789)));
    }

    /** Valid measurements of every kind: values, ratios (0/0 among them), some with a source, an exclusion or a scope. */
    @Provide
    Arbitrary<Measurement> measurements() {
        Arbitrary<String> kpis = Arbitraries.of("availability", "ticket-sla", "k.1", "K_2");
        Arbitrary<ReportingPeriod> periods = Arbitraries.of(PERIODS);
        Arbitrary<Optional<String>> extras = Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
                Arbitraries.just(Optional.<String>empty()), Arbitraries.just(Optional.<String>empty()),
                Arbitraries.of("source", "exclusion", "scope").map(Optional::of));
        Arbitrary<BigDecimal[]> figures = Arbitraries.oneOf(
                decimals().map(v -> new BigDecimal[] {v}),
                Combinators.combine(decimals(), decimals()).as((n, d) -> {
                    BigDecimal den = d.abs();
                    BigDecimal num = n.abs();
                    return new BigDecimal[] {num, den.signum() == 0 && num.signum() != 0 ? BigDecimal.ONE : den};
                }),
                Arbitraries.just(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
        return Combinators.combine(kpis, periods, instants(), figures, extras).as((k, p, at, f, extra) -> {
            Measurement.Builder b = Measurement.builder().kpiId(k).period(p).recordedAt(at);
            if (f.length == 1) {
                b.value(f[0]);
            } else {
                b.ratio(f[0], f[1]);
            }
            extra.ifPresent(e -> {
                switch (e) {
                    case "source" -> b.source("ERP export");
                    case "exclusion" -> b.exclusionReason("force majeure");
                    default -> b.scope("site-1");
                }
            });
            return b.build();
        });
    }

    @Provide
    Arbitrary<List<Measurement>> lists() {
        return measurements().list().ofMaxSize(40);
    }

    @Property
    void everyMeasurementComesBackEqualInOrder(@ForAll("lists") List<Measurement> measurements) {
        MeasurementTable table = MeasurementTable.of(measurements);
        assertEquals(measurements.size(), table.size());
        assertEquals(measurements.isEmpty(), table.isEmpty());
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            assertEquals(m, table.get(i), "row " + i);
            assertEquals(m.getClass(), table.get(i).getClass(), "row " + i + " in the same form");
            assertEquals(m.kpiId(), table.kpiId(i));
            assertEquals(m.period(), table.period(i));
            // the accessors give the same decimals, scale included
            assertEquals(m.value(), table.get(i).value());
            assertEquals(m.numerator(), table.get(i).numerator());
            assertEquals(m.denominator(), table.get(i).denominator());
        }
        assertEquals(measurements, table.asList());
        assertEquals(measurements.hashCode(), table.hashCode());
        assertEquals(measurements.stream().map(Measurement::kpiId).distinct().toList(), table.kpiIds());
        assertTrue(table.periods().stream().allMatch(p -> measurements.stream().anyMatch(m -> m.period().equals(p))));
        assertEquals(measurements.stream().map(Measurement::period).distinct().count(), table.periods().size());
        assertThrows(IndexOutOfBoundsException.class, () -> table.get(measurements.size()));
        assertThrows(UnsupportedOperationException.class, () -> table.asList().add(measurements.isEmpty() ? null
                : measurements.get(0)));
        Statistics.label("compact rows").collect(measurements.stream().anyMatch(m -> m instanceof CompactMeasurement));
        Statistics.label("general rows").collect(measurements.stream().anyMatch(m -> !(m instanceof CompactMeasurement)));
        Statistics.label("general rows").coverage(c -> c.check(true).percentage(p -> p > 50));
        // both widths of the figures' columns are drawn: four bytes where every figure's unscaled value is within ±2^26
        boolean narrow = measurements.stream().filter(m -> m instanceof CompactMeasurement)
                .flatMap(m -> java.util.stream.Stream.of(m.value(), m.numerator(), m.denominator()))
                .flatMap(Optional::stream).allMatch(d -> d.unscaledValue().bitLength() < 26);
        Statistics.label("narrow figures").collect(narrow && !measurements.isEmpty());
        Statistics.label("narrow figures").coverage(c -> {
            c.check(true).percentage(p -> p > 5);
            c.check(false).percentage(p -> p > 5);
        });
    }

    @Property
    void tablesAreEqualExactlyWhenTheirMeasurementsAre(@ForAll("lists") List<Measurement> a,
            @ForAll("lists") List<Measurement> b, @ForAll long seed) {
        MeasurementTable ta = MeasurementTable.of(a);
        assertEquals(ta, MeasurementTable.of(new ArrayList<>(a)));
        assertEquals(ta.hashCode(), MeasurementTable.of(new ArrayList<>(a)).hashCode());
        assertEquals(a.equals(b), ta.equals(MeasurementTable.of(b)));
        List<Measurement> shuffled = new ArrayList<>(a);
        Collections.shuffle(shuffled, new Random(seed));
        // the order is part of the table
        assertEquals(a.equals(shuffled), ta.equals(MeasurementTable.of(shuffled)));
        // a table is not a list
        assertFalse(ta.equals(a));
    }

    @Property
    void aChangedMeasurementMakesAnotherTable(@ForAll("lists") List<Measurement> a, @ForAll("measurements") Measurement m,
            @ForAll @IntRange(max = 39) int at) {
        if (a.isEmpty()) {
            return;
        }
        List<Measurement> changed = new ArrayList<>(a);
        changed.set(at % a.size(), m);
        assertEquals(a.equals(changed), MeasurementTable.of(a).equals(MeasurementTable.of(changed)));
        if (!a.get(at % a.size()).equals(m)) {
            assertNotEquals(MeasurementTable.of(a), MeasurementTable.of(changed));
        }
    }

    /** The builder's figures make the table that the measurements built from the same figures make. */
    @Property
    void figuresMakeTheTableMeasurementsMake(@ForAll("lists") List<Measurement> measurements) {
        MeasurementTable.Builder b = MeasurementTable.builder();
        for (Measurement m : measurements) {
            if (m.source().isPresent() || m.isExcluded() || m.scope().isPresent()) {
                b.add(m);
            } else if (m.isRatio()) {
                b.addRatio(m.kpiId(), m.period(), m.recordedAt(), m.numerator().get(), m.denominator().get());
            } else {
                b.add(m.kpiId(), m.period(), m.recordedAt(), m.value().get());
            }
        }
        MeasurementTable table = b.build();
        assertEquals(MeasurementTable.of(measurements), table);
        assertEquals(measurements, table.asList());
    }

    /**
     * A builder may build again and go on adding after it built: every table it builds is the table of
     * the measurements added so far. Found by review: {@code build()} sorted the builder's own period
     * codes in place, so a second build put values into each other's months.
     */
    @Property
    void aBuilderBuildsAgainAndGoesOnAfterBuilding(@ForAll("lists") List<Measurement> first,
            @ForAll("lists") List<Measurement> then) {
        MeasurementTable.Builder b = MeasurementTable.builder().addAll(first);
        MeasurementTable once = b.build();
        assertEquals(MeasurementTable.of(first), once);
        assertEquals(once, b.build());
        assertEquals(first, b.build().asList());
        then.forEach(b::add);
        List<Measurement> all = new ArrayList<>(first);
        all.addAll(then);
        assertEquals(all, b.build().asList());
        assertEquals(first, once.asList()); // a table built before is not changed by what is added after
    }

    @Test
    void aBuilderBuildsTheSameTableTwice() {
        // rows in months out of order: 2026-02 = 1, 2026-01 = 2; building sorts the periods, never the rows
        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        MeasurementTable.Builder b = MeasurementTable.builder()
                .add("a", ReportingPeriod.parse("2026-02"), at, BigDecimal.ONE)
                .add("a", ReportingPeriod.parse("2026-01"), at, new BigDecimal("2"));
        MeasurementTable first = b.build();
        MeasurementTable second = b.build();
        assertEquals(ReportingPeriod.parse("2026-02"), second.get(0).period());
        assertEquals(BigDecimal.ONE, second.get(0).value().orElseThrow());
        assertEquals(first, second);
    }

    /**
     * Figures a measurement refuses are refused by the table, all at once: each violation is the
     * measurement's own, at its row ({@code measurements[i].…}), and a null measurement is named too.
     */
    @Property
    void invalidRowsAreRefusedTogetherAtTheirRows(@ForAll("lists") List<Measurement> valid,
            @ForAll @IntRange(min = 1, max = 5) int bad, @ForAll("decimals") BigDecimal figure, @ForAll long seed) {
        Random random = new Random(seed);
        MeasurementTable.Builder b = MeasurementTable.builder();
        List<Violation> expected = new ArrayList<>();
        int row = 0;
        List<Measurement> rest = new ArrayList<>(valid);
        for (int i = 0; i < bad; i++) {
            int kind = random.nextInt(6);
            String kpi = kind == 0 ? "not an id!" : kind == 1 ? null : "k";
            ReportingPeriod period = kind == 2 ? null : PERIODS.get(0);
            Instant at = kind == 3 ? null : AT;
            BigDecimal negative = figure.abs().add(BigDecimal.ONE).negate();
            List<Violation> found;
            if (kind == 4) {
                // a negative numerator and a ratio n/0
                b.addRatio(kpi, period, at, negative, BigDecimal.ZERO);
                found = violationsOf(() -> Measurement.builder().kpiId(kpi).period(period).recordedAt(at)
                        .ratio(negative, BigDecimal.ZERO).build());
            } else if (kind == 5) {
                b.add((Measurement) null);
                found = List.of(Violation.of("", null, "a measurement is required"));
            } else {
                b.add(kpi, period, at, kind == 0 ? null : figure);
                found = violationsOf(() -> Measurement.builder().kpiId(kpi).period(period).recordedAt(at)
                        .value(Optional.ofNullable(kind == 0 ? null : figure)).build());
            }
            assertFalse(found.isEmpty());
            String path = "measurements[" + row + "]";
            found.forEach(v -> expected.add(v.prefixed(path)));
            row++;
            // a valid measurement between the invalid ones
            if (!rest.isEmpty()) {
                b.add(rest.remove(0));
                row++;
            }
        }
        ValidationException e = assertThrows(ValidationException.class, b::build);
        assertEquals(expected.size(), e.violations().size(), e.getMessage());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).path(), e.violations().get(i).path());
            assertEquals(expected.get(i).rule(), e.violations().get(i).rule());
        }
    }

    private static List<Violation> violationsOf(java.util.function.Supplier<Measurement> build) {
        try {
            build.get();
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }
}
