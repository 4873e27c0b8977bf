package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.internal.PastList;
import dev.partnering.incentive.internal.PastPeriod;
import dev.partnering.internal.Secret;
import dev.partnering.incentive.internal.PeriodContext;
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
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The service-credit tiers' rolling cap, told in minor units held in {@code long}s ({@link RollingRoom}), gives
 * what the exact {@code Money} path gives: the same credit (value and scale), the same applied caps and steps, or
 * the same exception. The inputs mix fees, earlier credits, other components' amounts and net floors and caps of
 * every size up to near {@code Long.MAX_VALUE} minor units (so that sums overflow), figures with more decimals than
 * the minor unit, a fee in another currency, earlier periods the calculator made and earlier periods a user made
 * (read through {@code netEffectOf}), and percentages of several scales.
 */
@AddLifecycleHook(ThoroughTries.class)
class RollingRoomProperties {

    private static final ReportingPeriod JUNE = ReportingPeriod.parse("2027-06");

    /** An earlier period a user made: {@code IncentiveContext.Past}'s defaults, not the calculator's record. */
    record UserPast(IncentivePeriod inputs, Optional<Money> fee, List<ComponentOutcome> outcomes, Money gross,
            NetLimits limits) implements IncentiveContext.Past {
    }

    @Provide
    Arbitrary<Long> minorUnits() {
        return Arbitraries.frequencyOf(Tuple.of(24, Arbitraries.longs().between(0, 100_000_000L)),
                Tuple.of(1, Arbitraries.longs().between(700_000_000_000_000_000L, 999_999_999_999_999_999L)),
                Tuple.of(1, Arbitraries.longs().between(1_000_000_000_000L, 90_000_000_000_000_000L)),
                Tuple.of(4, Arbitraries.of(0L, 1L, 5L, 50L)));
    }

    private static Money sek(long minor) {
        return Money.of(BigDecimal.valueOf(minor, 2), Money.currency("SEK"));
    }

    @Provide
    Arbitrary<Money> fees() {
        return Arbitraries.frequencyOf(Tuple.of(60, minorUnits().map(RollingRoomProperties::sek)),
                Tuple.of(1, minorUnits().map(m -> Money.of(BigDecimal.valueOf(m, 3), Money.currency("SEK")))),
                Tuple.of(1, minorUnits().map(m -> Money.of(BigDecimal.valueOf(m, 0), Money.currency("SEK")))),
                Tuple.of(1, minorUnits().map(m -> Money.of(BigDecimal.valueOf(m, 2), Money.currency("EUR")))));
    }

