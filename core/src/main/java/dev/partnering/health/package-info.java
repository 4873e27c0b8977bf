/**
 * Relationship health: one figure and one colour for a partnership in a period. The
 * {@link dev.partnering.health.HealthCalculator} combines three pillars, performance (the
 * scorecard score), trust (the trust index) and governance (the governance score), into a
 * weighted score from 0 to 100, classifies it RED, AMBER or GREEN by configurable thresholds and
 * lists the reasons, such as a trust perception gap, a level whose forum has stopped meeting, or
 * escalations past their deadline.
 */
@PartneringStyle
package dev.partnering.health;

import dev.partnering.internal.PartneringStyle;
