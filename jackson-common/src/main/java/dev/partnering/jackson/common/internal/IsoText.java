package dev.partnering.jackson.common.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The ISO-8601 text of instants and dates, exactly as {@link Instant#toString()} and
 * {@link LocalDate#toString()} write it, without their formatter machinery for the common case
 * (whole-second instants and dates of four-digit years): writing a measurements document spent a
 * fifth of its time in {@code Instant.toString}.
 */
public final class IsoText {

    /** 9999-12-31T23:59:59Z, the last whole-second instant with a four-digit year. */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;

    private IsoText() {
    }

    /**
     * @param t  an instant, not null
     * @return {@code t.toString()}
     */
    public static String instant(Instant t) {
        long s = t.getEpochSecond();
        if (t.getNano() != 0 || s < 0 || s > LAST_FOUR_DIGIT_SECOND) {
            return t.toString();
        }
        int secondOfDay = (int) (s % 86_400);
        char[] c = new char[20];
        date(LocalDate.ofEpochDay(s / 86_400), c);
        c[10] = 'T';
        two(c, 11, secondOfDay / 3600);
        c[13] = ':';
        two(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        two(c, 17, secondOfDay % 60);
        c[19] = 'Z';
        return new String(c);
    }

    /**
     * @param d  a date, not null
     * @return {@code d.toString()}
     */
    public static String date(LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return d.toString();
        }
        char[] c = new char[10];
        date(d, c);
        return new String(c);
    }

    /** Writes yyyy-MM-dd at the start of {@code c}; the year has four digits. */
    private static void date(LocalDate d, char[] c) {
        int y = d.getYear();
        two(c, 0, y / 100);
        two(c, 2, y % 100);
        c[4] = '-';
        two(c, 5, d.getMonthValue());
        c[7] = '-';
        two(c, 8, d.getDayOfMonth());
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }
}
