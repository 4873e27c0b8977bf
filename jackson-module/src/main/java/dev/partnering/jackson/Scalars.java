package dev.partnering.jackson;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;

import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Writers of the small values the remaining hand-written writers use: text, decimals (as strings), whole
 * numbers, booleans, enums (by constant name), ISO-8601 dates, instants, periods and durations,
 * currencies, reporting periods and money.
 */
final class Scalars {

    private Scalars() {
    }

    static final ValueWriter<String> TEXT_OUT = (out, v) -> out.gen.writeString(v);
    static final ValueWriter<BigDecimal> DECIMAL_OUT = (out, v) -> out.gen.writeString(Out.format(v));
    static final ValueWriter<Integer> INT_OUT = (out, v) -> out.gen.writeNumber(v);
    static final ValueWriter<Enum<?>> ENUM_OUT = (out, v) -> out.gen.writeString(v.name());
    static final ValueWriter<LocalDate> DATE_OUT = (out, v) -> out.gen.writeString(v.toString());
    static final ValueWriter<Instant> INSTANT_OUT = (out, v) -> out.gen.writeString(v.toString());
    static final ValueWriter<Period> PERIOD_OUT = (out, v) -> out.gen.writeString(v.toString());
    static final ValueWriter<Currency> CURRENCY_OUT = (out, v) -> out.gen.writeString(v.getCurrencyCode());
    static final ValueWriter<ReportingPeriod> REPORTING_PERIOD_OUT = (out, v) -> out.gen.writeString(v.toString());
    static final ValueWriter<Money> MONEY_OUT = Scalars::writeMoney;

    /** @return the instant, see {@link FormatScalars#parseInstant} */
    static Instant parseInstant(String text) {
        return FormatScalars.parseInstant(text);
    }

    /** @return a duration of whole days as {@code P10D}, any other as Java writes it ({@code PT4H30M}) */
    static String format(Duration d) {
        return FormatScalars.format(d);
    }

    private static void writeMoney(Out out, Money m) throws java.io.IOException {
        out.begin();
        out.decimal("amount", m.amount());
        out.text("currency", m.currency().getCurrencyCode());
        out.end();
    }
}
