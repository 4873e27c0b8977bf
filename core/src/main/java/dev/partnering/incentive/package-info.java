/**
 * Incentives: the money that moves because of performance. An
 * {@link dev.partnering.incentive.IncentiveScheme} is a list of
 * {@link dev.partnering.incentive.IncentiveComponent components} (gain share, at-risk pool with
 * service credits, service-credit tiers, bonus/malus curve, penalties, or a user's own) with an
 * optional floor and cap on the net adjustment; the {@link dev.partnering.evaluation.IncentiveCalculator}
 * turns a sequence of periods into an {@link dev.partnering.incentive.IncentiveStatement} that is
 * exact to the minor unit and explains every amount.
 */
@PartneringStyle
package dev.partnering.incentive;

import dev.partnering.internal.PartneringStyle;
