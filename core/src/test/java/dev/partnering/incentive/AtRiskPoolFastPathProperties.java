package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.term.ContractTerm;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.internal.PastPeriod;
import dev.partnering.incentive.internal.PastList;
import dev.partnering.incentive.internal.PeriodContext;
import dev.partnering.internal.Secret;
import dev.partnering.internal.Limits;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The at-risk pool's path in minor units ({@code long}s) is never a wrong value: where it gives an outcome,
 * that outcome is the exact path's (the same amount, lines, caps and explanation, every amount at the same
 * scale), and {@link AtRiskPool#evaluate} always equals the exact path. Fees from small to beyond a
 * {@code long} (the edges {@code Long.MAX_VALUE / 10^k} among them) at scales −2 to 6, at-risk percentages and
 * allocations at scales −1 to 18, in currencies of 0, 2, 3 and 4 minor digits, each KPI on the scorecard with
 * any status or not at all, under either trigger.
 */
@AddLifecycleHook(ThoroughTries.class)
class AtRiskPoolFastPathProperties {

    static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    @Provide
    Arbitrary<Currency> currencies() {
        return MinorUnitArbitraries.currencies();
    }

    /** Unscaled fees: contract-sized, any long, at the edges {@code Long.MAX_VALUE / 10^k} (±1), and past a long. */
    @Provide
    Arbitrary<BigDecimal> fees() {
        return MinorUnitArbitraries.fees(true);
    }

    /** An at-risk percentage: greater than 0, at most 100, at scales −1 to 18. */
    @Provide
    Arbitrary<BigDecimal> atRiskPercents() {
        return percents(100);
    }

    /** An allocation: greater than 0, up to 10^18 (within the SDK's bounds), at scales −1 to 18. */
    @Provide
    Arbitrary<BigDecimal> allocations() {
        return Arbitraries.frequencyOf(Tuple.of(8, percents(100)), Tuple.of(1, percents(1_000_000)), Tuple.of(1, Arbitraries.of(new BigDecimal("999999999999999999"),
                new BigDecimal("0.000000000000000001"), new BigDecimal("33.333333333333333333"), new BigDecimal("2E+1"))));
    }

    private static Arbitrary<BigDecimal> percents(long max) {
        Arbitrary<BigDecimal> plain = Combinators.combine(Arbitraries.longs().between(1, max * 1_000_000),
                Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> fine = Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE),
                Arbitraries.integers().between(16, 18)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> coarse = Arbitraries.integers().between(1, (int) Math.min(max / 10, 1000)).map(i -> BigDecimal.valueOf(i, -1));
        return Arbitraries.oneOf(plain, plain, plain, plain, fine, coarse, Arbitraries.of(BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("20.00")))
                .filter(p -> p.signum() > 0 && p.compareTo(BigDecimal.valueOf(max)) <= 0 && Limits.within(p));
    }

    /**
     * A KPI's line: null when it is not on the scorecard, otherwise a status, whether it is counted and
     * its attainment when it is.
     */
    @Provide
    Arbitrary<LineSpec> lines() {
        Arbitrary<LineSpec> on = Combinators.combine(Arbitraries.of(KpiStatus.class), Arbitraries.of(true, true, false),
                Arbitraries.of("0", "0.5", "0.999999", "1", "1.2")).as((status, counted, a) -> new LineSpec(status,
                        counted && status != KpiStatus.EXCLUDED && status != KpiStatus.NOT_DETERMINED, new BigDecimal(a)));
        return on.injectNull(0.1);
    }

    record LineSpec(KpiStatus status, boolean counted, BigDecimal attainment) {
    }

    @Property
    void theLongPathIsTheExactPathOrFallsBack(@ForAll("currencies") Currency currency, @ForAll("fees") BigDecimal fee,
            @ForAll("atRiskPercents") BigDecimal atRisk,
            @ForAll @Size(min = 1, max = 5) List<@From("allocations") BigDecimal> allocations,
            @ForAll @Size(6) List<@From("lines") LineSpec> lines, @ForAll CreditTrigger trigger) {
        AtRiskPool.Builder b = AtRiskPool.builder().id("pool").atRiskPercent(atRisk).trigger(trigger);
        for (int k = 0; k < allocations.size(); k++) {
            b.allocate("kpi-" + k, allocations.get(k));
        }
        AtRiskPool pool = b.build();
        IncentiveContext context = context(currency, Money.of(fee, currency), scorecard(JAN, lines), List.of());
        assertSamePaths(pool, context);
    }

    /**
     * The long path gives the exact path's outcome or falls back (null); {@code evaluate} gives the exact path's
     * outcome, or refuses as it does (the same exception, the same message).
     */
    static void assertSamePaths(AtRiskPool pool, IncentiveContext context) {
        Object exact = outcomeOrRefusal(() -> pool.evaluateExactly(context));
        Object fast = outcomeOrRefusal(() -> pool.evaluateInLongs(context));
        Statistics.label("path").collect(fast == null ? "exact" : "longs");
        Statistics.label("path").coverage(c -> {
            c.check("longs").percentage(p -> p > 25);
            c.check("exact").percentage(p -> p > 5);
        });
        if (fast != null) {
            assertSame(exact, fast);
        }
        assertSame(exact, outcomeOrRefusal(() -> pool.evaluate(context)));
    }

    private static Object outcomeOrRefusal(java.util.function.Supplier<ComponentOutcome> evaluation) {
        try {
            return evaluation.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static void assertSame(Object exact, Object fast) {
        if (exact instanceof ComponentOutcome e && fast instanceof ComponentOutcome f) {
            assertSame(e, f);
        } else {
            assertEquals(exact, fast);
        }
    }

    /** A number of KPIs: a power of two from 1 to 128 (so that equal credits can sum to exactly 2^63) or any up to 130. */
    @Provide
    Arbitrary<Integer> manyKpis() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(0, 7).map(e -> 1 << e)),
                Tuple.of(1, Arbitraries.integers().between(1, 130)));
    }

    /**
     * Credits that sum to the edges of a long: {@code kpis} KPIs allocated 100 % each of a 100 % pool, every one
     * triggered, so that each credit is the fee in minor units and their sum is {@code kpis × fee}; the fee is
     * {@code Long.MIN_VALUE / kpis} or {@code Long.MAX_VALUE / kpis} minor units, off by −2 to 2. A sum of exactly
     * {@code Long.MIN_VALUE} (e.g. 128 credits of −2^56) passes every overflow check of the sum, and its negation
     * wraps around: the long path must fall back there, never give the adjustment's sign wrong (review 9).
     */
    @Property(tries = 300)
    void creditsSummingToTheEdgesOfALongAreTheExactCredits(@ForAll("currencies") Currency currency,
            @ForAll("manyKpis") int kpis, @ForAll @LongRange(min = -2, max = 2) long delta, @ForAll boolean negative) {
        AtRiskPool.Builder b = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("100"));
        List<LineSpec> lines = new ArrayList<>();
        for (int k = 0; k < kpis; k++) {
            b.allocate("kpi-" + k, new BigDecimal("100"));
            lines.add(new LineSpec(KpiStatus.BELOW_TARGET, true, new BigDecimal("0.5")));
        }
        AtRiskPool pool = b.build();
        long unit = (negative ? Long.MIN_VALUE : Long.MAX_VALUE) / kpis + delta;
        BigInteger sum = BigInteger.valueOf(unit).multiply(BigInteger.valueOf(kpis));
        Statistics.label("sum").collect(sum.equals(BigInteger.valueOf(Long.MIN_VALUE)) ? "Long.MIN_VALUE"
                : sum.bitLength() > 63 ? "beyond a long" : "within a long");
        Statistics.label("sum").coverage(c -> c.check("Long.MIN_VALUE").percentage(p -> p > 2));
        Money fee = Money.of(BigDecimal.valueOf(unit, currency.getDefaultFractionDigits()), currency);
        IncentiveContext context = context(currency, fee, scorecard(JAN, lines), List.of());
        Object exact = outcomeOrRefusal(() -> pool.evaluateExactly(context));
        Object fast = outcomeOrRefusal(() -> pool.evaluateInLongs(context));
        if (fast != null) {
            assertSame(exact, fast);
        }
        assertSame(exact, outcomeOrRefusal(() -> pool.evaluate(context)));
    }

    /** Contract-sized fees and percentages always take the long path when the credits stay within the pool. */
    @Property
    void contractSizedPoolsTakeTheLongPath(@ForAll("currencies") Currency currency,
            @ForAll @LongRange(min = 0, max = 999_999_999_999L) long feeUnits, @ForAll("lines") LineSpec line,
            @ForAll @LongRange(min = 1, max = 10_000) long percentUnits, @ForAll CreditTrigger trigger) {
        BigDecimal percent = BigDecimal.valueOf(percentUnits, 2);
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(percent).allocate("kpi-0", percent).trigger(trigger).build();
        IncentiveContext context = context(currency, Money.of(BigDecimal.valueOf(feeUnits, 2), currency),
                scorecard(JAN, java.util.Collections.singletonList(line)), List.of());
        ComponentOutcome fast = pool.evaluateInLongs(context);
        assertNotNull(fast);
        assertSame(pool.evaluateExactly(context), fast);
    }

    /** A KPI's line, its target met in most periods (so that credits are earned back). */
    @Provide
    Arbitrary<LineSpec> mostlyMet() {
        Arbitrary<LineSpec> met = Arbitraries.of("1", "1.2").map(a -> new LineSpec(KpiStatus.MET, true, new BigDecimal(a)));
        return Arbitraries.frequencyOf(Tuple.of(8, met), Tuple.of(1, lines()));
    }

    /** A KPI's line, its target missed in most periods (so that credits are given). */
    @Provide
    Arbitrary<LineSpec> mostlyMissed() {
        Arbitrary<LineSpec> missed = Combinators.combine(Arbitraries.of(KpiStatus.BELOW_MINIMUM, KpiStatus.BELOW_TARGET),
                Arbitraries.of("0", "0.5")).as((status, a) -> new LineSpec(status, true, new BigDecimal(a)));
        return Arbitraries.frequencyOf(Tuple.of(3, missed), Tuple.of(1, lines()));
    }

    /** The credit period's lines (mostly missed), then three periods' (mostly met). */
    @Provide
    Arbitrary<List<List<LineSpec>>> histories() {
        return Combinators.combine(mostlyMissed().list().ofSize(6), mostlyMet().list().ofSize(6).list().ofSize(3)).as((first, rest) -> {
            List<List<LineSpec>> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return all;
        });
    }

    /** How the credit period's outcome differs from the pool's own, if at all. */
    enum Variant {
        /** The pool's own outcome. */
        OWN,
        /** A credit line of a KPI the pool does not allocate to (an opening balance can carry one). */
        UNKNOWN_KPI,
        /** The first credit line twice. */
        TWICE,
        /** The credit lines at scale 0 (rounded, but not at the minor unit's scale). */
        OTHER_SCALE,
        /** The lines in reverse order. */
        REVERSED,
        /** Each credit line twice the pool's (as carried in from a period of another fee). */
        OTHER_AMOUNTS,
        /** The credit period without a fee. */
        NO_FEE
    }

    /**
     * Earn-back over positions and minor units equals the exact earn-back: a history of up to three periods
     * before the one evaluated, each computed by the pool itself with the periods before it, the credit period's
     * outcome sometimes changed (a KPI the pool does not know, a line twice, another scale, another order, no fee),
     * the gross of other components beside it and the period's floor and cap holding the net or not, sometimes one
     * earlier period left out; and the calculator's own context, which reads the window by position, gives the
     * same outcome.
     */
    @Property
    void earnBackInLongsIsTheExactEarnBack(@ForAll("currencies") Currency currency, @ForAll("fees") BigDecimal fee,
            @ForAll("atRiskPercents") BigDecimal atRisk, @ForAll @Size(min = 1, max = 5) List<@From("allocations") BigDecimal> allocations,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int earnBackPeriods, @ForAll("histories") List<List<LineSpec>> history,
            @ForAll Variant variant, @ForAll @net.jqwik.api.constraints.IntRange(min = -20, max = 20) int otherPercent,
            @ForAll @net.jqwik.api.constraints.IntRange(min = -1, max = 30) int floorPercent,
            @ForAll @net.jqwik.api.constraints.IntRange(min = -1, max = 30) int capPercent, @ForAll CreditTrigger trigger,
            @ForAll @net.jqwik.api.constraints.IntRange(min = -6, max = 2) int gap) {
        AtRiskPool.Builder b = AtRiskPool.builder().id("pool").atRiskPercent(atRisk).trigger(trigger).earnBackPeriods(earnBackPeriods);
        for (int k = 0; k < allocations.size(); k++) {
            b.allocate("kpi-" + k, allocations.get(k));
        }
        AtRiskPool pool = b.build();
        Money periodFee = Money.of(fee, currency);
        List<IncentiveContext.Past> earlier = new ArrayList<>();
        for (int p = 0; p < earnBackPeriods; p++) {
            IncentiveContext context = context(currency, periodFee, scorecard(JAN.plus(p), history.get(p)), List.copyOf(earlier));
            ComponentOutcome own;
            try {
                own = pool.evaluate(context);
            } catch (RuntimeException refused) {
                return; // an earlier period the calculator would refuse (a negative fee): no history to earn back from
            }
            ComponentOutcome outcome = p == 0 ? vary(own, variant) : own;
            Money gross = outcome.amount().plus(periodFee.percent(BigDecimal.valueOf(otherPercent)).rounded());
            Optional<Money> floor = floorPercent < 0 ? Optional.empty() : Optional.of(periodFee.percent(BigDecimal.valueOf(floorPercent))
                    .rounded().abs().negated());
            Optional<Money> cap = capPercent < 0 ? Optional.empty() : Optional.of(periodFee.percent(BigDecimal.valueOf(capPercent)).rounded().abs());
            NetLimits limits;
            try {
                limits = new NetLimits(floor, cap);
            } catch (RuntimeException beyondBounds) {
                limits = NetLimits.none();
            }
            Optional<Money> feeThen = p == 0 && variant == Variant.NO_FEE ? Optional.empty() : Optional.of(periodFee);
            earlier.add(new PastPeriod(context.inputs(), feeThen, List.of(outcome), gross, limits));
        }
        if (gap >= 0 && gap < earlier.size()) {
            earlier.remove(gap); // a period the calculation does not hold: no earn-back across it
        }
        IncentiveContext context = context(currency, periodFee, scorecard(JAN.plus(earnBackPeriods), history.get(earnBackPeriods)),
                earlier);
        // the calculator's own context reads the window by position: the same outcome, or the same refusal
        PastList.Growing positions = new PastList.Growing(earlier.size());
        earlier.forEach(positions::add);
        IncentiveContext positional = context(currency, periodFee, context.inputs().scorecard().orElseThrow(), positions.snapshot());
        assertEquals(true, Secret.POSITIONAL_CONTEXT.get().test(positional));
        assertEquals(false, Secret.POSITIONAL_CONTEXT.get().test(context));
        assertSame(outcomeOrRefusal(() -> pool.evaluateExactly(context)), outcomeOrRefusal(() -> pool.evaluateExactly(positional)));
        assertSame(outcomeOrRefusal(() -> pool.evaluate(context)), outcomeOrRefusal(() -> pool.evaluate(positional)));
        assertSamePaths(pool, positional);
        ComponentOutcome exact = null;
        try {
            exact = pool.evaluateExactly(context);
        } catch (RuntimeException refused) {
            // compared below as a refusal
        }
        Statistics.label("earn-back").collect(exact != null && !exact.lines(OutcomeLine.Kind.EARN_BACK).isEmpty());
        Statistics.label("earn-back").coverage(c -> c.check(true).percentage(p -> p > 10));
        assertSamePaths(pool, context);
    }

    private static ComponentOutcome vary(ComponentOutcome own, Variant variant) {
        List<OutcomeLine> lines = new ArrayList<>(own.lines());
        switch (variant) {
            case UNKNOWN_KPI -> lines.add(OutcomeLine.credit("kpi-x", Money.zero(own.amount().currency())));
            case TWICE -> {
                if (!lines.isEmpty()) {
                    lines.add(lines.get(0));
                }
            }
            case OTHER_SCALE -> lines.replaceAll(l -> new OutcomeLine(l.key(), l.label(),
                    Money.of(l.amount().amount().setScale(0, java.math.RoundingMode.DOWN), l.amount().currency())));
            case REVERSED -> java.util.Collections.reverse(lines);
            case OTHER_AMOUNTS -> lines.replaceAll(l -> l.kind() == OutcomeLine.Kind.CREDIT
                    ? new OutcomeLine(l.key(), l.label(), l.amount().multipliedBy(BigDecimal.valueOf(2))) : l);
            default -> {
                return own;
            }
        }
        return new ComponentOutcome(own.componentId(), own.type(), own.period(), own.amount(), lines, own.capsApplied(),
                own.explanation());
    }

    /** Equal outcomes, and every amount written alike (the same scale), the explanation included. */
    static void assertSame(ComponentOutcome exact, ComponentOutcome fast) {
        assertEquals(exact, fast);
        assertEquals(exact.amount().toString(), fast.amount().toString());
        assertEquals(exact.lines().stream().map(l -> l.key() + "|" + l.label() + "|" + l.amount()).toList(),
                fast.lines().stream().map(l -> l.key() + "|" + l.label() + "|" + l.amount()).toList());
        assertEquals(exact.capsApplied().toString(), fast.capsApplied().toString());
        assertEquals(exact.explanation().toString(), fast.explanation().toString());
    }

    static Scorecard scorecard(ReportingPeriod period, List<LineSpec> specs) {
        List<ScorecardLine> lines = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            LineSpec s = specs.get(k);
            if (s != null) {
                Optional<BigDecimal> a = s.counted() ? Optional.of(s.attainment()) : Optional.empty();
                lines.add(new ScorecardLine("kpi-" + k, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), a,
                        BigDecimal.ONE, a, s.status(), s.counted(), Step.of(StepKind.RESULT, "kpi-" + k)));
            }
        }
        return new Scorecard("agreement", period, MissingDataPolicy.ZERO, lines, Optional.empty(), Optional.of("none"),
                Optional.empty(), List.of(), Explanation.of("Scorecard " + period, List.of()));
    }

    static IncentiveContext context(Currency currency, Money fee, Scorecard scorecard, List<IncentiveContext.Past> earlier) {
        IncentivePeriod inputs = IncentivePeriod.builder().period(scorecard.period()).scorecard(scorecard).build();
        return new PeriodContext(terms(currency), inputs, Optional.of(fee), earlier);
    }

    /** Terms of which the pool reads the currency only. */
    static IncentiveTerms terms(Currency currency) {
        return new IncentiveTerms() {
            @Override
            public String id() {
                return "agreement";
            }

            @Override
            public Currency currency() {
                return currency;
            }

            @Override
            public List<String> kpiIds() {
                return List.of();
            }

            @Override
            public List<KpiDefinition> kpiVersions(String kpiId) {
                return List.of();
            }

            @Override
            public List<Party> suppliers() {
                return List.of();
            }

            @Override
            public List<Party> customers() {
                return List.of();
            }

            @Override
            public Optional<Party> leadSupplier() {
                return Optional.empty();
            }

            @Override
            public ContractTerm term() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Money> feeFor(ReportingPeriod period) {
                return Optional.empty();
            }
        };
    }
}
