package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * A measurement names every independent violation at once: a valid measurement (as
 * {@link MeasurementTableProperties#measurements()} draws them: values, ratios, 0/0, with sources,
 * exclusions and scopes) broken in any subset of its independent attributes (a missing or malformed
 * KPI id, a missing period or recorded-at instant, a missing, superfluous or out-of-bounds figure, a
 * negative numerator or denominator, a missing denominator, a blank exclusion reason, a malformed
 * scope) is refused with one {@link ValidationException} that names exactly one violation per broken
 * attribute, at its path; none broken, it is built. Rules that need a broken attribute (the form of a
 * missing KPI id, the sign of an out-of-bounds numerator) are not judged, so nothing is named twice.
 * The same holds at the row of a {@link MeasurementTable} built from the same figures.
 * <p>
 * Found by review: {@code Measurement.check()} refused a measurement for its missing or out-of-bounds
 * attributes alone, so a measurement without a period and without a value named only the period.
 */
@AddLifecycleHook(ThoroughTries.class)
class MeasurementViolationsProperties {

    /** Beyond the bounds of every decimal (see {@code Limits}): far too large, far too fine. */
    private static final BigDecimal HUGE = new BigDecimal("1e999999999");
    private static final BigDecimal TINY = new BigDecimal("1e-999999999");

    /** One way to break one attribute, and the path the one violation it causes is named at. */
    record Break(String path, String name, Consumer<Measurement.Builder> apply) {
        @Override
        public String toString() {
            return path + " " + name;
        }
    }

    /** A valid measurement and the breaks applied to it, at most one per attribute. */
    record Case(Measurement valid, List<Break> breaks) {
        @Override
        public String toString() {
            return valid + " with " + breaks;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return new MeasurementTableProperties().measurements().flatMap(valid -> {
            List<Arbitrary<Optional<Break>>> each = new ArrayList<>();
            for (List<Break> ways : breaksOf(valid)) {
                each.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<Break>empty())),
                        Tuple.of(1, Arbitraries.of(ways).map(Optional::of))));
            }
            return Combinators.combine(each).as(chosen -> new Case(valid,
                    chosen.stream().flatMap(Optional::stream).toList()));
        });
    }

    /** @return for each independent attribute of the measurement, the ways to break it */
    private static List<List<Break>> breaksOf(Measurement m) {
        List<List<Break>> attributes = new ArrayList<>();
        attributes.add(List.of(
                new Break("kpiId", "missing", b -> b.kpiId(null)),
                new Break("kpiId", "empty", b -> b.kpiId("")),
                new Break("kpiId", "malformed", b -> b.kpiId("not an id!")),
                new Break("kpiId", "too long", b -> b.kpiId("k".repeat(65)))));
        attributes.add(List.of(new Break("period", "missing", b -> b.period(null))));
        attributes.add(List.of(new Break("recordedAt", "missing", b -> b.recordedAt(null))));
        if (m.isRatio()) {
            BigDecimal n = m.numerator().orElseThrow();
            BigDecimal d = m.denominator().orElseThrow();
            attributes.add(List.of(new Break("value", "beside the ratio", b -> b.value(BigDecimal.ONE))));
            List<Break> numerator = new ArrayList<>(List.of(
                    new Break("numerator", "out of bounds", b -> b.numerator(HUGE)),
                    new Break("numerator", "too fine", b -> b.numerator(TINY))));
            if (d.signum() != 0) {
                // over 0 a negative numerator also makes the ratio n/0: two rules, tested by example
                numerator.add(new Break("numerator", "negative", b -> b.numerator(n.add(BigDecimal.ONE).negate())));
            }
            attributes.add(numerator);
            attributes.add(List.of(
                    new Break("denominator", "negative", b -> b.denominator(d.add(BigDecimal.ONE).negate())),
                    new Break("denominator", "out of bounds", b -> b.denominator(HUGE.negate())),
                    new Break("denominator", "missing", b -> b.denominator(Optional.empty()))));
        } else {
            attributes.add(List.of(
                    new Break("value", "missing", b -> b.value(Optional.empty())),
                    new Break("value", "out of bounds", b -> b.value(HUGE.negate())),
                    new Break("value", "too fine", b -> b.value(TINY))));
        }
        attributes.add(List.of(
                new Break("exclusionReason", "empty", b -> b.exclusionReason("")),
                new Break("exclusionReason", "blank", b -> b.exclusionReason(" \t"))));
        attributes.add(List.of(
                new Break("scope", "empty", b -> b.scope("")),
                new Break("scope", "malformed", b -> b.scope("north site"))));
        return attributes;
    }

    @Property
    void everyBrokenAttributeIsNamedOnce(@ForAll("cases") Case c) {
        Attributes a = new Attributes(c.valid());
        c.breaks().forEach(x -> x.apply().accept(a));
        Measurement.Builder b = a.builder();
        List<String> broken = c.breaks().stream().map(Break::path).sorted().toList();
        Statistics.label("broken attributes").collect(broken.size());
        Statistics.label("broken attributes").coverage(k -> {
            k.check(0).percentage(p -> p > 0);
            k.check(2).percentage(p -> p > 5);
        });
        if (broken.isEmpty()) {
            assertEquals(c.valid(), b.build(), "nothing broken: the same measurement");
            return;
        }
        ValidationException e = assertThrows(ValidationException.class, b::build, c::toString);
        assertNamedOnce(broken, "", e, c);
        // the table names the same at the row, where its builder takes the figures (no source, exclusion, scope)
        Measurement v = c.valid();
        boolean figuresOnly = c.breaks().stream().map(Break::path).noneMatch(path -> path.equals("exclusionReason")
                || path.equals("scope") || v.isRatio() && path.equals("value"));
        boolean atARow = v.source().isEmpty() && v.exclusionReason().isEmpty() && v.scope().isEmpty() && figuresOnly;
        Statistics.label("also at a table's row").collect(atARow);
        Statistics.label("also at a table's row").coverage(k -> k.check(true).percentage(p -> p > 5));
        if (atARow) {
            MeasurementTable.Builder table = MeasurementTable.builder();
            if (v.isRatio()) {
                table.addRatio(a.kpiId, a.period, a.recordedAt, a.numerator, a.denominator);
            } else {
                table.add(a.kpiId, a.period, a.recordedAt, a.value);
            }
            assertNamedOnce(broken, "measurements[0].", assertThrows(ValidationException.class, table::build), c);
        }
    }

    /**
     * A measurement built for a KPI ({@code forKpi}, availability in [0, 100]) names the KPI's
     * violations beside its own, still one per broken attribute: its value outside the valid range is
     * one more way to break the value, and a value broken for itself (missing, beyond the bounds) is
     * not also judged against the range. The KPI id is the KPI's: not broken here.
     */
    @Property
    void everyBrokenAttributeIsNamedOnceForAKpi(@ForAll("kpiCases") Case c) {
        Attributes a = new Attributes(c.valid());
        c.breaks().forEach(x -> x.apply().accept(a));
        List<String> broken = c.breaks().stream().map(Break::path).sorted().toList();
        Statistics.label("outside the range").collect(c.breaks().stream().anyMatch(x -> x.name().equals("outside the range")));
        Statistics.label("outside the range").coverage(k -> k.check(true).percentage(p -> p > 10));
        if (broken.isEmpty()) {
            assertEquals(a.kpiId(MeasurementFitTest.AVAILABILITY.id()).build(),
                    a.builderFor(MeasurementFitTest.AVAILABILITY).build(), "nothing broken: the same measurement");
            return;
        }
        assertNamedOnce(broken, "", assertThrows(ValidationException.class,
                () -> a.builderFor(MeasurementFitTest.AVAILABILITY).build(), c::toString), c);
    }

    /** Value measurements within availability's range [0, 100], each attribute but the KPI id broken or not. */
    @Provide
    Arbitrary<Case> kpiCases() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        return new MeasurementTableProperties().measurements().filter(m -> !m.isRatio()).map(m -> {
            BigDecimal x = m.value().orElseThrow();
            return x.signum() >= 0 && x.compareTo(hundred) <= 0 ? m : new Attributes(m).value(x.abs().remainder(hundred)).build();
        }).flatMap(valid -> {
            List<Arbitrary<Optional<Break>>> each = new ArrayList<>();
            for (List<Break> ways : breaksOf(valid)) {
                List<Break> kept = new ArrayList<>(ways.stream().filter(x -> !x.path().equals("kpiId")).toList());
                if (kept.isEmpty()) {
                    continue;
                }
                if (kept.get(0).path().equals("value")) {
                    kept.add(new Break("value", "outside the range", b -> b.value(new BigDecimal("100.5"))));
                    kept.add(new Break("value", "outside the range", b -> b.value(new BigDecimal("-0.000001"))));
                }
                each.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<Break>empty())),
                        Tuple.of(1, Arbitraries.of(kept).map(Optional::of))));
            }
            return Combinators.combine(each).as(chosen -> new Case(valid,
                    chosen.stream().flatMap(Optional::stream).toList()));
        });
    }

    private static void assertNamedOnce(List<String> broken, String prefix, ValidationException e, Case c) {
        List<String> named = e.violations().stream().map(Violation::path).sorted().toList();
        assertEquals(broken.stream().map(path -> prefix + path).toList(), named, () -> c + ": " + e.getMessage());
        for (Violation v : e.violations()) {
            assertFalse(v.rule().isBlank(), e::getMessage);
            assertFalse(v.rule().contains("'null'") || v.rule().contains(" in null"),
                    () -> "a rule that reads a missing attribute: " + v);
            assertTrue(v.rule().length() <= 500 && (v.value() == null || v.value().length() <= 70), v::toString);
        }
    }

    /**
     * The attributes of a measurement, as a {@code Measurement.Builder} that only records what is set
     * (the generated builder refuses an attribute set twice): a valid measurement's, then the breaks'.
     */
    private static final class Attributes implements Measurement.Builder {
        String kpiId;
        dev.partnering.period.ReportingPeriod period;
        java.time.Instant recordedAt;
        BigDecimal value;
        BigDecimal numerator;
        BigDecimal denominator;
        String source;
        String exclusionReason;
        String scope;

        Attributes(Measurement m) {
            kpiId = m.kpiId();
            period = m.period();
            recordedAt = m.recordedAt();
            value = m.value().orElse(null);
            numerator = m.numerator().orElse(null);
            denominator = m.denominator().orElse(null);
            source = m.source().orElse(null);
            exclusionReason = m.exclusionReason().orElse(null);
            scope = m.scope().orElse(null);
        }

        /** @return a new builder of a measurement with these attributes, each set once */
        Measurement.Builder builder() {
            return Measurement.builder().kpiId(kpiId).period(period).recordedAt(recordedAt)
                    .value(Optional.ofNullable(value)).numerator(Optional.ofNullable(numerator))
                    .denominator(Optional.ofNullable(denominator)).source(Optional.ofNullable(source))
                    .exclusionReason(Optional.ofNullable(exclusionReason)).scope(Optional.ofNullable(scope));
        }

        /** @return a new builder of a measurement of the KPI with these attributes but the KPI id, each set once */
        Measurement.Builder builderFor(KpiDefinition kpi) {
            return Measurement.builder().forKpi(kpi).period(period).recordedAt(recordedAt)
                    .value(Optional.ofNullable(value)).numerator(Optional.ofNullable(numerator))
                    .denominator(Optional.ofNullable(denominator)).source(Optional.ofNullable(source))
                    .exclusionReason(Optional.ofNullable(exclusionReason)).scope(Optional.ofNullable(scope));
        }

        @Override
        public Measurement.Builder kpiId(String kpiId) {
            this.kpiId = kpiId;
            return this;
        }

        @Override
        public Measurement.Builder period(dev.partnering.period.ReportingPeriod period) {
            this.period = period;
            return this;
        }

        @Override
        public Measurement.Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        @Override
        public Measurement.Builder value(Optional<? extends BigDecimal> value) {
            this.value = value.orElse(null);
            return this;
        }

        @Override
        public Measurement.Builder numerator(BigDecimal numerator) {
            this.numerator = numerator;
            return this;
        }

        @Override
        public Measurement.Builder numerator(Optional<? extends BigDecimal> numerator) {
            this.numerator = numerator.orElse(null);
            return this;
        }

        @Override
        public Measurement.Builder denominator(BigDecimal denominator) {
            this.denominator = denominator;
            return this;
        }

        @Override
        public Measurement.Builder denominator(Optional<? extends BigDecimal> denominator) {
            this.denominator = denominator.orElse(null);
            return this;
        }

        @Override
        public Measurement.Builder source(String source) {
            this.source = source;
            return this;
        }

        @Override
        public Measurement.Builder source(Optional<String> source) {
            this.source = source.orElse(null);
            return this;
        }

        @Override
        public Measurement.Builder recordedAt(java.time.Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        @Override
        public Measurement.Builder exclusionReason(String exclusionReason) {
            this.exclusionReason = exclusionReason;
            return this;
        }

        @Override
        public Measurement.Builder exclusionReason(Optional<String> exclusionReason) {
            this.exclusionReason = exclusionReason.orElse(null);
            return this;
        }

        @Override
        public Measurement.Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        @Override
        public Measurement.Builder scope(Optional<String> scope) {
            this.scope = scope.orElse(null);
            return this;
        }

        @Override
        public Measurement build() {
            return builder().build();
        }
    }
}
