/**
 * The improvement and transformation backlog: initiatives proposed by either party, decided by
 * level B (continuous improvement) or level A (transformation), followed from proposal to delivery
 * with their expected and realised benefit in money. Realised savings can feed a gain-share
 * component of the incentive scheme; the {@link dev.partnering.improvement.BacklogReport} shows the
 * pipeline, expected against realised benefit, the share proposed by the suppliers and what is
 * stalled.
 */
@PartneringStyle
package dev.partnering.improvement;

import dev.partnering.internal.PartneringStyle;
