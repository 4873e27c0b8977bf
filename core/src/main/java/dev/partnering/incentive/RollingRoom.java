package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Secret;
import dev.partnering.money.Money;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;

/**
 * Whether a credit is within the room left under {@link ServiceCreditTiers}' rolling twelve-month cap, told in
 * minor units held in {@code long}s: the same sums, cap and comparison as the exact {@code Money} path, without
 * making {@code Money} on the way. Where a figure has more decimals than the minor unit, is in another currency
 * or a sum would overflow, it cannot tell, and the exact path decides. This class is stateless and thread-safe.
 */
final class RollingRoom {

    /** The credit is within the room: the cap does not apply. */
    static final int WITHIN = 0;
    /** The credit is greater than the room: the cap applies. */
    static final int EXCEEDS = 1;
    /** Not told in minor units: take the exact path. */
    static final int UNKNOWN = -1;

    private static final Predicate<Object> DEFAULT_PAST = Secret.DEFAULT_PAST.get();
    private static final Predicate<Object> POSITIONAL = Secret.POSITIONAL_CONTEXT.get();

    private RollingRoom() {
    }

    /**
     * @param context  the period's context, not null
     * @param credit  the credit so far, not null
     * @param componentId  the component's id, not null
     * @param percent  the rolling cap in percent, not null
     * @return {@link #WITHIN}, {@link #EXCEEDS} or {@link #UNKNOWN}
     */
    static int within(IncentiveContext context, Money credit, String componentId, BigDecimal percent) {
        try {
            Currency currency = context.agreement().currency();
            long room = room(context, componentId, percent);
            return MinorUnits.units(credit, currency, currency.getDefaultFractionDigits()) > room ? EXCEEDS : WITHIN;
        } catch (ArithmeticException e) {
            return UNKNOWN;
        }
    }

    /**
     * @param context  the period's context, not null
     * @param componentId  the component's id, not null
     * @param percent  the rolling cap in percent, not null
     * @return the room left under the rolling cap in minor units: the cap ({@code Σ charges × percent / 100},
     *         rounded HALF_EVEN to the minor unit) less what the supplier already bore in the window, at least zero
     * @throws ArithmeticException if a figure is not in minor units of the agreement's currency or a sum overflows
     */
    static long room(IncentiveContext context, String componentId, BigDecimal percent) {
        return POSITIONAL.test(context) ? roomByPosition(context, componentId, percent) : roomInOrder(context, componentId, percent);
    }

    /**
     * {@link #roomInOrder} for the calculator's own context, its earlier periods read by position from the last: the
     * fee of each period of the window is the earlier period's found by walking back (no search, no
     * {@code Optional} per period), or the context's {@code feeOf} where that period is not among them or has no fee;
     * the net effects are those of the earlier periods from the window's start on, found by walking back, summed in
     * the same order. The same room, or the same exception (see {@code RollingRoomProperties}).
     *
     * @throws ArithmeticException as {@link #roomInOrder} throws it
     */
    static long roomByPosition(IncentiveContext context, String componentId, BigDecimal percent) {
        Currency currency = context.agreement().currency();
        int digits = currency.getDefaultFractionDigits();
        ReportingPeriod current = context.period();
        int window = Math.max(1, 12 / current.granularity().months());
        List<IncentiveContext.Past> earlier = context.earlier();
        long charges = 0;
        int j = earlier.size() - 1;
        // the window's periods as the month index of their first month (no period made per month): current.plus(-k)
        // is the period of the current one's granularity whose first month is k periods' months earlier
        Granularity granularity = current.granularity();
        long currentIndex = monthIndex(current);
        for (int k = 0; k < window; k++) {
            Optional<Money> fee;
            if (k == 0) {
                fee = context.fee(); // the calculator's feeOf of its own period
            } else {
                long target = currentIndex - (long) k * granularity.months();
                if (target < FIRST_MONTH_INDEX) {
                    current.plus(-k); // before the year 1: refused as the period is
                }
                while (j >= 0 && compare(earlier.get(j).period(), target, granularity) > 0) {
                    j--;
                }
                Optional<Money> own = j >= 0 && compare(earlier.get(j).period(), target, granularity) == 0
                        ? earlier.get(j).fee() : Optional.empty();
                fee = own.isPresent() ? own : context.feeOf(current.plus(-k));
            }
            if (fee.isPresent()) {
                charges = Math.addExact(charges, MinorUnits.units(fee.get(), currency, digits));
            }
        }
        ReportingPeriod windowStart = current.plus(-(window - 1));
        int first = earlier.size();
        while (first > 0 && earlier.get(first - 1).period().compareTo(windowStart) >= 0) {
            first--;
        }
        long given = 0;
        for (int i = first, n = earlier.size(); i < n; i++) {
            given = Math.subtractExact(given, netEffect(earlier.get(i), componentId, currency, digits));
        }
        return Math.max(0, Math.subtractExact(percentOf(charges, percent), given));
    }

