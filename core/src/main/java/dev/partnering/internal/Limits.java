package dev.partnering.internal;

import java.math.BigDecimal;

import dev.partnering.Violation;
import java.util.Currency;

import dev.partnering.ValidationException;

/**
 * The bounds of every decimal that enters the SDK, and the rendering of rejected values in
 * messages.
 * <p>
 * A decimal has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and at most
 * {@value #MAX_FRACTION_DIGITS} after it, once trailing zeros are dropped (so {@code 1.50} counts
 * one fraction digit and {@code 1E+3} four integer digits); as written it has at most
 * {@value #MAX_WRITTEN_DIGITS} digits and an exponent within ±{@value #MAX_WRITTEN_DIGITS}.
 * Eighteen integer digits hold any amount a contract names (999 quadrillion in any currency);
 * eighteen fraction digits are finer than any rate, weight or threshold a contract states. Within
 * these bounds every product or sum the calculators form stays small and exact, and every value
 * renders in plain notation in at most 38 characters, so JSON and CSV written from a value always
 * read back.
 */
public final class Limits {

    /** At most this many digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** At most this many digits after the decimal point, trailing zeros dropped. */
    public static final int MAX_FRACTION_DIGITS = 18;

    /** At most this many digits as written, and an exponent within plus or minus this. */
    public static final int MAX_WRITTEN_DIGITS = 100;

    private Limits() {
    }

    /**
     * Whether an amount can be held by {@code Money} at all: at most {@value #MAX_WRITTEN_DIGITS}
     * digits and an exponent within ±{@value #MAX_WRITTEN_DIGITS}, the same limits the JSON module
     * reads. Looser than {@link #within}, which every value built from inputs applies: sums and
     * products of bounded inputs (a year of fees, a statement's totals) stay representable, and
     * whatever is written can be read back.
     *
     * @param x  a decimal, not null
     * @return true if representable; cheap for any input
     */
    public static boolean representable(BigDecimal x) {
        return x.precision() <= MAX_WRITTEN_DIGITS && Math.abs((long) x.scale()) <= MAX_WRITTEN_DIGITS;
    }

    /**
     * @param x  a decimal, not null
     * @return true if the decimal is within the SDK's bounds; cheap for any input
     */
    public static boolean within(BigDecimal x) {
        int scale = x.scale();
        if (scale >= 0 && scale <= MAX_FRACTION_DIGITS && x.precision() - scale <= MAX_INTEGER_DIGITS) {
            return true; // the common case, without stripping zeros
        }
        if (x.precision() > MAX_WRITTEN_DIGITS || Math.abs((long) x.scale()) > MAX_WRITTEN_DIGITS) {
            return false;
        }
        if (x.signum() == 0) {
            return true;
        }
        BigDecimal s = x.stripTrailingZeros();
        return s.precision() - (long) s.scale() <= MAX_INTEGER_DIGITS && s.scale() <= MAX_FRACTION_DIGITS;
    }

    /**
     * Records a violation if the decimal is out of bounds.
     *
     * @param v  the collector, not null
     * @param path  the path of the value, not null
     * @param x  the decimal, may be null (nothing recorded)
     * @return true if the decimal is within bounds or null
     */
    public static boolean check(Violations v, String path, BigDecimal x) {
        if (x == null || within(x)) {
            return true;
        }
        v.add(path, x, () -> path + " " + show(x) + " " + RULE);
        return false;
    }

    /** The rule of {@link #within}, as a sentence ending. */
    public static final String RULE = "is out of bounds: a decimal has at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after it";

    /**
     * @param amount  an amount, not null
     * @param currency  its currency, not null
     * @return true if the amount has no more decimals than the currency's minor unit (trailing zeros dropped)
     */
    public static boolean isPayable(BigDecimal amount, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return amount.scale() <= digits || (within(amount) && amount.stripTrailingZeros().scale() <= digits);
    }

