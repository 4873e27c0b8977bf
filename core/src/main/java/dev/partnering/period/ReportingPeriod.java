package dev.partnering.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * A calendar reporting period: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}) or a year
 * ({@code 2026}). KPIs are measured, scorecards computed and incentives settled per period.
 * <p>
 * A period covers the dates from {@link #start()} to {@link #end()}, both inclusive. Periods are
 * ordered by start date, and for the same start date the finer one first ({@code 2026-01} before
 * {@code 2026-Q1} before {@code 2026}). {@link #contains(ReportingPeriod)} tells whether a period
 * lies wholly within another, which is how months roll up into quarters.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final Granularity granularity;
    private final YearMonth first;
    // derived once: periods are compared and printed on every calculation's hot path
    private final LocalDate start;
    private final LocalDate end;
    private String text; // written when first asked for (racy but safe: a String is immutable)

    private ReportingPeriod(Granularity granularity, YearMonth first) {
        this.granularity = granularity;
        this.first = first;
        this.start = first.atDay(1);
        this.end = first.plusMonths(granularity.months() - 1L).atEndOfMonth();
    }

    /**
     * Obtains a calendar month.
     *
     * @param year  the year, 1 to 9999
     * @param month  the month, 1 to 12
     * @return the period, never null
     * @throws ValidationException if the year or month is out of range
     */
    public static ReportingPeriod month(int year, int month) {
        check(year, month, 12, "month");
        if (year >= FIRST_CACHED_YEAR && year < FIRST_CACHED_YEAR + CACHED_YEARS) {
            // months are shared: millions of measurements name a few dozen months
            int i = (year - FIRST_CACHED_YEAR) * 12 + month - 1;
            ReportingPeriod cached = MONTHS.get(i);
            if (cached == null) {
                cached = new ReportingPeriod(Granularity.MONTH, YearMonth.of(year, month));
                if (!MONTHS.compareAndSet(i, null, cached)) {
                    cached = MONTHS.get(i); // another thread stored it first: share that one
                }
            }
            return cached;
        }
        return new ReportingPeriod(Granularity.MONTH, YearMonth.of(year, month));
    }

    private static final int FIRST_CACHED_YEAR = 1950;
    private static final int CACHED_YEARS = 150;
    private static final java.util.concurrent.atomic.AtomicReferenceArray<ReportingPeriod> MONTHS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(CACHED_YEARS * 12);

    /**
     * Obtains the reporting month of a {@link YearMonth}.
     *
     * @param yearMonth  the month, not null
     * @return the period, never null
     */
    public static ReportingPeriod month(YearMonth yearMonth) {
        dev.partnering.internal.Violations.requirePresent("ReportingPeriod", "yearMonth", yearMonth);
        return month(yearMonth.getYear(), yearMonth.getMonthValue());
    }

    /**
     * Obtains a calendar quarter.
     *
     * @param year  the year, 1 to 9999
     * @param quarter  the quarter, 1 to 4
     * @return the period, never null
     * @throws ValidationException if the year or quarter is out of range
     */
    public static ReportingPeriod quarter(int year, int quarter) {
        check(year, quarter, 4, "quarter");
        return new ReportingPeriod(Granularity.QUARTER, YearMonth.of(year, quarter * 3 - 2));
    }

    /**
     * Obtains a calendar year.
     *
     * @param year  the year, 1 to 9999
     * @return the period, never null
     * @throws ValidationException if the year is out of range
     */
    public static ReportingPeriod year(int year) {
        check(year, 1, 1, "year");
        return new ReportingPeriod(Granularity.YEAR, YearMonth.of(year, 1));
    }

    /**
     * Obtains the period of a granularity that contains a date.
     *
     * @param granularity  the granularity, not null
     * @param date  the date, not null
     * @return the period containing the date, never null
     */
    public static ReportingPeriod containing(Granularity granularity, LocalDate date) {
        dev.partnering.internal.Violations.requirePresent("ReportingPeriod", "granularity", granularity, "date", date);
        switch (granularity) {
            case MONTH:
                return month(date.getYear(), date.getMonthValue());
            case QUARTER:
                return quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
            default:
                return year(date.getYear());
        }
    }

    /**
     * Parses {@code 2026-03} (month), {@code 2026-Q1} (quarter) or {@code 2026} (year).
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws ValidationException if the text is null, not one of these forms or out of range
     */
    public static ReportingPeriod parse(CharSequence text) {
        dev.partnering.internal.Violations.requirePresent("ReportingPeriod", "text", text);
        String s = text.toString().trim();
        if (s.length() == 7 && s.charAt(4) == '-' && isDigits(s, 0, 4) && isDigits(s, 5, 7)) {
            // the common case, 2026-03, without the regular expressions
            return month(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10));
        }
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = YEAR.matcher(s);
        if (m.matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        throw new ValidationException("ReportingPeriod", List.of(Violation.of("period", text,
                "period '" + text + "' is not a month (2026-03), a quarter (2026-Q1) or a year (2026)")));
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void check(int year, int index, int max, String what) {
        List<Violation> violations = new ArrayList<>();
        if (year < 1 || year > 9999) {
            violations.add(Violation.of("year", year, "year " + year + " must be between 1 and 9999"));
        }
        if (index < 1 || index > max) {
            violations.add(Violation.of(what, index, what + " " + index + " must be between 1 and " + max));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("ReportingPeriod", violations);
        }
    }

    /** @return the granularity, never null */
    public Granularity granularity() {
        return granularity;
    }

    /** @return the calendar year */
    public int year() {
        return first.getYear();
    }

    /** @return the first month of the period, never null */
    public YearMonth firstMonth() {
        return first;
    }

    /** @return the last month of the period, never null */
    public YearMonth lastMonth() {
        return first.plusMonths(granularity.months() - 1L);
    }

    /** @return the first day of the period, never null */
    public LocalDate start() {
        return start;
    }

    /** @return the last day of the period, inclusive, never null */
    public LocalDate end() {
        return end;
    }

    /**
     * @param date  a date, not null
     * @return true if the date is within this period (start and end inclusive)
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * @param other  another period, not null
     * @return true if the other period lies wholly within this one (a period contains itself)
     */
    public boolean contains(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /** @return the period of the same granularity that follows this one, never null */
    public ReportingPeriod next() {
        return plus(1);
    }

    /** @return the period of the same granularity that precedes this one, never null */
    public ReportingPeriod previous() {
        return plus(-1);
    }

    /**
     * @param periods  how many periods of this granularity to move, may be negative
     * @return the period moved by that many periods, never null
     * @throws ValidationException if the result would lie outside the years 1 to 9999
     */
    public ReportingPeriod plus(long periods) {
        // beyond this many months every move leaves the years 1 to 9999; checked first so that
        // huge steps cannot overflow the month arithmetic
        long maxMonths = 9999L * 12;
        long maxPeriods = maxMonths / granularity.months();
        YearMonth moved = periods > maxPeriods || periods < -maxPeriods ? null
                : first.plusMonths(periods * granularity.months());
        if (moved == null || moved.getYear() < 1 || moved.getYear() > 9999) {
            throw new ValidationException("ReportingPeriod", List.of(Violation.of("period", this,
                    "moving " + this + " by " + periods + " periods leaves the years 1 to 9999")));
        }
        // a month comes from the shared months (no dates computed), the same value as a new one
        return granularity == Granularity.MONTH ? month(moved.getYear(), moved.getMonthValue())
                : new ReportingPeriod(granularity, moved);
    }

    /**
     * Splits this period into the periods of a finer (or equal) granularity that make it up, in
     * order: a quarter into its three months, a year into four quarters or twelve months.
     *
     * @param finer  the granularity of the parts, not coarser than this period's, not null
     * @return the parts in calendar order, never null
     * @throws ValidationException if {@code finer} is coarser than this period's granularity
     */
    public List<ReportingPeriod> split(Granularity finer) {
        Objects.requireNonNull(finer, "finer");
        if (!granularity.isCoarserThanOrEqualTo(finer)) {
            throw new ValidationException("ReportingPeriod", List.of(Violation.of("granularity", finer,
                    "cannot split " + this + " (" + granularity + ") into " + finer + " periods, which are coarser")));
        }
        List<ReportingPeriod> parts = new ArrayList<>();
        for (int m = 0; m < granularity.months(); m += finer.months()) {
            parts.add(new ReportingPeriod(finer, first.plusMonths(m)));
        }
        return Collections.unmodifiableList(parts);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int c = first.compareTo(other.first);
        return c != 0 ? c : granularity.compareTo(other.granularity);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportingPeriod p && granularity == p.granularity && first.equals(p.first);
    }

    @Override
    public int hashCode() {
        // the months since year 0 and the granularity, spread by the golden ratio: YearMonth's own hash
        // differs between the months of a year only in its high bits, so every month of a year fell into
        // one bucket of a small hash table (a HashMap of a 36-month series kept three tree bins)
        return ((first.getYear() * 12 + first.getMonthValue()) * 4 + granularity.ordinal()) * 0x9E3779B1;
    }

    /** @return the period as {@code 2026-03}, {@code 2026-Q1} or {@code 2026} */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = render(granularity, first);
            text = t;
        }
        return t;
    }

    private static String render(Granularity granularity, YearMonth first) {
        String year = String.valueOf(first.getYear());
        year = "0000".substring(year.length()) + year;
        switch (granularity) {
            case MONTH:
                return year + (first.getMonthValue() < 10 ? "-0" : "-") + first.getMonthValue();
            case QUARTER:
                return year + "-Q" + (first.getMonthValue() + 2) / 3;
            default:
                return year;
        }
    }
}