    @Provide
    Arbitrary<IncentiveContext.Past> pasts() {
        Arbitrary<Integer> back = Arbitraries.integers().between(1, 14);
        Arbitrary<Long> credit = minorUnits();
        Arbitrary<Long> other = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0L)), Tuple.of(1, minorUnits()),
                Tuple.of(1, minorUnits().map(m -> -m)));
        Arbitrary<NetLimits> limits = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(NetLimits.none())),
                Tuple.of(1, minorUnits().map(m -> new NetLimits(Optional.of(sek(-m)), Optional.empty()))),
                Tuple.of(1, minorUnits().map(m -> new NetLimits(Optional.empty(), Optional.of(sek(m))))));
        return Combinators.combine(back, credit, other, limits, Arbitraries.of(true, true, false),
                fees().optional()).as((k, c, o, l, calculators, fee) -> {
                    ReportingPeriod p = JUNE.plus(-k);
                    List<ComponentOutcome> outcomes = new ArrayList<>();
                    Money gross = sek(0);
                    for (Map.Entry<String, Money> e : Map.of("t", sek(-c), "other", sek(o)).entrySet()) {
                        if (!e.getValue().isZero() || e.getKey().equals("t")) {
                            outcomes.add(new ComponentOutcome(e.getKey(), "x", p, e.getValue(), List.of(), List.of(),
                                    Step.of(StepKind.RESULT, "r")));
                            gross = gross.plus(e.getValue());
                        }
                    }
                    IncentivePeriod inputs = IncentivePeriod.builder().period(p).build();
                    Optional<Money> f = fee.filter(x -> x.currency().getCurrencyCode().equals("SEK"));
                    return calculators ? new PastPeriod(inputs, f, outcomes, gross, l) : new UserPast(inputs, f, outcomes, gross, l);
                });
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.of("5", "12.5", "100", "33.333", "0.0001", "1E+1", "7.25").map(BigDecimal::new);
    }

    @Property
    void theLongPathGivesWhatTheMoneyPathGives(@ForAll @Size(max = 14) List<IncentiveContext.@From("pasts") Past> pasts,
            @ForAll("fees") Money monthlyFee, @ForAll("fees") Money fee, @ForAll @Size(max = 13) List<@From("fees") Money> givenFees,
            @ForAll("minorUnits") long credit, @ForAll("percents") BigDecimal percent) {
        PeriodContext context = context(pasts, monthlyFee, fee, givenFees);
        ServiceCreditTiers tiers = tiers(percent);
        Money c = sek(credit);
        Statistics.label("long path").collect(switch (RollingRoom.within(context, c, "t", percent)) {
            case RollingRoom.WITHIN -> "within";
            case RollingRoom.EXCEEDS -> "exceeds";
            default -> "unknown";
        });
        Statistics.label("long path").coverage(cov -> {
            cov.check("within").percentage(p -> p > 10);
            cov.check("exceeds").percentage(p -> p > 10);
            cov.check("unknown").percentage(p -> p > 10);
        });
        assertEquals(run(tiers, context, c, true), run(tiers, context, c, false));
    }

    /**
     * The room the long path computes is the room of the exact path (which a credit greater than any room
     * reveals: the exact path then gives the room), to the minor unit: the sums, the HALF_EVEN rounding of the
     * cap, the net effects within floors and caps and the overflow checks are the exact ones.
     */
    @Property
    void theRoomInMinorUnitsIsTheExactRoom(@ForAll @Size(max = 14) List<IncentiveContext.@From("pasts") Past> pasts,
            @ForAll("fees") Money monthlyFee, @ForAll("fees") Money fee, @ForAll @Size(max = 13) List<@From("fees") Money> givenFees,
            @ForAll("percents") BigDecimal percent) {
        PeriodContext context = context(pasts, monthlyFee, fee, givenFees);
        long room;
        try {
            room = RollingRoom.room(context, "t", percent);
        } catch (ArithmeticException e) {
            Statistics.label("room").collect("not in longs");
            return;
        }
        Statistics.label("room").collect(room == 0 ? "zero" : "in longs");
        Statistics.label("room").coverage(cov -> {
            cov.check("in longs").percentage(p -> p > 8);
            cov.check("zero").percentage(p -> p > 2);
            cov.check("not in longs").percentage(p -> p > 10);
        });
        Money aboveAnyRoom = Money.of(new BigDecimal("1E+30"), Money.currency("SEK"));
        Money exact = tiers(percent).rollingCap(context, aboveAnyRoom, new ArrayList<>(), new ArrayList<>(), true);
        assertEquals(0, exact.amount().compareTo(BigDecimal.valueOf(room, 2)), () -> exact + " against " + room + " minor units");
    }

    /**
     * The calculator's own context (its earlier periods a {@code PastList} in ascending order, read by position)
     * gives the room its methods give read in order, or the same exception: the fees of the window found by walking
     * back from the last earlier period (months without an earlier period, or whose period has no fee, from the
     * given fees and the fee schedule), the net effects of the earlier periods from the window's start on.
     */
    @Property
    void byPositionTheRoomIsTheRoomInOrder(@ForAll @Size(max = 14) List<IncentiveContext.@From("pasts") Past> pasts,
            @ForAll("fees") Money monthlyFee, @ForAll("fees") Money fee, @ForAll @Size(max = 13) List<@From("fees") Money> givenFees,
            @ForAll("percents") BigDecimal percent) {
        PeriodContext general = context(pasts, monthlyFee, fee, givenFees);
        PastList.Growing positions = new PastList.Growing(general.earlier().size());
        general.earlier().forEach(positions::add);
        PeriodContext context = new PeriodContext(general.agreement(), general.inputs(), general.fee(), positions.snapshot(),
                general.givenFees());
        assertEquals(true, Secret.POSITIONAL_CONTEXT.get().test(context));
        assertEquals(false, Secret.POSITIONAL_CONTEXT.get().test(general));
        String byPosition = room(() -> RollingRoom.room(context, "t", percent));
        String inOrder = room(() -> RollingRoom.roomInOrder(context, "t", percent));
        assertEquals(inOrder, byPosition);
        assertEquals(inOrder, room(() -> RollingRoom.room(general, "t", percent)));
        Statistics.label("room").collect(byPosition.startsWith("java.lang.ArithmeticException") ? "not in longs"
                : byPosition.equals("0") ? "zero" : "in longs");
        Statistics.label("room").coverage(cov -> {
            cov.check("in longs").percentage(p -> p > 8);
            cov.check("zero").percentage(p -> p > 2);
            cov.check("not in longs").percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<ReportingPeriod> periodsOfAnyGranularity() {
        // months, quarters and years that start in the same months, near the year 1 and within a few years
        return Arbitraries.of("0001-01", "0001-Q1", "0001", "0001-02", "2026-01", "2026-02", "2026-03", "2026-04", "2026-Q1",
                "2026-Q2", "2026", "2027-01", "2027-Q1", "2027", "2025-12", "2025-Q4").map(ReportingPeriod::parse);
    }

    /**
     * The window's walk compares an earlier period with the period {@code k} periods back by its first month's index
     * and the granularity ({@code RollingRoom.compare}): the order {@link ReportingPeriod#compareTo} gives, zero
     * only for the equal period, for periods of any granularity.
     */
    @Property
    void theWalksCompareIsThePeriodsOrder(@ForAll("periodsOfAnyGranularity") ReportingPeriod period,
            @ForAll("periodsOfAnyGranularity") ReportingPeriod other) {
        int expected = Integer.signum(period.compareTo(other));
        assertEquals(expected, Integer.signum(RollingRoom.compare(period, RollingRoom.monthIndex(other), other.granularity())),
                () -> period + " against " + other);
        assertEquals(period.equals(other), RollingRoom.compare(period, RollingRoom.monthIndex(other), other.granularity()) == 0);
        Statistics.label("order").collect(expected < 0 ? "before" : expected == 0 ? "equal"
                : period.firstMonth().equals(other.firstMonth()) ? "same month, coarser" : "after");
        Statistics.label("order").coverage(cov -> {
            cov.check("equal").percentage(p -> p > 2);
            cov.check("same month, coarser").percentage(p -> p > 2);
        });
    }

    private static String room(java.util.function.LongSupplier room) {
        try {
            return Long.toString(room.getAsLong());
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static ServiceCreditTiers tiers(BigDecimal percent) {
        return ServiceCreditTiers.builder().id("t").kpiId("availability")
                .addBands(CreditBand.of(new BigDecimal("99"), new BigDecimal("5"))).rollingCapPercent(percent).build();
    }

    /** One earlier period per month, oldest first, as the calculator gives them; fees given for some months. */
    private static PeriodContext context(List<IncentiveContext.Past> pasts, Money monthlyFee, Money fee, List<Money> givenFees) {
        Map<ReportingPeriod, IncentiveContext.Past> byPeriod = new java.util.TreeMap<>();
        pasts.forEach(p -> byPeriod.put(p.period(), p));
        Map<ReportingPeriod, Money> given = new HashMap<>();
        for (int k = 0; k < givenFees.size() && k < 13; k++) {
            given.put(JUNE.plus(-k), givenFees.get(k));
        }
        Agreement agreement;
        try {
            agreement = IncentiveFixtures.agreement(IncentiveFixtures.noIncentives(), monthlyFee);
        } catch (dev.partnering.ValidationException e) {
            agreement = IncentiveFixtures.agreement(IncentiveFixtures.noIncentives());
        }
        return new PeriodContext(agreement, IncentivePeriod.builder().period(JUNE).build(), Optional.of(fee),
                List.copyOf(byPeriod.values()), given);
    }

    /** @return the credit with its scale, the caps and the steps, or the exception, as text */
    private static String run(ServiceCreditTiers tiers, IncentiveContext context, Money credit, boolean exact) {
        List<Step> steps = new ArrayList<>();
        List<AppliedCap> caps = new ArrayList<>();
        try {
            Money result = tiers.rollingCap(context, credit, steps, caps, exact);
            return result.amount().toString() + " " + result.currency() + " " + caps + " " + steps;
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
