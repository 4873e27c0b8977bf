/**
 * Trust: how the people on both sides of a partnership see loyalty, integrity, honesty,
 * reciprocity and transparency, measured by a {@link dev.partnering.trust.TrustSurvey} on a Likert
 * scale and turned by the {@link dev.partnering.trust.TrustCalculator} into a
 * {@link dev.partnering.trust.TrustReport}: normalised scores per side, level and dimension, the
 * trust index, perception and self-image gaps, balance and trend. Groups with too few respondents
 * are suppressed in every figure, including figures from which they could be worked out by
 * subtraction or that, read with the ends of the scale, would narrow their answers down, so that no
 * answer can be traced to a person. Behavioural signals (information shared, requests answered in
 * time, joint improvement initiatives) are counted per reporting period beside the survey by
 * {@link dev.partnering.trust.SignalTally}.
 *
 * <h2>Anonymity against inference</h2>
 * A reader is assumed to know, per dimension, how many answers every cell (side, level, focus)
 * holds, the exact sum of every figure shown (mean times answers) and the scale. Three rules hold
 * for every group with fewer respondents than the policy's minimum:
 * <ol>
 * <li>its own figures are never shown ({@link dev.partnering.trust.SuppressionReason#BELOW_MINIMUM});</li>
 * <li>its sum is no linear combination of the sums shown, so it cannot be worked out by adding and
 * subtracting figures ({@link dev.partnering.trust.SuppressionReason#COMPLEMENTARY});</li>
 * <li>every combination of its answers on the scale agrees with all figures shown: no figure at or
 * near an end of the scale pins or bounds them ({@link dev.partnering.trust.SuppressionReason#BOUNDS}).
 * A shown mean over {@code n} answers containing the {@code k} answers of a small group leaves
 * them free only while the other answers can make up the rest: for a single figure, while the
 * mean is at least {@code 100 k / n} and at most {@code 100 (n - k) / n}; the calculator decides
 * it for all figures together, exactly, as a flow problem.</li>
 * </ol>
 * Across the reports of a series, a {@link dev.partnering.trust.TrustTrend} shows the change of a
 * figure only when its respondents and answers are as many in both assessments or its respondents
 * differ in number by at least the minimum; a trust index's change only when every figure it
 * weighs qualifies.
 * <p>
 * What remains possible when a user compares separate reports by hand: every report shows its own
 * figures with their answer and respondent counts, and nothing prevents putting two reports side by
 * side and subtracting (4 x 62.5 - 3 x 77.78 gives a newcomer's answer); the trend withholds that
 * change, but the figures stay in each report. Respondents are anonymous across surveys, so when
 * as many joined as left, the change compares two groups of people and tells the difference
 * between what the newcomers and the leavers answered, which at the ends of the scale gives both
 * away. The pattern of suppression depends on the answers too: that a figure is hidden for
 * {@code BOUNDS} tells that its mean is near an end of the scale, never which answer a small
 * group gave.
 *
 * <h2>Precision</h2>
 * Every figure is its exact rational value rounded once, HALF_EVEN, to
 * {@link dev.partnering.trust.TrustReport#DECIMALS} decimals: a group's score from the exact sum of
 * its answers' steps on the scale, divided once; a trust index from the rounded scores it weighs.
 * Gaps and changes are exact differences of rounded figures.
 */
@PartneringStyle
package dev.partnering.trust;

import dev.partnering.internal.PartneringStyle;
