/**
 * Trust: how the people on both sides of a partnership see loyalty, integrity, honesty,
 * reciprocity and transparency, measured by a {@link dev.partnering.trust.TrustSurvey} on a Likert
 * scale and turned by the {@link dev.partnering.trust.TrustCalculator} into a
 * {@link dev.partnering.trust.TrustReport}: normalised scores per side, level and dimension, the
 * trust index, perception and self-image gaps, balance and trend. Groups with too few respondents
 * are suppressed in every figure, including figures from which they could be worked out by
 * subtraction, so that no answer can be traced to a person. Behavioural signals (information
 * shared, requests answered in time, joint improvement initiatives) are counted per reporting
 * period beside the survey by {@link dev.partnering.trust.SignalTally}.
 */
@PartneringStyle
package dev.partnering.trust;

import dev.partnering.internal.PartneringStyle;