    /**
     * Records a violation if an amount that is paid or bounds a payment (a fee, pool, cap, fixed
     * bonus, penalty per event) has more decimals than its currency's minor unit.
     *
     * @param v  the collector, not null
     * @param path  the path of the amount, not null
     * @param amount  the amount, may be null (nothing recorded)
     * @param currency  its currency, not null if the amount is not null
     * @param what  what the amount is, e.g. {@code "period fee"}, not null
     */
    public static void payable(Violations v, String path, BigDecimal amount, Currency currency, String what) {
        if (amount == null || isPayable(amount, currency)) {
            return;
        }
        int digits = currency.getDefaultFractionDigits();
        String shown = (within(amount) ? amount.toPlainString() : amount.toString()) + " " + currency.getCurrencyCode();
        v.add(path, shown, () -> what + " " + abbreviate(shown) + " has more decimals than " + currency.getCurrencyCode()
                + " allows (" + digits + "): an amount that is paid or bounds a payment is stated in minor units");
    }

    /** The longest duration of a contract term, an option, a notice period or a review interval: 100 years. */
    public static final int MAX_DURATION_YEARS = 100;

    /** The first year a contract date may lie in. */
    public static final int MIN_YEAR = 1900;

    /** The last year a contract date may lie in. */
    public static final int MAX_YEAR = 9999;

    /**
     * Records a violation if a duration is longer than {@value #MAX_DURATION_YEARS} years (its
     * years and months, or its days at 366 a year).
     *
     * @return true if the duration is null or within the limit
     */
    public static boolean checkDuration(Violations v, String path, java.time.Period p) {
        if (p == null || (Math.abs(p.toTotalMonths()) <= MAX_DURATION_YEARS * 12L
                && Math.abs((long) p.getDays()) <= MAX_DURATION_YEARS * 366L)) {
            return true;
        }
        v.add(path, p, () -> path + " " + show(p) + " is longer than " + MAX_DURATION_YEARS + " years");
        return false;
    }

    /**
     * Records a violation if a date lies outside the years {@value #MIN_YEAR} to {@value #MAX_YEAR}.
     *
     * @return true if the date is null or within the years
     */
    public static boolean checkDate(Violations v, String path, java.time.LocalDate d) {
        if (d == null || (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR)) {
            return true;
        }
        v.add(path, d, () -> path + " " + show(d) + " must lie in the years " + MIN_YEAR + " to " + MAX_YEAR);
        return false;
    }

    /**
     * Parses a decimal from text, recording a violation when the text is null, not a decimal
     * number or longer than {@value #MAX_WRITTEN_DIGITS} + 10 characters; the bounds are not
     * applied (for {@link Money}, which applies its own).
     *
     * @param v  the collector, not null
     * @param path  the path of the value, not null
     * @param text  the text, may be null (a violation)
     * @return the decimal, or null if a violation was recorded
     */
    public static BigDecimal parseText(Violations v, String path, String text) {
        if (!v.required(path, text)) {
            return null;
        }
        String t = text.trim();
        if (t.length() > MAX_WRITTEN_DIGITS + 10) {
            v.add(path, text, () -> path + " '" + abbreviate(text) + "' " + RULE);
            return null;
        }
        BigDecimal x;
        try {
            x = new BigDecimal(t);
        } catch (NumberFormatException e) {
            v.add(path, text, () -> path + " '" + abbreviate(text) + "' is not a decimal number");
            return null;
        }
        return x;
    }

    /**
     * Renders a value for a message exactly as {@link Violation#value()} does (the one home of that rule).
     *
     * @param value  a value, may be null
     * @return the text, "null" for null, never longer than about 70 characters
     */
    public static String show(Object value) {
        return value == null ? "null" : Violation.of("", value, "").value();
    }

    /**
     * @param text  a text, not null
     * @return the text, abbreviated as {@link Violation#value()} abbreviates a rejected value
     */
    public static String abbreviate(String text) {
        return Violation.of("", text, "").value();
    }
}
