package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.incentive.internal.PeriodContext;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Limits;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The gain share's split in {@code long}s is never a wrong value: where it gives an outcome, it is the exact
 * path's (the same amount, lines and explanation, every amount at the same scale), and {@code evaluate} always
 * equals the exact path. Savings and overruns from small to beyond a {@code long} (the edges
 * {@code Long.MAX_VALUE / 10^k} among them) at scales 0 to 6, one to three tiers, shares and pain shares at
 * scales 0 to 18, caps that hold or not, in currencies of 0, 2, 3 and 4 minor digits.
 */
@AddLifecycleHook(ThoroughTries.class)
class GainShareFastPathProperties {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    @Provide
    Arbitrary<Currency> currencies() {
        return MinorUnitArbitraries.currencies();
    }

    @Provide
    Arbitrary<BigDecimal> savings() {
        Arbitrary<Long> edges = MinorUnitArbitraries.longEdges();
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(-100_000_000_000L, 1_000_000_000_000L).map(BigInteger::valueOf)),
                Tuple.of(1, Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE).map(BigInteger::valueOf)),
                Tuple.of(2, edges.map(BigInteger::valueOf)), Tuple.of(1, edges.map(x -> BigInteger.valueOf(-x))),
                Tuple.of(1, MinorUnitArbitraries.beyondALong()));
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 6)).as(BigDecimal::new).filter(Limits::within);
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        Arbitrary<BigDecimal> plain = Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> fine = Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.integers().between(17, 18))
                .as(BigDecimal::valueOf);
        return Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(1, fine)).filter(p -> p.compareTo(BigDecimal.valueOf(100)) <= 0);
    }

    @Property
    void theSplitInLongsIsTheExactSplitOrFallsBack(@ForAll("currencies") Currency currency, @ForAll("savings") BigDecimal savings,
            @ForAll @Size(min = 1, max = 3) List<@LongRange(min = 1, max = 10_000_000_000L) Long> steps,
            @ForAll @Size(3) List<@From("percents") BigDecimal> shares, @ForAll("percents") BigDecimal painShare,
            @ForAll @IntRange(min = -1, max = 3) int capChoice, @ForAll @IntRange(min = -1, max = 3) int painCapChoice) {
        int digits = currency.getDefaultFractionDigits();
        GainShare.Builder b = GainShare.builder().id("savings").painSharePercent(painShare);
        long from = 0;
        for (int i = 0; i < steps.size(); i++) {
            b.tier(Money.of(BigDecimal.valueOf(from, digits), currency), shares.get(i));
            from += steps.get(i);
        }
        // no cap, or one of 1, 10^6, 10^9 or 10^12 minor units
        if (capChoice >= 0) {
            b.cap(Money.of(BigDecimal.valueOf(FixedPoint.pow10(3 * capChoice + 1), digits), currency));
        }
        if (painCapChoice >= 0) {
            b.painCap(Money.of(BigDecimal.valueOf(FixedPoint.pow10(3 * painCapChoice + 1), digits), currency));
        }
        GainShare share = b.build();
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN).putCosts(share.id(), CostOutcome.savings(Money.of(savings, currency)))
                .build();
        IncentiveContext context = new PeriodContext(AtRiskPoolFastPathProperties.terms(currency), inputs, Optional.empty(), List.of());
        ComponentOutcome exact = share.evaluateExactly(context);
        ComponentOutcome fast = share.evaluateInLongs(context);
        Statistics.label("path").collect(fast == null ? "exact" : "longs");
        Statistics.label("path").coverage(c -> {
            c.check("longs").percentage(p -> p > 30);
            c.check("exact").percentage(p -> p > 5);
        });
        if (fast != null) {
            AtRiskPoolFastPathProperties.assertSame(exact, fast);
        }
        AtRiskPoolFastPathProperties.assertSame(exact, share.evaluate(context));
    }

    /** Contract-sized savings and overruns with the usual tiers always take the long path when no cap holds. */
    @Property
    void contractSizedSplitsTakeTheLongPath(@ForAll("currencies") Currency currency,
            @ForAll @LongRange(min = -99_999_999L, max = 999_999_999_999L) long savingsUnits) {
        GainShare share = GainShare.builder().id("savings").tier(Money.of(BigDecimal.ZERO, currency), new BigDecimal("50"))
                .tier(Money.of(new BigDecimal("100000"), currency), new BigDecimal("30")).painSharePercent(new BigDecimal("20")).build();
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN)
                .putCosts(share.id(), CostOutcome.savings(Money.of(BigDecimal.valueOf(savingsUnits, 2), currency))).build();
        IncentiveContext context = new PeriodContext(AtRiskPoolFastPathProperties.terms(currency), inputs, Optional.empty(), List.of());
        ComponentOutcome fast = share.evaluateInLongs(context);
        assertNotNull(fast);
        AtRiskPoolFastPathProperties.assertSame(share.evaluateExactly(context), fast);
        assertEquals(fast.amount().amount().scale(), currency.getDefaultFractionDigits());
    }
}
