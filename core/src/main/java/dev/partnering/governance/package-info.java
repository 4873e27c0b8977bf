/**
 * Governance: the collaboration organisation that runs a partnership after the contract is signed.
 * Two or three {@link dev.partnering.governance.GovernanceLevel levels} (strategic A, tactical B,
 * operational C), mirrored roles on both sides with their mandates, meeting forums per level with
 * a cadence, and an escalation policy that says how long an issue may stay at a level.
 */
@PartneringStyle
package dev.partnering.governance;

import dev.partnering.internal.PartneringStyle;
