package dev.partnering.agreement;

import java.time.temporal.ChronoUnit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The periodic fees of an agreement: one {@link PeriodFee} per period, in one currency, with no
 * two entries overlapping. Incentives that are a percentage of "the period fee" or "the annual
 * fee" read it from here.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FeeSchedule {

    FeeSchedule() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableFeeSchedule.builder();
    }

    /** @return a schedule with no fees, never null */
    public static FeeSchedule empty() {
        return builder().build();
    }

    /**
     * The same fee every month from one month to another, both inclusive.
     *
     * @param amount  the monthly fee, not null
     * @param from  the first month, not null
     * @param to  the last month, inclusive, not before {@code from}, not null
     * @return the schedule, never null
     * @throws dev.partnering.ValidationException if a parameter is null, {@code from} is after
     *         {@code to}, or the months span more than 100 years
     */
    public static FeeSchedule monthly(Money amount, YearMonth from, YearMonth to) {
        Violations v = Violations.of("FeeSchedule");
        v.required("amount", amount);
        if (v.required("from", from) & v.required("to", to)) {
            v.require(!from.isAfter(to), "from", from, () -> "fee schedule from " + from + " to " + to
                    + ": the first month is after the last");
            v.require(ChronoUnit.MONTHS.between(from, to) < 1200, "to", to, () -> "fee schedule from " + from + " to " + to
                    + " spans more than 100 years");
        }
        v.throwIfAny();
        Builder b = builder();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            b.addFees(PeriodFee.of(ReportingPeriod.month(m), amount));
        }
        return b.build();
    }

    /** @return the fees, sorted by period, never null */
    public abstract List<PeriodFee> fees();

    /**
     * The fee for a period: the sum of the entries that lie within it (the three months of a
     * quarter), or, when one coarser entry contains the period, that entry's pro-rata share by
     * months: {@code fee × months of the period / months of the entry}, the exact value rounded once,
     * HALF_EVEN, to the currency's minor unit (a quarterly fee of 300000.45 gives 100000.15 a month;
     * 100.00 gives 33.33).
     *
     * @param period  the period, not null
     * @return the fee, empty if no entry covers any of the period
     */
    public Optional<Money> feeFor(ReportingPeriod period) {
        List<PeriodFee> fees = fees();
        // sorted by start and never overlapping: an entry that ends before the last one starting on or before the
        // period's start cannot touch the period, nor can one starting after its end; found by binary search, the
        // entries between them in their order, as a scan of every entry would meet them
        java.time.LocalDate start = period.start();
        int lo = 0;
        int hi = fees.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (fees.get(mid).period().start().isAfter(start)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Money sum = null;
        for (int i = Math.max(0, lo - 1); i < fees.size(); i++) {
            PeriodFee f = fees.get(i);
            if (f.period().start().isAfter(period.end())) {
                break;
            }
            if (period.contains(f.period())) {
                sum = sum == null ? f.amount() : sum.plus(f.amount());
            } else if (f.period().contains(period)) {
                return Optional.of(f.amount().multipliedBy(BigDecimal.valueOf(period.granularity().months()))
                        .dividedBy(BigDecimal.valueOf(f.period().granularity().months())));
            }
        }
        return Optional.ofNullable(sum);
    }

    /** @return the currency of the fees, empty if there are none */
    public Optional<Currency> currency() {
        return fees().isEmpty() ? Optional.empty() : Optional.of(fees().get(0).amount().currency());
    }

    @Value.Check
    FeeSchedule normalize() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("FeeSchedule");
        attrs.requiredAll("fees", fees());
        attrs.throwIfAny();
        Violations v = Violations.of("FeeSchedule");
        // sort indexes, not fees: paths name each fee by its index as given to the builder
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < fees().size(); i++) {
            index.add(i);
        }
        index.sort((a, b) -> fees().get(a).period().compareTo(fees().get(b).period()));
        List<PeriodFee> sorted = new ArrayList<>();
        index.forEach(i -> sorted.add(fees().get(i)));
        PeriodFee latestEnding = null;
        for (int i : index) {
            PeriodFee f = fees().get(i);
            Currency currency = sorted.get(0).amount().currency();
            v.require(f.amount().currency().equals(currency), "fees[" + i + "].amount", f.amount(),
                    "fee for " + f.period() + " is in " + f.amount().currency().getCurrencyCode()
                            + ", the schedule is in " + currency.getCurrencyCode());
            // sorted by start, a fee overlaps an earlier one exactly when it starts before the latest end so far
            if (latestEnding != null) {
                v.require(f.period().start().isAfter(latestEnding.period().end()), "fees[" + i + "].period", f.period(),
                        "fee periods " + latestEnding.period() + " and " + f.period() + " overlap");
            }
            if (latestEnding == null || f.period().end().isAfter(latestEnding.period().end())) {
                latestEnding = f;
            }
        }
        v.throwIfAny();
        if (sorted.equals(fees())) {
            return this;
        }
        return builder().addAllFees(sorted).build();
    }

    /**
     * A builder of {@link FeeSchedule}.
     * <p>
     * Obtained from {@link FeeSchedule#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Adds one element to {@link FeeSchedule#fees() fees} list.
         * @param element A fees element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addFees(PeriodFee element);

        /**
         * Adds elements to {@link FeeSchedule#fees() fees} list.
         * @param elements An array of fees elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addFees(PeriodFee... elements);

        /**
         * Adds elements to {@link FeeSchedule#fees() fees} list.
         * @param elements An iterable of fees elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllFees(Iterable<? extends PeriodFee> elements);


        /**
         * @return the FeeSchedule, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        FeeSchedule build();
    }
}
