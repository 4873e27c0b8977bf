package dev.partnering.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;

/**
 * The balance of a scheme ("orderer competence"): the most the supplier can gain and lose per
 * period and per year, their ratio, and warnings about a lopsided or ineffective scheme.
 * Absent figures are unbounded (a component without a cap) or unknown (a user component that
 * does not state its exposure).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param periodFee  the period fee the figures assume
 * @param periodsPerYear  periods per year the yearly figures assume
 * @param upsidePerPeriod  the largest addition to the supplier's payout in a period
 * @param downsidePerPeriod  the largest deduction in a period, as a non-negative amount
 * @param upsidePerYear  the largest addition in a year
 * @param downsidePerYear  the largest deduction in a year
 * @param upsideToDownside  upside per period / downside per period rounded HALF_EVEN to 6 decimals, when both are
 *        known and the downside is not zero
 * @param warnings  what looks wrong, in words
 * @param explanation  how the figures were reached
 * @since 0.1.0
 */
public record BalanceReport(Money periodFee, int periodsPerYear, Optional<Money> upsidePerPeriod,
        Optional<Money> downsidePerPeriod, Optional<Money> upsidePerYear, Optional<Money> downsidePerYear,
        Optional<BigDecimal> upsideToDownside, List<String> warnings, Explanation explanation) {

    /**
     * Copies the list; checks for nulls.
     *
     * @param periodFee  the period fee the figures assume
     * @param periodsPerYear  periods per year the yearly figures assume
     * @param upsidePerPeriod  the largest addition to the supplier's payout in a period
     * @param downsidePerPeriod  the largest deduction in a period, as a non-negative amount
     * @param upsidePerYear  the largest addition in a year
     * @param downsidePerYear  the largest deduction in a year
     * @param upsideToDownside  upside per period / downside per period rounded HALF_EVEN to 6 decimals, when both are known and the downside is not zero
     * @param warnings  what looks wrong, in words
     * @param explanation  how the figures were reached
     */
    public BalanceReport {
        Objects.requireNonNull(periodFee, "periodFee");
        Objects.requireNonNull(upsidePerPeriod, "upsidePerPeriod");
        Objects.requireNonNull(downsidePerPeriod, "downsidePerPeriod");
        Objects.requireNonNull(upsidePerYear, "upsidePerYear");
        Objects.requireNonNull(downsidePerYear, "downsidePerYear");
        Objects.requireNonNull(upsideToDownside, "upsideToDownside");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(explanation, "explanation");
    }
}
