package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
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
 * The bonus/malus curve's amount in {@code long}s is never a wrong value: where it gives one, it is
 * {@link BonusMalusCurve#amountAt}'s (the same value at the same scale), for curves of one to four points
 * (steps among them) at scales 0 to 18, scores below, on and beyond the points, fees from small to beyond a
 * {@code long} (the edges {@code Long.MAX_VALUE / 10^k} among them), in currencies of 0, 2, 3 and 4 minor
 * digits, in either unit.
 */
@AddLifecycleHook(ThoroughTries.class)
class BonusMalusCurveFastPathProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        return MinorUnitArbitraries.currencies();
    }

    @Provide
    Arbitrary<BigDecimal> fees() {
        return MinorUnitArbitraries.fees(false);
    }

    /** A decimal at scales 0 to 18 (mostly contract-like), of either sign, up to {@code max} in magnitude. */
    private static Arbitrary<BigDecimal> decimals(long max) {
        Arbitrary<BigDecimal> plain = Combinators.combine(Arbitraries.longs().between(-max * 1000, max * 1000),
                Arbitraries.integers().between(0, 3)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> fine = Combinators.combine(Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
                Arbitraries.integers().between(15, 18)).as(BigDecimal::valueOf);
        return Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(1, fine))
                .filter(d -> d.abs().compareTo(BigDecimal.valueOf(max)) <= 0);
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return decimals(2);
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return decimals(100);
    }

    @Property
    void theAmountInLongsIsTheExactAmountOrFallsBack(@ForAll("currencies") Currency currency, @ForAll("fees") BigDecimal fee,
            @ForAll @Size(min = 1, max = 4) List<@From("scores") BigDecimal> scores,
            @ForAll @Size(min = 4, max = 4) List<@From("values") BigDecimal> values, @ForAll("scores") BigDecimal score,
            @ForAll @IntRange(min = 0, max = 3) int at, @ForAll BonusMalusCurve.Unit unit) {
        List<BigDecimal> sortedScores = new ArrayList<>(scores);
        sortedScores.sort(BigDecimal::compareTo);
        // at most two points share a score (a step)
        for (int i = 2; i < sortedScores.size(); i++) {
            Assume.that(sortedScores.get(i).compareTo(sortedScores.get(i - 2)) != 0);
        }
        List<BigDecimal> sortedValues = new ArrayList<>(values.subList(0, sortedScores.size()));
        sortedValues.sort(BigDecimal::compareTo);
        BonusMalusCurve.Builder b = BonusMalusCurve.builder().id("bonus").unit(unit);
        for (int i = 0; i < sortedScores.size(); i++) {
            b.point(sortedScores.get(i), sortedValues.get(i));
        }
        BonusMalusCurve curve = b.build();
        // a score on a point, beside one, or any
        BigDecimal s = at < sortedScores.size() && at % 2 == 0 ? sortedScores.get(at) : score;
        Money feeMoney = Money.of(fee, currency);
        Money exact = curve.amountAt(s, feeMoney);
        Money fast = curve.amountInLongs(s, feeMoney);
        Statistics.label("path").collect(fast == null ? "exact" : "longs");
        Statistics.label("path").coverage(c -> {
            c.check("longs").percentage(p -> p > 30);
            c.check("exact").percentage(p -> p > 5);
        });
        if (fast != null) {
            assertEquals(exact, fast);
            assertEquals(exact.toString(), fast.toString());
        }
    }

    /** Contract-sized fees on a contract-like curve always take the long path. */
    @Property
    void contractSizedCurvesTakeTheLongPath(@ForAll("currencies") Currency currency,
            @ForAll @LongRange(min = 0, max = 999_999_999_999L) long feeUnits, @ForAll @LongRange(min = 0, max = 1_500_000) long scoreUnits) {
        BonusMalusCurve curve = BonusMalusCurve.builder().id("bonus").point(new BigDecimal("0.5"), new BigDecimal("-5"))
                .point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build();
        BigDecimal score = BigDecimal.valueOf(scoreUnits, 6);
        Money fee = Money.of(BigDecimal.valueOf(feeUnits, 2), currency);
        Money fast = curve.amountInLongs(score, fee);
        assertNotNull(fast);
        assertEquals(curve.amountAt(score, fee).toString(), fast.toString());
    }
}
