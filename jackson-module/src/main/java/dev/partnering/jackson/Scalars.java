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
 * Readers and writers of the small values every format uses: text, decimals (as strings), whole
 * numbers, booleans, enums (by constant name), ISO-8601 dates, instants, periods and durations,
 * currencies, reporting periods and money.
 */
final class Scalars {

    private Scalars() {
    }

    static final ValueReader<String> TEXT = In::text;
    static final ValueReader<BigDecimal> DECIMAL = In::decimal;
    static final ValueReader<Integer> INT = In::integer;
    static final ValueReader<Boolean> BOOL = In::bool;
    static final ValueReader<LocalDate> DATE = in -> in.parse("an ISO-8601 date such as 2026-03-31", LocalDate::parse);
    static final ValueReader<Instant> INSTANT = in -> in.parse("an ISO-8601 instant such as 2026-03-31T12:00:00Z",
            Scalars::parseInstant);
    static final ValueReader<Period> PERIOD = in -> in.parse("an ISO-8601 period such as P3Y, P6M or P1Y6M", Period::parse);
    static final ValueReader<Currency> CURRENCY = in -> in.parse("an ISO-4217 currency code", Money::currency);
    static final ValueReader<ReportingPeriod> REPORTING_PERIOD = in -> in.parse(
            "a reporting period such as 2026-03, 2026-Q1 or 2026", ReportingPeriod::parse);
    static final ValueReader<Money> MONEY = Scalars::readMoney;

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

    /** @return the reader of an enum by its constant name */
    static <E extends Enum<E>> ValueReader<E> enumOf(Class<E> type) {
        return in -> in.enumOf(type);
    }

    /** @return a duration of whole days as {@code P10D}, any other as Java writes it ({@code PT4H30M}) */
    static String format(Duration d) {
        return FormatScalars.format(d);
    }

    private static Money readMoney(In in) {
        in.object("an amount of money, e.g. {\"amount\": \"1500000.00\", \"currency\": \"SEK\"},");
        BigDecimal amount = in.req("amount", DECIMAL);
        String currency = in.req("currency", TEXT);
        return in.build(() -> Money.of(amount, Money.currency(currency)));
    }

    private static void writeMoney(Out out, Money m) throws java.io.IOException {
        out.begin();
        out.decimal("amount", m.amount());
        out.text("currency", m.currency().getCurrencyCode());
        out.end();
    }
}
