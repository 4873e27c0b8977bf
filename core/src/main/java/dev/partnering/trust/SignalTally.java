package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;

/**
 * The behavioural signals of one reporting period, counted.
 * <p>
 * The counting rule: a signal belongs to the period that contains its date (first and last day
 * inclusive); signals dated outside the period are ignored. Each signal counts once, for its kind
 * and for the side that acted (a joint initiative of both sides counts for neither side but in the
 * total). The share of requests answered in time is {@code in time / (in time + late)}, overall or
 * per answering side, and is absent when no request was answered.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SignalTally {

    private final ReportingPeriod period;
    private final Map<SignalKind, Integer> totals;
    private final Map<PartyKind, Map<SignalKind, Integer>> bySide;
    private final Explanation explanation;

    private SignalTally(ReportingPeriod period, Map<SignalKind, Integer> totals,
            Map<PartyKind, Map<SignalKind, Integer>> bySide) {
        this.period = period;
        this.totals = totals;
        this.bySide = bySide;
        this.explanation = explain();
    }

    /**
     * Counts the signals of a period.
     *
     * @param signals  the signals, in any order, not null; those outside the period are ignored
     * @param period  the period, not null
     * @return the tally, never null
     */
    public static SignalTally count(Collection<BehaviouralSignal> signals, ReportingPeriod period) {
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(period, "period");
        Map<SignalKind, Integer> totals = zeros();
        Map<PartyKind, Map<SignalKind, Integer>> bySide = new EnumMap<>(PartyKind.class);
        bySide.put(PartyKind.CUSTOMER, zeros());
        bySide.put(PartyKind.SUPPLIER, zeros());
        for (BehaviouralSignal s : signals) {
            if (period.contains(s.date())) {
                totals.merge(s.kind(), 1, Integer::sum);
                s.by().ifPresent(side -> bySide.get(side).merge(s.kind(), 1, Integer::sum));
            }
        }
        return new SignalTally(period, totals, bySide);
    }

    private static Map<SignalKind, Integer> zeros() {
        Map<SignalKind, Integer> m = new EnumMap<>(SignalKind.class);
        for (SignalKind k : SignalKind.values()) {
            m.put(k, 0);
        }
        return m;
    }

    /** @return the period counted, never null */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * @param kind  a kind, not null
     * @return the number of signals of that kind in the period, all sides together
     */
    public int count(SignalKind kind) {
        return totals.get(kind);
    }

    /**
     * @param kind  a kind, not null
     * @param side  the acting side, not null
     * @return the number of signals of that kind in the period by that side
     */
    public int count(SignalKind kind, PartyKind side) {
        return bySide.get(side).get(kind);
    }

    /**
     * The counts of one kind of signal in a tally: all sides together, and each acting side. A joint
     * initiative of both sides counts in the total only, so {@code customer + supplier} may be less
     * than {@code total}.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param total  the signals of the kind, all sides together, not negative
     * @param customer  of those, the ones the customer side acted on, not negative
     * @param supplier  of those, the ones the supplier side acted on, not negative; with
     *        {@code customer} at most {@code total}
     * @since 0.1.0
     */
    public record Count(int total, int customer, int supplier) {

        /**
         * Checks the counts.
         *
         * @param total  all signals of the kind, not negative
         * @param customer  the customer side's, not negative
         * @param supplier  the supplier side's, not negative, {@code customer + supplier <= total}
         * @throws dev.partnering.ValidationException naming every count out of its range
         */
        public Count {
            Violations v = Violations.of("SignalTally.Count");
            v.require(total >= 0, "total", total, "a count is not negative");
            v.require(customer >= 0, "customer", customer, "a count is not negative");
            v.require(supplier >= 0, "supplier", supplier, "a count is not negative");
            v.require((long) customer + supplier <= total, "total", total, () -> "the sides' counts, customer "
                    + customer + " and supplier " + supplier + ", add up to at most the total " + total);
            v.throwIfAny();
        }
    }

    /**
     * @return the counts of every kind of signal, in the kinds' declaration order (every kind present,
     *         zero counts too); unmodifiable, never null
     * @since 0.1.0
     */
    public Map<SignalKind, Count> counts() {
        Map<SignalKind, Count> m = new EnumMap<>(SignalKind.class);
        for (SignalKind k : SignalKind.values()) {
            m.put(k, new Count(count(k), count(k, PartyKind.CUSTOMER), count(k, PartyKind.SUPPLIER)));
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return the share of answered requests answered in time, from 0 to 1, empty when none was answered */
    public Optional<BigDecimal> inTimeShare() {
        return share(count(SignalKind.REQUEST_ANSWERED_IN_TIME), count(SignalKind.REQUEST_ANSWERED_LATE));
    }

    /**
     * @param side  the answering side, not null
     * @return the share of the side's answered requests answered in time, from 0 to 1, empty when
     *         it answered none
     */
    public Optional<BigDecimal> inTimeShare(PartyKind side) {
        return share(count(SignalKind.REQUEST_ANSWERED_IN_TIME, side), count(SignalKind.REQUEST_ANSWERED_LATE, side));
    }

    /**
     * @return the share of the customer side's answered requests answered in time, from 0 to 1, empty
     *         when it answered none: {@code inTimeShare(PartyKind.CUSTOMER)}
     * @since 0.1.0
     */
    public Optional<BigDecimal> customerInTimeShare() {
        return inTimeShare(PartyKind.CUSTOMER);
    }

    /**
     * @return the share of the supplier side's answered requests answered in time, from 0 to 1, empty
     *         when it answered none: {@code inTimeShare(PartyKind.SUPPLIER)}
     * @since 0.1.0
     */
    public Optional<BigDecimal> supplierInTimeShare() {
        return inTimeShare(PartyKind.SUPPLIER);
    }

    private static Optional<BigDecimal> share(int inTime, int late) {
        return Decimals.ratio(BigDecimal.valueOf(inTime), BigDecimal.valueOf((long) inTime + late));
    }

    /** @return how the tally was counted, never null */
    public Explanation explanation() {
        return explanation;
    }

    private Explanation explain() {
        Explanation.Builder b = Explanation.builder("Behavioural signals " + period);
        b.add(StepKind.RULE, "a signal counts in the period containing its date, " + period.start() + " to "
                + period.end() + ", once for its kind and the side that acted");
        for (SignalKind k : SignalKind.values()) {
            b.add(StepKind.RESULT, k + ": " + count(k) + " (customer " + count(k, PartyKind.CUSTOMER) + ", supplier "
                    + count(k, PartyKind.SUPPLIER) + ")");
        }
        b.add(StepKind.RESULT, "requests answered in time: " + inTimeShare().map(s -> count(SignalKind.REQUEST_ANSWERED_IN_TIME)
                + " / " + (count(SignalKind.REQUEST_ANSWERED_IN_TIME) + count(SignalKind.REQUEST_ANSWERED_LATE)) + " = "
                + Decimals.show(s.multiply(Decimals.HUNDRED)) + "%").orElse("no request answered"));
        return b.build();
    }

    /**
     * Two tallies are equal when they count the same period with the same counts per kind and side;
     * the explanation is derived from these.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a SignalTally with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SignalTally t && period.equals(t.period) && totals.equals(t.totals) && bySide.equals(t.bySide);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(period, totals, bySide);
    }

    /** @return the explanation as plain text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
