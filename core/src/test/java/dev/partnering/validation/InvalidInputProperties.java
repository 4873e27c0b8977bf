package dev.partnering.validation;

import static dev.partnering.Fixtures.sek;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.partnering.Fixtures;
import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.CreditBand;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.Penalty;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.term.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;

/**
 * A valid value of each public builder or factory family, mutated in one to three attributes at
 * once (nulls, blanks, out-of-range values, excess decimals, other
 * currencies, huge or tiny magnitudes, dates beyond the calendar): building it throws only a
 * {@link ValidationException}, and that exception names every injected violation by its path.
 * <p>
 * Two kinds of mutation: <em>structural</em> ones (a missing or null attribute, a decimal beyond
 * the SDK's bounds) and <em>rule</em> ones (everything else). Every
 * structural violation is always named. Rule violations are named together with structural ones
 * where the value judges its rules on what is present (every family here:
 * {@code judgesRulesWithStructuralProblems}); a family that is refused for a structural problem
 * alone would be held only to naming its rule violations when nothing structural is wrong. No rule
 * mutated here needs an attribute that is made structurally invalid here, so each is judged beside
 * any other attribute's structural problem (a rule that needs a broken attribute is skipped). A
 * mutation through a setter that refuses at once (null given to an optional attribute) ends the
 * building: its own path is named.
 */
@AddLifecycleHook(ThoroughTries.class)
class InvalidInputProperties {

    /** One way to make one attribute invalid, and where the violation must be named. */
    record Mutation<B>(String path, Consumer<B> apply, boolean structural, boolean immediate) {
        @Override
        public String toString() {
            return path + (structural ? " (structural)" : " (rule)") + (immediate ? " (immediate)" : "");
        }
    }

    /** An attribute: how to set it validly, and the ways to make it invalid. */
    record Attribute<B>(Consumer<B> valid, List<Mutation<B>> invalid) {
    }

    /** A builder or factory family. */
    record Family<B>(String name, Supplier<B> start, Function<B, Object> build, List<Attribute<B>> attributes,
            boolean judgesRulesWithStructuralProblems) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A family and the mutations drawn for it, one per attribute. */
    record Case(Family<Object> family, Map<Integer, Mutation<Object>> mutations) {
        @Override
        public String toString() {
            return family + " with " + mutations.values();
        }
    }

    private static <B> Mutation<B> structural(String path, Consumer<B> apply) {
        return new Mutation<>(path, apply, true, false);
    }

    private static <B> Mutation<B> rule(String path, Consumer<B> apply) {
        return new Mutation<>(path, apply, false, false);
    }

    private static <B> Mutation<B> immediate(String path, Consumer<B> apply) {
        return new Mutation<>(path, apply, true, true);
    }

    @SafeVarargs
    private static <B> Attribute<B> attribute(Consumer<B> valid, Mutation<B>... invalid) {
        return new Attribute<>(valid, List.of(invalid));
    }

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");
    private static final String HUGE = "1e999999999";
    private static final String TINY = "1e-999999999";

    @Property(tries = 300)
    void onlyValidationExceptionNamingEveryInjectedViolation(@ForAll("cases") Case c) {
        check(c);
    }

