package dev.partnering.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.money.Money;
import dev.partnering.scorecard.ScorecardLine;

/**
 * Display formatting for the reports. Values stay exact decimals until here; this is the one
 * place they are rounded, for the eye only (HALF_EVEN).
 */
public final class Format {

    private Format() {
    }

    /**
     * Why a scorecard line has its status, read from its explanation: the rules that decided it
     * (qualifying conditions, the missing-data policy), or for a line scored on its own value, the
     * value and the status.
     *
     * @param line  the line, not null
     * @return the reasons, one per rule, never null
     */
    public static List<String> why(ScorecardLine line) {
        List<String> rules = line.explanation().children().stream().filter(s -> s.kind() == StepKind.RULE)
                .map(Step::text).filter(t -> !t.startsWith("version ")).toList();
        if (!rules.isEmpty() || line.value().isEmpty()) {
            return rules;
        }
        return List.of("value " + line.value().get().stripTrailingZeros().toPlainString()
                + line.definition().map(d -> " " + d.unit()).orElse("") + ": " + line.status());
    }

    /**
     * @param value  a decimal, not null
     * @param decimals  the most decimals to show
     * @return the value rounded to at most {@code decimals} places, trailing zeros dropped: {@code 1.0575}, {@code 68}
     */
    public static String decimal(BigDecimal value, int decimals) {
        BigDecimal r = value.setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /**
     * @param value  a decimal, or empty
     * @param decimals  the most decimals to show
     * @return the value as {@link #decimal}, or {@code n/a}
     */
    public static String decimal(Optional<BigDecimal> value, int decimals) {
        return value.map(v -> decimal(v, decimals)).orElse("n/a");
    }

    /**
     * @param value  a decimal, not null
     * @return the value with exactly two decimals: {@code 55.93}
     */
    public static String fixed2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * @param amount  an amount, not null
     * @return the amount with thousands separators and its currency: {@code 3,600,000.00 SEK}
     */
    public static String money(Money amount) {
        return number(amount.amount(), amount.currency().getDefaultFractionDigits()) + " "
                + amount.currency().getCurrencyCode();
    }

    /**
     * @param amount  an amount, not null
     * @return the amount with an explicit sign: {@code +316,000.00 SEK}, {@code -69,000.00 SEK}, {@code 0.00 SEK}
     */
    public static String signed(Money amount) {
        return (amount.isPositive() ? "+" : "") + money(amount);
    }

    /**
     * @param amount  an amount, not null
     * @return the amount without currency, whole units when it has no minor part: {@code -69,000}, {@code 0.5}
     */
    public static String compact(Money amount) {
        BigDecimal a = amount.amount();
        boolean whole = a.stripTrailingZeros().scale() <= 0;
        return (amount.isPositive() ? "+" : "") + number(a, whole ? 0 : amount.currency().getDefaultFractionDigits());
    }

    private static String number(BigDecimal value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(value);
    }
}
