package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.SchemeArbitraries.MonthSpec;
import dev.partnering.incentive.SchemeArbitraries.SchemeSpec;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The invariants of DOMAIN.md, over generated whole schemes (any mix of gain share, at-risk pool,
 * service-credit tiers, bonus/malus curve and penalty, with or without a net floor and cap) and
 * generated month inputs.
 */
class IncentiveProperties {

    private static final ReportingPeriod JAN = ReportingPeriod.parse(SchemeArbitraries.MONTH);

    @Provide
    Arbitrary<SchemeSpec> schemes() {
        return SchemeArbitraries.schemes();
    }

    @Provide
    Arbitrary<MonthSpec> months() {
        return SchemeArbitraries.months();
    }

    private static PeriodStatement run(SchemeSpec scheme, MonthSpec month, BigDecimal k) {
        return run(scheme, month, k, month.measurements(), month.events());
    }

    private static PeriodStatement run(SchemeSpec scheme, MonthSpec month, BigDecimal k, List<Measurement> ms,
            List<BreachEvent> events) {
        Agreement a = IncentiveFixtures.agreement(scheme.build(k), SchemeArbitraries.sek(month.fee().multiply(k)));
        return IncentiveCalculator.standard().calculate(a, a.incentiveScheme().orElseThrow(), List.of(JAN), ms, events,
                Map.of(JAN, Map.of("gain", month.cost(k)))).periods().get(0);
    }

    private static PeriodStatement run(SchemeSpec scheme, MonthSpec month) {
        return run(scheme, month, BigDecimal.ONE);
    }

    private static Money credits(PeriodStatement p) {
        Money total = Money.zero(p.net().currency());
        for (String id : List.of("pool", "tiers")) {
            total = total.plus(p.outcome(id).map(ComponentOutcome::amount).orElse(total.multipliedBy(BigDecimal.ZERO)));
        }
        return total.negated();
    }

    private static void assertMonotone(SchemeSpec scheme, MonthSpec worse, MonthSpec better) {
        PeriodStatement w = run(scheme, worse);
        PeriodStatement b = run(scheme, better);
        assertTrue(b.net().compareTo(w.net()) >= 0, "net " + w.net() + " for " + worse + " became " + b.net() + " for " + better);
        assertTrue(credits(b).compareTo(credits(w)) <= 0, "credits rose from " + credits(w) + " to " + credits(b));
        assertEquals(w.outcome("late").map(ComponentOutcome::amount), b.outcome("late").map(ComponentOutcome::amount),
                "penalties do not depend on measurements");
    }

    @Property
    void improvingAvailabilityNeverLowersThePayout(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month,
            @ForAll @IntRange(min = 1, max = 300) int hundredths) {
        BigDecimal better = month.availability().add(BigDecimal.valueOf(hundredths, 2)).min(new BigDecimal("100"));
        assertMonotone(scheme, month, month.withAvailability(better));
    }

    @Property
    void improvingResponseTimeNeverLowersThePayout(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month,
            @ForAll @IntRange(min = 1, max = 120) int tenths) {
        BigDecimal better = month.response().subtract(BigDecimal.valueOf(tenths, 1)).max(BigDecimal.ZERO);
        assertMonotone(scheme, month, month.withResponse(better));
    }

    @Property
    void answeringMoreTicketsWithinSlaNeverLowersThePayout(@ForAll("schemes") SchemeSpec scheme,
            @ForAll("months") MonthSpec month, @ForAll @IntRange(min = 1, max = 400) int more) {
        assertMonotone(scheme, month, month.withSlaWithin(Math.min(month.slaAll(), month.slaWithin() + more)));
    }

    @Property
    void lowerActualCostNeverLowersThePayout(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month,
            @ForAll @IntRange(min = 1, max = 1_000_000) int saved) {
        BigDecimal cheaper = month.actual().subtract(BigDecimal.valueOf(saved)).max(BigDecimal.ZERO);
        assertTrue(run(scheme, month.withActual(cheaper)).net().compareTo(run(scheme, month).net()) >= 0);
    }

    @Property
    void creditsNeverExceedPool(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month) {
        PeriodStatement p = run(scheme, month);
        p.outcome("pool").ifPresent(o -> {
            Money pool = p.fee().orElseThrow().percent(scheme.pool().get()[0]).rounded();
            assertTrue(o.amount().negated().compareTo(pool) <= 0, "credits " + o.amount() + " exceed the pool " + pool);
            assertTrue(!o.amount().isPositive(), "a single period never earns back");
        });
    }

    @Property
    void penaltiesAndTierCreditsNeverExceedTheirCaps(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month) {
        PeriodStatement p = run(scheme, month);
        p.outcome("late").ifPresent(o -> assertTrue(o.amount().negated().compareTo(SchemeArbitraries.sek(
                scheme.penalty().get()[1]).rounded()) <= 0, "penalty " + o.amount()));
        p.outcome("tiers").ifPresent(o -> assertTrue(o.amount().negated().compareTo(
                p.fee().orElseThrow().percent(scheme.tiers().get()[2]).rounded()) <= 0, "tier credit " + o.amount()));
    }

