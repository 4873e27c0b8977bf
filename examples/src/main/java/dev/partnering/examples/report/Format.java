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
 * <p>
 * The rules every section of a report follows, so that a practitioner reads it without a
 * glossary: numbers at a declared number of decimals (never a raw quotient), ratios as percentages
 * ({@link #kpiValue}: {@code 96.8 %}), money with thousands separators and its currency
 * ({@link #money}), plain words instead of enum names and ISO durations ({@link #status},
 * {@link #missingData}, {@link #duration}, {@link #plain}), and chart titles shortened to fit
 * ({@link #fit}).
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
                .map(Step::text).filter(t -> !t.startsWith("version ")).map(Format::plain).toList();
        if (!rules.isEmpty() || line.value().isEmpty()) {
            return rules;
        }
        String unit = line.definition().map(d -> d.unit()).orElse("");
        return List.of("value " + kpiValue(line.value().get(), unit) + ": " + status(line.status()));
    }

    /** Units whose values are fractions of one, shown as percentages. */
    private static final java.util.Set<String> RATIO_UNITS = java.util.Set.of("share", "ratio", "fraction", "proportion");

    /**
     * @param unit  a KPI's unit, not null
     * @return whether values in this unit are fractions of one (a share, a ratio), shown as percentages
     */
    public static boolean isRatio(String unit) {
        return RATIO_UNITS.contains(unit.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * @param ratio  a fraction of one, not null
     * @param decimals  the decimals of the percentage
     * @return the ratio as a percentage: {@code 0.9838709677} at 1 decimal is {@code 98.4 %}
     */
    public static String percent(BigDecimal ratio, int decimals) {
        return ratio.movePointRight(2).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    /**
     * A KPI's value in the unit a reader expects: a ratio as a percentage with one decimal, any other
     * value with at most two decimals and its unit.
     *
     * @param value  the value, not null
     * @param unit  the KPI's unit, not null
     * @return e.g. {@code 98.4 %}, {@code 1.87 hours}, {@code 99.7 %}
     */
    public static String kpiValue(BigDecimal value, String unit) {
        if (isRatio(unit)) {
            return percent(value, 1);
        }
        String u = unit.strip();
        return decimal(value, 2) + (u.isEmpty() ? "" : " " + u);
    }

    /**
     * A scorecard line's value as {@link #kpiValue}, a binary KPI's as {@code met} or {@code not met}.
     *
     * @param line  the line, not null
     * @return the value, or {@code -} when it has none
     */
    public static String lineValue(ScorecardLine line) {
        if (line.value().isEmpty()) {
            return "-";
        }
        if (line.definition().filter(d -> d.isBinary()).isPresent()) {
            return line.value().get().signum() > 0 ? "met" : "not met";
        }
        return kpiValue(line.value().get(), line.definition().map(d -> d.unit()).orElse(""));
    }

    /**
     * A declared threshold, exact: a ratio as a percentage without trailing zeros, any other as written.
     *
     * @param value  the threshold, not null
     * @param unit  the KPI's unit, not null
     * @return e.g. {@code 95 %} for 0.95 of a share, {@code 99.5} for a threshold in percent
     */
    public static String threshold(BigDecimal value, String unit) {
        if (isRatio(unit)) {
            return decimal(value.movePointRight(2), 2) + " %";
        }
        return decimal(value, 4);
    }

    /**
     * @param status  a scorecard line's status, not null
     * @return it in words: {@code target met}, {@code below target}, {@code below minimum}, {@code no data},
     *         {@code excluded}, {@code not determined}
     */
    public static String status(dev.partnering.scorecard.KpiStatus status) {
        switch (status) {
            case MET:
                return "target met";
            case MISSING:
                return "no data";
            default:
                return words(status.name());
        }
    }

    /**
     * @param standing  a period's standing, not null
     * @return its name and the score that placed it there, at four decimals: {@code watch (score 0.8125)}
     * @since 0.1.0
     */
    public static String standing(dev.partnering.scorecard.Standing standing) {
        return standing.name() + " (score " + decimal(standing.score(), 4) + ")";
    }

    /**
     * @param band  a standing band, not null
     * @return its consequences, separated by semicolons, or {@code no consequences}
     * @since 0.1.0
     */
    public static String consequences(dev.partnering.scorecard.StandingBand band) {
        return band.consequences().isEmpty() ? "no consequences" : String.join("; ", band.consequences());
    }

    /**
     * @param year  a contract year's score, not null
     * @param standings  the agreement's standings, not null
     * @return e.g. {@code contract year 2026-01-01 to 2026-12-31 so far: score 0.9012 over 90 days, standing good},
     *         or {@code … so far: score undefined (no period with a defined score)}
     * @since 0.1.0
     */
    public static String contractYear(dev.partnering.evaluation.ContractYearScores.ContractYearScore year,
            dev.partnering.scorecard.Standings standings) {
        String span = "contract year " + year.start() + " to " + year.end() + " so far: score ";
        return span + year.score().map(v -> decimal(v, 4) + " over " + year.days() + " days, standing "
                + standings.bandOf(v).name()).orElse("undefined (no period with a defined score)");
    }

    /**
     * @param policy  a missing-data policy, not null
     * @return what it does, in words: {@code missing data counts as zero}
     */
    public static String missingData(dev.partnering.kpi.MissingDataPolicy policy) {
        switch (policy) {
            case ZERO:
                return "missing data counts as zero";
            case EXCLUDE:
                return "missing data is left out";
            default:
                return "missing data takes the last known value";
        }
    }

    /**
     * @param constant  an enum constant's name, not null
     * @return it in lower-case words: {@code IN_BALANCE} is {@code in balance}
     */
    public static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param period  a period of years, months and days, not null
     * @return it in words: {@code P12M} is {@code 12 months}, {@code P1Y6M} is {@code 1 year 6 months}
     */
    public static String duration(java.time.Period period) {
        List<String> parts = new java.util.ArrayList<>();
        unit(parts, period.getYears(), "year");
        unit(parts, period.getMonths(), "month");
        unit(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void unit(List<String> parts, int n, String name) {
        if (n != 0) {
            parts.add(n + " " + name + (Math.abs(n) == 1 ? "" : "s"));
        }
    }

    private static final java.util.regex.Pattern ISO_PERIOD =
            java.util.regex.Pattern.compile("\\bP(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?\\b");
    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("\\b[A-Z]+(?:_[A-Z]+)+\\b");

    /**
     * A message of the SDK in plain words: ISO durations in words ({@code review interval P12M} reads
     * {@code reviewed every 12 months}) and enum names in lower-case words ({@code HIGHER_IS_BETTER}
     * reads {@code higher is better}).
     *
     * @param text  a message, not null
     * @return the message for a practitioner, never null
     */
    public static String plain(String text) {
        String t = text.replaceAll("review interval (P\\w+)", "reviewed every $1");
        java.util.regex.Matcher m = ISO_PERIOD.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(duration(java.time.Period.parse(m.group()))));
        }
        m.appendTail(sb);
        m = CONSTANT.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The advance of a character of the charts' semibold sans-serif title font, in em: a
     * conservative estimate (a little wide), so that an estimated fit is a real fit; the browser
     * check measures the rendered titles.
     */
    static double advance(char c) {
        if ("il.,;:'|!ijI ".indexOf(c) >= 0) {
            return 0.32;
        }
        if ("-ftr()/".indexOf(c) >= 0) {
            return 0.42;
        }
        if ("mwMW".indexOf(c) >= 0) {
            return 0.92;
        }
        if (Character.isUpperCase(c)) {
            return 0.74;
        }
        return 0.62;
    }

    /**
     * @param text  a text, not null
     * @param fontPx  the font size, in pixels
     * @return its estimated width in the charts' title font, in pixels
     */
    static double width(String text, double fontPx) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return em * fontPx;
    }

    /**
     * A title that fits its width: shortened at a word boundary with an ellipsis when it is longer.
     *
     * @param title  the title, not null
     * @param widthPx  the width available, in pixels
     * @param fontPx  the font size, in pixels
     * @return the title, or its start and an ellipsis
     */
    public static String fit(String title, double widthPx, double fontPx) {
        if (width(title, fontPx) <= widthPx) {
            return title;
        }
        int max = title.length();
        while (max > 1 && width(title.substring(0, max) + "…", fontPx) > widthPx) {
            max--;
        }
        String cut = title.substring(0, max);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
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
