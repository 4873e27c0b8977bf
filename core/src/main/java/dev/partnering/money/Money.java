package dev.partnering.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Violations;

/**
 * An exact amount of money in one ISO-4217 currency.
 * <p>
 * The amount is a {@link BigDecimal} of any scale: arithmetic is exact ({@link #plus},
 * {@link #minus}, {@link #multipliedBy}, {@link #percent}) and rounding happens only when asked,
 * once, to the currency's minor unit ({@link #rounded()}, HALF_EVEN by default); a division, whose
 * exact quotient may not be a finite decimal, rounds its exact quotient once to the minor unit
 * ({@link #dividedBy}). Operations on two amounts
 * refuse different currencies with a {@link CurrencyMismatchException}. {@link #allocate} splits an
 * amount by ratios so that the rounded parts add up exactly to the rounded whole (largest-remainder
 * method, ties to the earlier part).
 * <p>
 * Two amounts are equal when their currencies are equal and their amounts are numerically equal
 * ({@code 100.00 SEK} equals {@code 100 SEK}); the scale is kept for display.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Obtains an amount of money.
     *
     * The amount has at most 100 digits and an exponent within ±100, so that it can always be
     * written and read back. Every value of the SDK that holds an amount given as input (a fee, a
     * cap, a cost) applies the SDK's tighter bounds: at most 18 digits before the decimal point
     * and 18 after it, trailing zeros dropped; and an amount that is paid or bounds a payment
     * (a fee, pool, cap, fixed bonus, penalty per event) must fit the currency's minor unit.
     *
     * @param amount  the exact amount, not null
     * @param currency  the currency, not null
     * @return the money, never null
     * @throws ValidationException if a parameter is null, the amount is out of bounds or the
     *         currency has no minor unit
     */
    public static Money of(BigDecimal amount, Currency currency) {
        if (amount != null && currency != null && Limits.representable(amount) && currency.getDefaultFractionDigits() >= 0) {
            return new Money(amount, currency);
        }
        Violations v = Violations.of("Money");
        if (v.required("amount", amount)) {
            checkAmount(v, amount);
        }
        if (v.required("currency", currency)) {
            checkMinorUnit(v, currency);
        }
        v.throwIfAny();
        throw new AssertionError("unreachable");
    }

    /**
     * Obtains an amount of money from text, for example {@code Money.of("1500000.00", "SEK")}.
     *
     * @param amount  the exact amount as a decimal string, not null
     * @param currencyCode  the ISO-4217 code, not null
     * @return the money, never null
     * @throws ValidationException if a parameter is null, the amount is not a decimal number or
     *         out of bounds, or the code is unknown; every problem is named
     */
    public static Money of(String amount, String currencyCode) {
        Violations v = Violations.of("Money");
        BigDecimal parsed = Limits.parseText(v, "amount", amount);
        if (parsed != null) {
            checkAmount(v, parsed);
        }
        Currency currency = null;
        if (v.required("currency", currencyCode)) {
            try {
                currency = currency(currencyCode);
            } catch (ValidationException e) {
                v.addAll("", e.violations());
            }
        }
        if (currency != null) {
            // judged beside a bad amount too: the currency's rule does not need the amount
            checkMinorUnit(v, currency);
        }
        v.throwIfAny();
        return of(parsed, currency);
    }

    private static void checkMinorUnit(Violations v, Currency currency) {
        v.require(currency.getDefaultFractionDigits() >= 0, "currency", currency.getCurrencyCode(),
                "currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
    }

    private static void checkAmount(Violations v, BigDecimal amount) {
        v.require(Limits.representable(amount), "amount", amount, () -> "amount " + Limits.show(amount)
                + " is out of bounds: money has at most " + Limits.MAX_WRITTEN_DIGITS + " digits and an exponent within ±"
                + Limits.MAX_WRITTEN_DIGITS);
    }

    /**
     * Obtains zero in a currency.
     *
     * @param currency  the currency, not null
     * @return zero, never null
     */
    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Looks up a currency by its ISO-4217 code.
     *
     * @param code  the code, e.g. {@code "SEK"}, not null
     * @return the currency, never null
     * @throws ValidationException if the code is not an ISO-4217 currency
     */
    public static Currency currency(String code) {
        if (code == null) {
            throw new ValidationException("Money", List.of(Violation.of("currency", null, "currency is required: null is not allowed")));
        }
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Money", List.of(Violation.of("currency", code,
                    () -> "currency '" + Limits.abbreviate(code) + "' is not an ISO-4217 currency code")));
        }
    }

    /** @return the exact amount, never null */
    public BigDecimal amount() {
        return amount;
    }

    /** @return the currency, never null */
    public Currency currency() {
        return currency;
    }

    /** @return the amount in minor units after rounding HALF_EVEN, e.g. 1050 for 10.50 EUR */
    public BigInteger minorUnits() {
        // the rounded amount has exactly the currency's scale: its unscaled value is the count of minor units
        return rounded().amount.unscaledValue();
    }

    /**
     * Obtains an amount from a count of minor units.
     *
     * @param minorUnits  the count of minor units, not null
     * @param currency  the currency, not null
     * @return the money at the currency's scale, never null
     */
    public static Money ofMinor(BigInteger minorUnits, Currency currency) {
        if (minorUnits == null || currency == null) {
            Violations v = Violations.of("Money");
            v.required("minorUnits", minorUnits);
            v.required("currency", currency);
            v.throwIfAny();
        }
        return of(new BigDecimal(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * Adds an amount in the same currency, exactly.
     *
     * @param other  the amount to add, not null
     * @return the sum, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        // adding a zero at no finer scale gives this very amount (same unscaled value, same scale): no new object
        if (other.amount.signum() == 0 && other.amount.scale() <= amount.scale()) {
            return this;
        }
        if (amount.signum() == 0 && amount.scale() <= other.amount.scale()) {
            return other;
        }
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Subtracts an amount in the same currency, exactly.
     *
     * @param other  the amount to subtract, not null
     * @return the difference, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        if (other.amount.signum() == 0 && other.amount.scale() <= amount.scale()) {
            return this;
        }
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Multiplies by a factor, exactly (no rounding).
     *
     * @param factor  the factor, not null
     * @return the product, never null
     */
    public Money multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor), currency);
    }

    /**
     * Takes a percentage of this amount, exactly: {@code amount × percent / 100}.
     *
     * @param percent  the percentage, e.g. 12.5 for 12.5 %, not null
     * @return the share, never null
     */
    public Money percent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return new Money(amount.multiply(percent).movePointLeft(2), currency);
    }

    /**
     * Divides by a divisor, rounding the exact quotient once, HALF_EVEN, to the currency's minor
     * unit: {@code 1000000000000000 SEK / 3} is {@code 333333333333333.33 SEK}. A quotient is an
     * amount that comes into being, so it is rounded where it is made; to divide a product, multiply
     * first ({@code fee.multipliedBy(months).dividedBy(12)}), so that the division comes last.
     *
     * @param divisor  the divisor, not null, not zero
     * @return the quotient at the currency's scale, never null
     * @throws ArithmeticException if the divisor is zero
     */
    public Money dividedBy(BigDecimal divisor) {
        return dividedBy(divisor, RoundingMode.HALF_EVEN);
    }

    /**
     * Divides by a divisor, rounding the exact quotient once with the given mode to the currency's
     * minor unit.
     *
     * @param divisor  the divisor, not null, not zero
     * @param mode  the rounding mode, not null
     * @return the quotient at the currency's scale, never null
     * @throws ArithmeticException if the divisor is zero, or the mode is UNNECESSARY and the quotient needs rounding
     * @since 0.1.0
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode mode) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mode, "mode");
        return new Money(amount.divide(divisor, currency.getDefaultFractionDigits(), mode), currency);
    }

    /** @return this amount with its sign reversed, never null */
    public Money negated() {
        // a zero negated is the same zero, scale included
        return amount.signum() == 0 ? this : new Money(amount.negate(), currency);
    }

    /** @return the absolute amount, never null */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /** @return true if the amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** @return true if the amount is greater than zero */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** @return true if the amount is less than zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns the smaller of this and another amount in the same currency.
     *
     * @param other  the other amount, not null
     * @return the smaller amount (this one if equal), never null
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the larger of this and another amount in the same currency.
     *
     * @param other  the other amount, not null
     * @return the larger amount (this one if equal), never null
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Rounds to the currency's minor unit (e.g. 2 decimals for SEK, 0 for JPY) with HALF_EVEN.
     *
     * @return the rounded amount, never null
     */
    public Money rounded() {
        return rounded(RoundingMode.HALF_EVEN);
    }

    /**
     * Rounds to the currency's minor unit with the given rounding mode.
     *
     * @param mode  the rounding mode, not null
     * @return the rounded amount, at exactly the currency's scale, never null
     */
    public Money rounded(RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        int digits = currency.getDefaultFractionDigits();
        // already at the minor unit: setScale would give this very amount
        return amount.scale() == digits ? this : new Money(amount.setScale(digits, mode), currency);
    }

    /** @return true if the amount has no digits beyond the currency's minor unit */
    public boolean isRounded() {
        int digits = currency.getDefaultFractionDigits();
        // stripping trailing zeros only lowers the scale: at the minor unit or below, nothing to strip
        return amount.scale() <= digits || amount.stripTrailingZeros().scale() <= digits;
    }

    /**
     * Splits this amount, rounded to the minor unit, into parts proportional to the given ratios.
     * The parts are in minor units and add up <em>exactly</em> to the rounded whole: each part
     * first gets the floor of its exact share, then the remaining minor units go one each to the
     * parts with the largest remainders, ties to the earlier part (largest-remainder method).
     * A negative amount is split like its absolute value and the parts negated.
     *
     * @param ratios  the ratios, not null, not empty, none null or negative, within the SDK's decimal
     *                bounds, at least one positive
     * @return the parts in the order of the ratios, never null
     * @throws ValidationException if the ratios are empty, null, negative, out of bounds or all zero
     */
    public List<Money> allocate(List<BigDecimal> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        if (!plainRatios(ratios)) {
            checkRatios(ratios);
        }
        List<Money> fast = allocateInLongs(ratios);
        return fast != null ? fast : allocateExactly(ratios);
    }

    /**
     * True if every ratio is present, within bounds and not negative, and one is positive: then
     * {@link #checkRatios} finds nothing (it is called otherwise, to name each problem).
     */
    private static boolean plainRatios(List<BigDecimal> ratios) {
        boolean anyPositive = false;
        for (int i = 0, n = ratios.size(); i < n; i++) {
            BigDecimal r = ratios.get(i);
            if (r == null || r.signum() < 0 || !Limits.within(r)) {
                return false;
            }
            anyPositive |= r.signum() > 0;
        }
        return anyPositive;
    }

    /**
     * {@link #allocateExactly} in {@code long}s: the same parts when the rounded whole, the ratios
     * at their common scale, their sum and each product of the whole and a ratio fit a {@code long}
     * and there are at most 32 parts; null otherwise (then the caller computes exactly). The ratios
     * are checked.
     */
    List<Money> allocateInLongs(List<BigDecimal> ratios) {
        int digits = currency.getDefaultFractionDigits();
        BigDecimal roundedAmount = amount.setScale(digits, RoundingMode.HALF_EVEN);
        if (roundedAmount.precision() > 18) {
            return null;
        }
        int n = ratios.size();
        if (n == 1) {
            // one positive ratio (the ratios are checked): the whole, at the currency's scale
            return Collections.singletonList(new Money(roundedAmount, currency));
        }
        long whole = roundedAmount.unscaledValue().longValue();
        long units = Math.abs(whole);
        if (n > 32) {
            return null; // the remainders are ranked by a scan per unit left, made for a few parts
        }
        int scale = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal r = ratios.get(i);
            if (r.scale() > 0) {
                scale = Math.max(scale, Math.max(0, r.stripTrailingZeros().scale()));
            }
        }
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long[] weights = new long[n];
        long totalWeight = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal r = ratios.get(i);
            // the integer r × 10^scale has at most precision - scale + scale' digits: 18 fit a long
            if ((long) r.precision() - r.scale() + scale > 18) {
                return null;
            }
            weights[i] = r.movePointRight(scale).longValueExact();
            totalWeight += weights[i];
            if (totalWeight < 0) {
                return null;
            }
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            long product = units * weights[i];
            if (Math.multiplyHigh(units, weights[i]) != 0 || product < 0) {
                return null;
            }
            parts[i] = product / totalWeight;
            remainders[i] = product % totalWeight;
            given += parts[i];
        }
        long left = units - given;
        // the largest remainders get one more minor unit each, ties to the earlier part: the
        // first `left` of a stable sort by remainder, largest first
        boolean[] taken = new boolean[n];
        for (long k = 0; k < left; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            parts[best]++;
        }
        Money[] result = new Money[n];
        for (int i = 0; i < n; i++) {
            result[i] = new Money(BigDecimal.valueOf(whole < 0 ? -parts[i] : parts[i], digits), currency);
        }
        return Collections.unmodifiableList(java.util.Arrays.asList(result));
    }

    /** The largest-remainder method in {@link BigInteger}s, for any amount; the ratios are checked. */
    List<Money> allocateExactly(List<BigDecimal> ratios) {
        int scale = 0;
        for (BigDecimal r : ratios) {
            scale = Math.max(scale, Math.max(0, r.stripTrailingZeros().scale()));
        }
        List<BigInteger> weights = new ArrayList<>(ratios.size());
        BigInteger totalWeight = BigInteger.ZERO;
        for (BigDecimal r : ratios) {
            BigInteger w = r.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
            weights.add(w);
            totalWeight = totalWeight.add(w);
        }
        BigInteger whole = minorUnits();
        BigInteger units = whole.abs();
        BigInteger[] parts = new BigInteger[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] qr = units.multiply(weights.get(i)).divideAndRemainder(totalWeight);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = units.subtract(given).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        // largest remainder first; the sort is stable, so ties keep the earlier part first
        order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            parts[i] = parts[i].add(BigInteger.ONE);
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (BigInteger p : parts) {
            result.add(ofMinor(whole.signum() < 0 ? p.negate() : p, currency));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits this amount, rounded to the minor unit, into {@code n} equal parts that add up exactly
     * to the rounded whole; the earlier parts get the extra minor units.
     *
     * @param n  the number of parts, at least 1
     * @return the parts, never null
     * @throws ValidationException if n is less than 1
     */
    public List<Money> split(int n) {
        if (n < 1) {
            throw new ValidationException("Money split", List.of(Violation.of("n", n,
                    "cannot split " + this + " into " + n + " parts: the number of parts must be at least 1")));
        }
        return allocate(Collections.nCopies(n, BigDecimal.ONE));
    }

    private static void checkRatios(List<BigDecimal> ratios) {
        List<Violation> violations = new ArrayList<>();
        if (ratios.isEmpty()) {
            violations.add(Violation.of("ratios", "[]", "cannot allocate by an empty list of ratios"));
        }
        boolean anyPositive = false;
        for (int i = 0; i < ratios.size(); i++) {
            BigDecimal r = ratios.get(i);
            Violations each = Violations.of("Money allocation");
            if (!each.required("ratios[" + i + "]", r) || !Limits.check(each, "ratios[" + i + "]", r)) {
                violations.addAll(each.list());
                continue;
            }
            if (r.signum() < 0) {
                violations.add(Violation.of("ratios[" + i + "]", r, "ratio " + r.toPlainString() + " must not be negative"));
            }
            anyPositive |= r.signum() > 0;
        }
        if (!ratios.isEmpty() && !anyPositive) {
            violations.add(Violation.of("ratios", ratios, "at least one ratio must be greater than zero"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("Money allocation", violations);
        }
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /**
     * Compares amounts in the same currency.
     *
     * @param other  the other amount, not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * @param other  the other amount, not null
     * @return true if this is greater than other
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * @param other  the other amount, not null
     * @return true if this is less than other
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
    }

    /**
     * @return the amount and the code, e.g. {@code 1500000.00 SEK}: the amount in plain notation
     *         when it is within the SDK's decimal bounds (18 digits before and after the decimal
     *         point), otherwise as {@link BigDecimal#toString()} (e.g. {@code 1E+30 SEK}), so that
     *         the text stays short enough for any message
     */
    @Override
    public String toString() {
        return (Limits.within(amount) ? amount.toPlainString() : amount.toString()) + " " + currency.getCurrencyCode();
    }
}