    /** Every single mutation and every pair of mutations of two attributes, of every family. */
    @Example
    @SuppressWarnings("unchecked")
    void everySingleAndPairOfMutationsIsNamed() {
        int checked = 0;
        for (Family<?> f : families()) {
            Family<Object> family = (Family<Object>) f;
            List<Attribute<Object>> attributes = family.attributes();
            for (int a = 0; a < attributes.size(); a++) {
                for (Mutation<Object> m : attributes.get(a).invalid()) {
                    check(new Case(family, Map.of(a, m)));
                    checked++;
                    for (int b = a + 1; b < attributes.size(); b++) {
                        for (Mutation<Object> n : attributes.get(b).invalid()) {
                            check(new Case(family, Map.of(a, m, b, n)));
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 300, "only " + checked + " cases");
    }

    private static void check(Case c) {
        Object builder = c.family().start().get();
        List<Mutation<Object>> applied = new ArrayList<>();
        try {
            for (int i = 0; i < c.family().attributes().size(); i++) {
                Mutation<Object> m = c.mutations().get(i);
                if (m == null) {
                    c.family().attributes().get(i).valid().accept(builder);
                } else {
                    applied.add(m);
                    m.apply().accept(builder);
                }
            }
            c.family().build().apply(builder);
            fail("built although invalid: " + c);
        } catch (ValidationException e) {
            List<String> paths = e.violations().stream().map(Violation::path).toList();
            assertFalse(e.violations().isEmpty());
            e.violations().forEach(v -> assertTrue(v.rule().length() <= 500 && (v.value() == null || v.value().length() <= 70),
                    () -> "long message " + v));
            Mutation<Object> last = applied.get(applied.size() - 1);
            if (last.immediate()) {
                assertTrue(paths.contains(last.path()), () -> c + ": " + last.path() + " not named in " + e.getMessage());
                return;
            }
            boolean anyStructural = applied.stream().anyMatch(Mutation::structural);
            for (Mutation<Object> m : applied) {
                if (m.structural() || !anyStructural || c.family().judgesRulesWithStructuralProblems()) {
                    assertTrue(paths.contains(m.path()), () -> c + ": " + m.path() + " not named in " + e.getMessage());
                }
            }
        }
        // any other exception fails by propagating
    }

    /** A family, and each of its attributes mutated with probability one half (at least one). */
    @Provide
    @SuppressWarnings("unchecked")
    Arbitrary<Case> cases() {
        List<Family<?>> families = families();
        return Combinators.combine(Arbitraries.integers().between(0, families.size() - 1),
                Arbitraries.integers().between(0, 9_999).list().ofSize(12)).as((f, choices) -> {
                    Family<Object> family = (Family<Object>) families.get(f);
                    Map<Integer, Mutation<Object>> mutations = new LinkedHashMap<>();
                    for (int a = 0; a < family.attributes().size(); a++) {
                        int choice = choices.get(a);
                        List<Mutation<Object>> invalid = family.attributes().get(a).invalid();
                        if (choice % 2 == 0) {
                            mutations.put(a, invalid.get((choice / 2) % invalid.size()));
                        }
                    }
                    return new Case(family, mutations);
                }).filter(c -> !c.mutations().isEmpty());
    }

    private static List<Family<?>> families() {
        return List.of(kpiDefinitions(), measurements(), money(), periodFees(), gainShares(), penalties(), creditBands(),
                contractTerms(), parties(), pools());
    }

    private static Family<KpiDefinition.Builder> kpiDefinitions() {
        return new Family<>("KpiDefinition", KpiDefinition::builder, KpiDefinition.Builder::build, List.of(
                attribute(b -> b.id("k"), structural("id", b -> b.id(null)), rule("id", b -> b.id("")), rule("id", b -> b.id("bad id"))),
                attribute(b -> b.name("K"), structural("name", b -> b.name(null)), rule("name", b -> b.name("  "))),
                attribute(b -> b.unit("%"), structural("unit", b -> b.unit(null)), rule("unit", b -> b.unit(""))),
                attribute(b -> b.direction(Direction.HIGHER_IS_BETTER), structural("direction", b -> b.direction(null))),
                attribute(b -> b.thresholds(new BigDecimal("99"), new BigDecimal("99.5"), new BigDecimal("99.9")),
                        structural("minimum", b -> b.thresholds(new BigDecimal(HUGE), new BigDecimal("99.5"), new BigDecimal("99.9"))),
                        structural("target", b -> b.thresholds(new BigDecimal("99"), new BigDecimal(HUGE), new BigDecimal("99.9"))),
                        structural("stretch", b -> b.thresholds(new BigDecimal("99"), new BigDecimal("99.5"), new BigDecimal(TINY))),
                        structural("minimum", b -> b.minimum(new BigDecimal(TINY)).target(BigDecimal.ONE))),
                attribute(b -> b.weight(BigDecimal.ONE), rule("weight", b -> b.weight(BigDecimal.ZERO)),
                        rule("weight", b -> b.weight(new BigDecimal("-1"))), structural("weight", b -> b.weight(new BigDecimal("1e30"))),
                        structural("weight", b -> b.weight(null))),
                attribute(b -> b.effectiveFrom(Fixtures.START), structural("effectiveFrom", b -> b.effectiveFrom(null))),
                attribute(b -> { }, rule("maxAttainment", b -> b.maxAttainment(new BigDecimal("1e6")))),
                attribute(b -> { }, rule("version", b -> b.version(0))),
                attribute(b -> { }, rule("dataSource", b -> b.dataSource(" ")), immediate("dataSource", b -> b.dataSource((String) null)))),
                true);
    }

    private static Family<Measurement.Builder> measurements() {
        return new Family<>("Measurement", Measurement::builder, Measurement.Builder::build, List.of(
                attribute(b -> b.kpiId("k"), structural("kpiId", b -> b.kpiId(null)), rule("kpiId", b -> b.kpiId(""))),
                attribute(b -> b.period(JAN), structural("period", b -> b.period(null))),
                attribute(b -> b.recordedAt(Instant.EPOCH), structural("recordedAt", b -> b.recordedAt(null))),
                attribute(b -> b.value(new BigDecimal("1")), structural("value", b -> b.value(new BigDecimal(HUGE))),
                        rule("denominator", b -> b.ratio(new BigDecimal("60"), BigDecimal.ZERO)),
                        rule("numerator", b -> b.ratio(new BigDecimal("-1"), BigDecimal.TEN))),
                attribute(b -> { }, rule("exclusionReason", b -> b.exclusionReason(" ")))),
                true);
    }

    private static Family<String[]> money() {
        return new Family<>("Money.of", () -> new String[2], a -> Money.of(a[0], a[1]), List.of(
                attribute(a -> a[0] = "100.00", structural("amount", a -> a[0] = null), structural("amount", a -> a[0] = "abc"),
                        structural("amount", a -> a[0] = HUGE), structural("amount", a -> a[0] = "-" + HUGE)),
                attribute(a -> a[1] = "SEK", structural("currency", a -> a[1] = null), rule("currency", a -> a[1] = "XYZ"),
                        rule("currency", a -> a[1] = "XXX"))),
                true);
    }

    private static Family<Object[]> periodFees() {
        return new Family<>("PeriodFee.of", () -> new Object[2], a -> PeriodFee.of((ReportingPeriod) a[0], (Money) a[1]), List.of(
                attribute(a -> a[0] = JAN, structural("period", a -> a[0] = null)),
                attribute(a -> a[1] = sek("100.00"), structural("amount", a -> a[1] = null), rule("amount", a -> a[1] = sek("100.001")),
                        rule("amount", a -> a[1] = sek("-1")), structural("amount", a -> a[1] = sek("1e18")))),
                true);
    }

    private static Family<GainShare.Builder> gainShares() {
        return new Family<>("GainShare", GainShare::builder, GainShare.Builder::build, List.of(
                attribute(b -> b.id("g"), structural("id", b -> b.id(null)), rule("id", b -> b.id(""))),
                attribute(b -> b.tier(sek("0"), new BigDecimal("50")), immediate("sharePercent", b -> b.tier(sek("0"), new BigDecimal(HUGE)))),
                attribute(b -> b.cap(sek("1000")), rule("cap", b -> b.cap(sek("400000.123456789"))),
                        rule("cap", b -> b.cap(Money.of("1000", "EUR"))), rule("cap", b -> b.cap(sek("-1"))),
                        immediate("cap", b -> b.cap((Money) null))),
                attribute(b -> { }, rule("painSharePercent", b -> b.painSharePercent(new BigDecimal("-1"))),
                        structural("painSharePercent", b -> b.painSharePercent(new BigDecimal("1e30"))))),
                true);
    }

    private static Family<Penalty.Builder> penalties() {
        return new Family<>("Penalty", Penalty::builder, Penalty.Builder::build, List.of(
                attribute(b -> b.id("late"), structural("id", b -> b.id(null)), rule("id", b -> b.id(""))),
                attribute(b -> b.rate(sek("100")), structural("rate", b -> b.rate(null)), rule("rate", b -> b.rate(sek("-1"))),
                        rule("rate", b -> b.rate(Money.of("5000.5", "JPY"))), structural("rate", b -> b.rate(sek("-1e20")))),
                attribute(b -> b.periodCapPercent(new BigDecimal("10")), structural("periodCap.percent", b -> b.periodCapPercent(new BigDecimal(HUGE))),
                        structural("periodCap.percent", b -> b.periodCapPercent(null)),
                        rule("periodCap.percent", b -> b.periodCapPercent(new BigDecimal("1000"))))),
                true);
    }

    private static Family<BigDecimal[]> creditBands() {
        return new Family<>("CreditBand.of", () -> new BigDecimal[2], a -> CreditBand.of(a[0], a[1]), List.of(
                attribute(a -> a[0] = new BigDecimal("99.5"), structural("threshold", a -> a[0] = null),
                        structural("threshold", a -> a[0] = new BigDecimal(TINY))),
                attribute(a -> a[1] = new BigDecimal("5"), structural("creditPercent", a -> a[1] = null),
                        structural("creditPercent", a -> a[1] = new BigDecimal(HUGE)), rule("creditPercent", a -> a[1] = new BigDecimal("101")),
                        rule("creditPercent", a -> a[1] = new BigDecimal("-1")))),
                // the credit's range was always judged beside a missing or unbounded threshold (it does not need it)
                true);
    }

    private static Family<ContractTerm.Builder> contractTerms() {
        return new Family<>("ContractTerm", ContractTerm::builder, ContractTerm.Builder::build, List.of(
                attribute(b -> b.startDate(Fixtures.START), structural("startDate", b -> b.startDate(null)),
                        rule("startDate", b -> b.startDate(LocalDate.MAX)), rule("startDate", b -> b.startDate(LocalDate.MIN))),
                attribute(b -> b.initialDuration(Period.ofYears(3)), structural("initialDuration", b -> b.initialDuration(null)),
                        rule("initialDuration", b -> b.initialDuration(Period.ZERO)),
                        rule("initialDuration", b -> b.initialDuration(Period.ofYears(Integer.MAX_VALUE))),
                        rule("initialDuration", b -> b.initialDuration(Period.ofDays(Integer.MIN_VALUE))))),
                true);
    }

    private static Family<Party.Builder> parties() {
        return new Family<>("Party", Party::builder, Party.Builder::build, List.of(
                attribute(b -> b.id("acme"), structural("id", b -> b.id(null)), rule("id", b -> b.id("")),
                        rule("id", b -> b.id("x".repeat(100_000)))),
                attribute(b -> b.name("Acme"), structural("name", b -> b.name(null)), rule("name", b -> b.name(" "))),
                attribute(b -> b.kind(PartyKind.SUPPLIER), structural("kind", b -> b.kind(null)))),
                true);
    }

    private static Family<AtRiskPool.Builder> pools() {
        return new Family<>("AtRiskPool", AtRiskPool::builder, AtRiskPool.Builder::build, List.of(
                attribute(b -> b.id("pool"), structural("id", b -> b.id(null)), rule("id", b -> b.id(""))),
                attribute(b -> b.atRiskPercent(BigDecimal.TEN), rule("atRiskPercent", b -> b.atRiskPercent(BigDecimal.ZERO)),
                        rule("atRiskPercent", b -> b.atRiskPercent(new BigDecimal("101"))),
                        structural("atRiskPercent", b -> b.atRiskPercent(new BigDecimal("1e-30"))),
                        structural("atRiskPercent", b -> b.atRiskPercent(null))),
                attribute(b -> b.allocate("availability", new BigDecimal("50")), structural("allocations[availability]", b -> b.allocate("availability", new BigDecimal(TINY))),
                        rule("allocations.", b -> b.allocate("", new BigDecimal("50"))),
                        rule("allocations.availability", b -> b.allocate("availability", new BigDecimal("-5")))),
                attribute(b -> { }, rule("earnBackPeriods", b -> b.earnBackPeriods(0)))),
                true);
    }
}
