package dev.partnering.incentive.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.incentive.IncentiveContext;
import dev.partnering.internal.FrozenList;
import dev.partnering.period.ReportingPeriod;

/**
 * The earlier periods of a calculation as the contexts of its periods see them: an immutable prefix
 * of one growing array, so that each period's context shares the earlier ones' storage instead of
 * copying it, and that finds the earlier period of a given period by binary search when the periods
 * are in strictly ascending order (as the calculator's are: carried periods, then the computed ones),
 * by a scan from the first otherwise, the same answer as {@link IncentiveContext#earlier(ReportingPeriod)}.
 * Not part of the API (the package is not exported). As a {@link FrozenList} it answers every list
 * method as {@link java.util.List#copyOf} of its periods does: equal to any list of the same elements,
 * refusing to look for null and refusing every change (iterators and sub-lists included). This class is
 * immutable and thread-safe; its {@link Growing} builder is not.
 *
 * @since 0.1.0
 */
public final class PastList extends FrozenList<IncentiveContext.Past> {

    /** The array the list reads (its first {@code size()} slots never change), for {@link #find}. */
    private final IncentiveContext.Past[] items;
    private final boolean ascending;

    private PastList(IncentiveContext.Past[] items, int size, boolean ascending) {
        super(items, size);
        this.items = items;
        this.ascending = ascending;
    }

    /** @return true if the periods are in strictly ascending order (each after the one before) */
    public boolean isAscending() {
        return ascending;
    }

    /**
     * @param period  a period, not null
     * @return the first earlier period equal to it, if any
     */
    public Optional<IncentiveContext.Past> find(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        int size = size();
        if (!ascending) {
            for (int i = 0; i < size; i++) {
                if (items[i].period().equals(period)) {
                    return Optional.of(items[i]);
                }
            }
            return Optional.empty();
        }
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            ReportingPeriod p = items[mid].period();
            int c = p.compareTo(period);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                // compareTo is 0 exactly when equal (same first month, same granularity); the periods are distinct
                return p.equals(period) ? Optional.of(items[mid]) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Appends earlier periods and hands out immutable prefixes; not thread-safe. */
    public static final class Growing {

        private IncentiveContext.Past[] items;
        private int size;
        private boolean ascending = true;

        /** @param capacity  the expected number of periods, at least 0 */
        public Growing(int capacity) {
            items = new IncentiveContext.Past[Math.max(1, capacity)];
        }

        /**
         * @param past  the next earlier period, not null
         * @return this
         */
        public Growing add(IncentiveContext.Past past) {
            Objects.requireNonNull(past, "past");
            if (size > 0 && items[size - 1].period().compareTo(past.period()) >= 0) {
                ascending = false;
            }
            if (size == items.length) {
                // a new array: the prefixes handed out keep the old one, whose first `size` slots never change
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = past;
            return this;
        }

        /** @return the periods added so far, in order, never null */
        public PastList snapshot() {
            return new PastList(items, size, ascending);
        }

        /** @return the number of periods added */
        public int size() {
            return size;
        }
    }
}
