/**
 * The SDK's one error for invalid input: {@link dev.partnering.ValidationException}, listing
 * every {@link dev.partnering.Violation} (path, rejected value, rule) found when a value is built.
 * The domain lives in the sub-packages ({@code money}, {@code agreement}, {@code kpi},
 * {@code incentive}, ...); this package holds what they share.
 *
 * <h2>How invalid input is reported</h2>
 * <ul>
 * <li><b>Builders and factories</b> ({@code builder()...build()}, {@code of(...)},
 * {@code parse(...)}, the text helpers such as {@code thresholds("99", "99.5", null)}) report
 * every invalid input with a {@code ValidationException} when the value is built, and name
 * <em>every</em> problem of the value at once: a missing required attribute, a {@code null} (passed
 * to a setter, inside a list, as a factory parameter), text that is not a number, a number out of
 * bounds, a broken domain rule. A {@code null} is never a {@code NullPointerException} there: it is a
 * violation at the attribute's path with the rule "required".</li>
 * <li><b>Operations and calculators</b> (arithmetic on {@code Money}, {@code calculate(...)},
 * {@code evaluate(...)}) follow Java's convention for their plain arguments: a {@code null} argument
 * throws {@code NullPointerException}, as their Javadoc says ("not null"). Data they are given that
 * breaks a rule (periods, measurements that do not fit, currencies) is a {@code ValidationException}.</li>
 * <li><b>A builder is used once per attribute</b>: setting a single-valued attribute a second time
 * is a programming error, not invalid data, and throws {@code IllegalStateException} at once
 * (the generated builders are strict).</li>
 * </ul>
 *
 * <h2>Limits</h2>
 * Every decimal a value is built from (amounts, thresholds, percentages, weights, measured values)
 * has at most 18 digits before the decimal point and at most 18 after it, trailing zeros dropped;
 * {@link dev.partnering.money.Money} itself holds at most 100 digits with an exponent within ±100,
 * so that sums of bounded inputs stay representable and everything written reads back. Amounts
 * that are paid or bound a payment (fees, pools, caps, fixed bonuses, penalties per event, gain-share
 * tier starts) carry no more decimals than the currency's minor unit; rates (a penalty per unit,
 * percentages, weights, thresholds) may be finer. Durations (terms, options, notice periods, review
 * intervals) are at most 100 years, and contract dates lie in the years 1900 to 9999. Messages
 * format a rejected value only when read, and abbreviate one longer than 40 characters to its
 * first 40 and its length.
 *
 * @since 0.1.0
 */
package dev.partnering;
