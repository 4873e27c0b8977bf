package dev.partnering.term;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A dated event on a contract term's timeline, e.g. the deadline to exercise option 1.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the day of the event, not null
 * @param kind  what happens, not null
 * @param optionNumber  the option the event concerns, from 1; for {@link Kind#START} 0 and for
 *        {@link Kind#LATEST_END} the number of options
 * @param description  the event in plain language, not null
 * @since 0.1.0
 */
public record TermMilestone(LocalDate date, Kind kind, int optionNumber, String description) {

    /** Date order; on the same day, in the order of {@link Kind}. */
    static final Comparator<TermMilestone> ORDER = Comparator.comparing(TermMilestone::date)
            .thenComparing(TermMilestone::kind).thenComparingInt(TermMilestone::optionNumber);

    /**
     * What happens on a milestone, in the order events of one day are listed.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The first day of the term. */
        START,
        /** An option was exercised. */
        OPTION_EXERCISED,
        /** The last day to exercise an option. */
        OPTION_DEADLINE,
        /** The last day of the term unless the next option is exercised. */
        END_UNLESS_EXTENDED,
        /** The last day of the term with every option exercised. */
        LATEST_END
    }

    /**
     * Creates a milestone.
     *
     * @param date  the day, not null
     * @param kind  the kind, not null
     * @param optionNumber  the option concerned
     * @param description  the description, not null
     */
    public TermMilestone {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** @return e.g. {@code 2028-06-30  last day to exercise option 1 (+1 year, 6 months' notice)} */
    @Override
    public String toString() {
        return date + "  " + description;
    }
}
