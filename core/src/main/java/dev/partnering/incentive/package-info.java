/**
 * Incentives: the money that moves because of performance. An
 * {@link dev.partnering.incentive.IncentiveScheme} is a list of
 * {@link dev.partnering.incentive.IncentiveComponent components} (gain share, at-risk pool with
 * service credits, service-credit tiers, bonus/malus curve, penalties, or a user's own) with an
 * optional floor and cap on the net adjustment; the {@link dev.partnering.evaluation.IncentiveCalculator}
 * turns a sequence of periods into an {@link dev.partnering.incentive.IncentiveStatement} that is
 * exact to the minor unit and explains every amount.
 *
 * <h2>Precision: where each amount comes into being, and how it is rounded</h2>
 * Every amount is rounded once, HALF_EVEN, to its currency's minor unit, where it comes into being;
 * within its formula nothing is rounded or cut (products and sums are exact, a division comes last
 * and gives the correctly rounded exact quotient). The rounded amount is the one shown, explained,
 * stored and used by what follows. The figures an amount is computed from are the declared,
 * already rounded ones: the period fee, the pool, the scorecard score (rounded to the agreement's
 * declared decimals, {@link dev.partnering.agreement.Agreement#precision()}).
 * <ul>
 *   <li><b>Period fee from a schedule</b>: the sum of the entries within the period, or the pro-rata
 *       share of one coarser entry, {@code entry × months of the period / months of the entry}, rounded
 *       ({@link dev.partnering.agreement.FeeSchedule#feeFor}).</li>
 *   <li><b>Pool</b> P = {@code period fee × at-risk % / 100}, rounded ({@link dev.partnering.incentive.AtRiskPool#pool}).</li>
 *   <li><b>Credit line</b> = {@code P × allocation % / 100} from the rounded pool, rounded; the credits
 *       are the sum of the lines, or, when that exceeds P, P split among the triggered KPIs by their
 *       allocations (largest remainder, ties to the earlier KPI). An earn-back returns what the
 *       supplier bore of those lines, in minor units.</li>
 *   <li><b>Service-credit tiers</b>: the credit {@code fee × band % / 100}, the period cap
 *       {@code fee × cap % / 100} and the rolling cap {@code Σ fees of the twelve months × cap % / 100},
 *       each rounded; the room under the rolling cap is the rounded cap less what was already borne.</li>
 *   <li><b>Curve amount</b> = {@code fee × y(score) / 100} (or {@code y(score)} for a curve in money),
 *       with {@code y} interpolated exactly between two points, rounded once
 *       ({@link dev.partnering.incentive.BonusMalusCurve#amountAt}); the curve value shown is rounded to
 *       6 decimals for display only.</li>
 *   <li><b>Caps</b> given as a percentage ({@link dev.partnering.incentive.Bound#resolve}):
 *       {@code fee × percent / 100}, rounded; a yearly penalty cap's annual fee is the sum of the period
 *       fees of the contract year.</li>
 *   <li><b>Gain share parts</b>: savings S = baseline − actual, rounded; the supplier's part is
 *       {@code Σ band × share % / 100} over the tiers (or {@code |S| × pain share % / 100}), exact, within
 *       its cap, rounded once; the customer's part is S less the supplier's, so the two add up to S.</li>
 *   <li><b>Penalties</b>: {@code Σ charges} (the rate per event, or units × rate) exact, within the
 *       period and yearly caps, rounded once.</li>
 *   <li><b>Net limits</b>: the scheme's floor and cap, {@code fee × percent / 100}, rounded; the net is
 *       the sum of the rounded components within them.</li>
 *   <li><b>Splits</b> among the customers of a consortium ({@link dev.partnering.incentive.ConsortiumSplit})
 *       and of a capped pool: largest remainder in minor units, so the rounded parts add up exactly to
 *       the rounded whole.</li>
 * </ul>
 */
@PartneringStyle
package dev.partnering.incentive;

import dev.partnering.internal.PartneringStyle;
