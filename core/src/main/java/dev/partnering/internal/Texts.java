package dev.partnering.internal;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;


/** Plain-language renderings of periods and durations shared by the lifecycle's reports. */
public final class Texts {

    private Texts() {
    }

    /** @return e.g. {@code 3 years}, {@code 1 year 6 months}, {@code 0 days} */
    public static String period(Period p) {
        List<String> parts = new ArrayList<>();
        Period n = p.normalized();
        add(parts, n.getYears(), "year");
        add(parts, n.getMonths(), "month");
        add(parts, n.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    /** @return e.g. {@code 5 days}, {@code 1 day 12 hours}, {@code 90 minutes} as {@code 1 hour 30 minutes} */
    public static String duration(Duration d) {
        List<String> parts = new ArrayList<>();
        add(parts, d.toDays(), "day");
        add(parts, d.toHoursPart(), "hour");
        add(parts, d.toMinutesPart(), "minute");
        return parts.isEmpty() ? "0 minutes" : String.join(" ", parts);
    }

    /** @return e.g. {@code 6 months' notice}, {@code 1 year's notice}, {@code no notice} */
    public static String notice(Period p) {
        if (p.isZero()) {
            return "no notice";
        }
        String text = period(p);
        return text + (text.endsWith("s") ? "' notice" : "'s notice");
    }


    /** @return e.g. {@code 1 option}, {@code 2 options} */
    public static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static void add(List<String> parts, long n, String unit) {
        if (n != 0) {
            parts.add(count(n, unit));
        }
    }
}