    @Property
    void netAdjustmentWithinFloorAndCap(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month) {
        PeriodStatement p = run(scheme, month);
        Money fee = p.fee().orElseThrow();
        scheme.floorPercent().ifPresent(f -> assertTrue(p.net().compareTo(fee.percent(f).rounded().negated()) >= 0,
                "net " + p.net() + " below the floor"));
        scheme.capPercent().ifPresent(c -> assertTrue(p.net().compareTo(fee.percent(c).rounded()) <= 0,
                "net " + p.net() + " above the cap"));
    }

    @Property
    void partsAddUpExactlyInMinorUnits(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month) {
        PeriodStatement p = run(scheme, month);
        Money zero = Money.zero(p.net().currency());
        assertEquals(zero, p.netByParty().values().stream().reduce(zero, Money::plus), "parties' nets add up to zero");
        assertEquals(p.gross(), p.outcomes().stream().map(ComponentOutcome::amount).reduce(zero, Money::plus));
        for (ComponentOutcome o : p.outcomes()) {
            assertTrue(o.amount().isRounded() && o.lines().stream().allMatch(l -> l.amount().isRounded()));
        }
        p.outcome("gain").ifPresent(o -> assertEquals(month.cost(BigDecimal.ONE).savings().rounded(),
                o.line("supplier-part").get().amount().plus(o.line("customer-part").get().amount())));
        p.outcome("pool").ifPresent(o -> {
            Money lines = o.lines().stream().map(OutcomeLine::amount).reduce(zero, Money::plus);
            assertEquals(o.amount(), lines, "the per-kpi credits add up to the pool outcome");
        });
    }

    @Property
    void shufflingMeasurementsAndEventsChangesNothing(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month,
            @ForAll long seed) {
        List<Measurement> ms = new ArrayList<>(month.measurements());
        List<BreachEvent> events = new ArrayList<>(month.events());
        Collections.shuffle(ms, new Random(seed));
        Collections.shuffle(events, new Random(seed + 1));
        PeriodStatement a = run(scheme, month);
        PeriodStatement b = run(scheme, month, BigDecimal.ONE, ms, events);
        assertEquals(a.net(), b.net());
        assertEquals(a.outcomes(), b.outcomes());
        assertEquals(a.explanation(), b.explanation());
    }

    @Property
    void scalingEveryAmountScalesEveryPayout(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month,
            @ForAll @IntRange(min = 2, max = 50) int factor) {
        BigDecimal k = BigDecimal.valueOf(factor);
        PeriodStatement one = run(scheme, month);
        PeriodStatement scaled = run(scheme, month, k);
        // each part is rounded once: at scale k it may differ from k × (the part at scale 1) by up to k minor units,
        // i.e. one minor unit per part at the original scale
        for (ComponentOutcome o : one.outcomes()) {
            Money expected = o.amount().multipliedBy(k);
            Money actual = scaled.outcome(o.componentId()).orElseThrow().amount();
            assertTrue(minorUnits(actual.minus(expected)).abs().compareTo(BigInteger.valueOf(factor)) <= 0,
                    o.componentId() + ": " + actual + " vs " + factor + " × " + o.amount());
        }
        Money expectedNet = one.net().multipliedBy(k);
        BigInteger tolerance = BigInteger.valueOf((long) factor * Math.max(1, scheme.componentCount()));
        assertTrue(minorUnits(scaled.net().minus(expectedNet)).abs().compareTo(tolerance) <= 0,
                "net " + scaled.net() + " vs " + factor + " × " + one.net());
    }

    private static BigInteger minorUnits(Money m) {
        return m.amount().movePointRight(m.currency().getDefaultFractionDigits()).toBigIntegerExact();
    }

    @Property
    void performanceExactlyAtTargetGivesNoBonusOrMalus(@ForAll("schemes") SchemeSpec scheme, @ForAll("months") MonthSpec month) {
        // the generated curves are neutral between 0.8 and 1.0, and every kpi at target scores exactly 1
        MonthSpec atTarget = month.withAvailability(new BigDecimal("99.5")).withResponse(new BigDecimal("4"))
                .withSlaWithin(0);
        List<Measurement> ms = IncentiveFixtures.atTarget(SchemeArbitraries.MONTH);
        PeriodStatement p = run(scheme, atTarget, BigDecimal.ONE, ms, List.of());
        p.outcome("curve").ifPresent(o -> assertTrue(o.amount().isZero(), "bonus/malus at target: " + o.amount()));
        p.outcome("pool").ifPresent(o -> assertTrue(o.amount().isZero(), "credits at target: " + o.amount()));
    }
}
