package dev.partnering.action;

/**
 * How many actions stood where on a day: open (of which overdue), done (of which done late) and
 * cancelled. Every action counts in exactly one of open, done and cancelled.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param open  the actions open at the end of the day, not negative
 * @param overdue  of those, the ones past their due day, from 0 to {@code open}
 * @param done  the actions done by the end of the day, not negative
 * @param doneLate  of those, the ones done after their due day, from 0 to {@code done}
 * @param cancelled  the actions cancelled by the end of the day, not negative
 * @since 0.1.0
 */
public record ActionCounts(int open, int overdue, int done, int doneLate, int cancelled) {

    /** No action. */
    public static final ActionCounts NONE = new ActionCounts(0, 0, 0, 0, 0);

    /**
     * Checks the counts.
     *
     * @param open  open actions, not negative
     * @param overdue  overdue actions, from 0 to open
     * @param done  done actions, not negative
     * @param doneLate  late ones, from 0 to done
     * @param cancelled  cancelled actions, not negative
     * @throws IllegalArgumentException if a count is out of its range
     */
    public ActionCounts {
        if (open < 0 || done < 0 || cancelled < 0 || overdue < 0 || overdue > open || doneLate < 0 || doneLate > done) {
            throw new IllegalArgumentException("counts out of range: open " + open + ", overdue " + overdue + ", done "
                    + done + ", done late " + doneLate + ", cancelled " + cancelled);
        }
    }

    /** @return every action counted: open + done + cancelled */
    public int total() {
        return open + done + cancelled;
    }

    /**
     * @param other  other counts, not null
     * @return the sum of both, never null
     */
    public ActionCounts plus(ActionCounts other) {
        return new ActionCounts(open + other.open, overdue + other.overdue, done + other.done,
                doneLate + other.doneLate, cancelled + other.cancelled);
    }

    /** @return e.g. {@code 3 open (1 overdue), 5 done (2 late), 1 cancelled} */
    @Override
    public String toString() {
        return open + " open (" + overdue + " overdue), " + done + " done (" + doneLate + " late), " + cancelled + " cancelled";
    }
}
