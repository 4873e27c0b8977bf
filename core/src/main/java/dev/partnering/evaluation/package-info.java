/**
 * Evaluating an agreement in operation: scorecards per period, incentive statements over a sequence
 * of periods, and the governance report of forums and escalations. The calculators here read an
 * {@link dev.partnering.agreement.Agreement} and produce the results defined next to their concepts
 * ({@code scorecard}, {@code incentive}, {@code governance}); they are stateless and thread-safe.
 */
@PartneringStyle
package dev.partnering.evaluation;

import dev.partnering.internal.PartneringStyle;