    /** The month index ({@link #monthIndex}) of January of the year 1, the first month a period may start in. */
    private static final long FIRST_MONTH_INDEX = 12;

    /** @return the months from January of the year 0 to the period's first month */
    static long monthIndex(ReportingPeriod period) {
        java.time.YearMonth first = period.firstMonth();
        return first.getYear() * 12L + first.getMonthValue() - 1;
    }

    /**
     * @return {@code period.compareTo(p)} for the period {@code p} of the granularity whose first month has the month
     *         index: by first month, then by granularity, as {@link ReportingPeriod#compareTo} orders them (zero only
     *         for the equal period)
     */
    static int compare(ReportingPeriod period, long monthIndex, Granularity granularity) {
        long index = monthIndex(period);
        return index != monthIndex ? (index < monthIndex ? -1 : 1) : period.granularity().compareTo(granularity);
    }

    /**
     * The room through {@link IncentiveContext}'s methods alone: the general path, for any context.
     *
     * @throws ArithmeticException if a figure is not in minor units of the agreement's currency or a sum overflows
     */
    static long roomInOrder(IncentiveContext context, String componentId, BigDecimal percent) {
        Currency currency = context.agreement().currency();
        int digits = currency.getDefaultFractionDigits();
        int window = Math.max(1, 12 / context.period().granularity().months());
        long charges = 0;
        for (int k = 0; k < window; k++) {
            Optional<Money> fee = context.feeOf(context.period().plus(-k));
            if (fee.isPresent()) {
                charges = Math.addExact(charges, MinorUnits.units(fee.get(), currency, digits));
            }
        }
        long given = 0;
        ReportingPeriod windowStart = context.period().plus(-(window - 1));
        List<IncentiveContext.Past> earlier = context.earlier();
        for (int i = 0, n = earlier.size(); i < n; i++) {
            IncentiveContext.Past past = earlier.get(i);
            if (past.period().compareTo(windowStart) >= 0) {
                given = Math.subtractExact(given, netEffect(past, componentId, currency, digits));
            }
        }
        return Math.max(0, Math.subtractExact(percentOf(charges, percent), given));
    }

    /**
     * {@code past.netEffectOf(componentId)} in minor units: for the calculator's own earlier periods computed from
     * the gross, the amount and the limits as {@code IncentiveContext.Past}'s defaults compute it, else read.
     */
    private static long netEffect(IncentiveContext.Past past, String componentId, Currency currency, int digits) {
        if (!DEFAULT_PAST.test(past)) {
            return MinorUnits.units(past.netEffectOf(componentId), currency, digits);
        }
        long gross = MinorUnits.units(past.gross(), currency, digits);
        long amount = MinorUnits.units(past.amountOf(componentId), currency, digits);
        NetLimits limits = past.limits();
        long lowest = limits.lowest().isPresent() ? MinorUnits.units(limits.lowest().get(), currency, digits) : Long.MIN_VALUE;
        long highest = limits.highest().isPresent() ? MinorUnits.units(limits.highest().get(), currency, digits) : Long.MAX_VALUE;
        return Math.subtractExact(within(gross, lowest, highest), within(Math.subtractExact(gross, amount), lowest, highest));
    }

    /** {@link NetLimits#apply}: raised to the lowest, then lowered to the highest. */
    private static long within(long gross, long lowest, long highest) {
        long net = gross < lowest ? lowest : gross;
        return net > highest ? highest : net;
    }

    /**
     * @param minor  an amount in minor units
     * @param percent  a percentage
     * @return {@code minor × percent / 100} rounded HALF_EVEN to the minor unit, as
     *         {@code money.percent(percent).rounded()} computes it
     * @throws ArithmeticException if it does not fit in a long
     */
    static long percentOf(long minor, BigDecimal percent) {
        int scale = percent.scale();
        if (scale < 0 || scale > FixedPoint.MAX_SCALE - 2 || percent.precision() > 18) {
            throw new ArithmeticException("percent " + percent);
        }
        return MinorUnits.timesPercent(minor, 0, FixedPoint.unscaled(percent), scale, 0);
    }
}
