package dev.partnering.jackson;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;

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

    /** @return the reader of an enum by its constant name */
    /**
     * {@link Instant#parse}, with a fast path for the form every ERP export and this module write,
     * {@code 2026-03-31T12:00:00Z}; anything else (fractions, leap seconds, bad text) goes to
     * {@code Instant.parse}, which gives the same value or the same error.
     */
    static Instant parseInstant(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year)) && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                return java.time.LocalDateTime.of(year, month, day, hour, minute, second)
                        .toInstant(java.time.ZoneOffset.UTC);
            }
        }
        return Instant.parse(text);
    }

    /** @return the ASCII digits from {@code from} to {@code to} as a number, -1 if one is not a digit */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static <E extends Enum<E>> ValueReader<E> enumOf(Class<E> type) {
        return in -> in.enumOf(type);
    }

    /** @return a duration of whole days as {@code P10D}, any other as Java writes it ({@code PT4H30M}) */
    static String format(Duration d) {
        if (d.getNano() == 0 && d.getSeconds() % 86_400 == 0) {
            return "P" + d.getSeconds() / 86_400 + "D";
        }
        return d.toString();
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
