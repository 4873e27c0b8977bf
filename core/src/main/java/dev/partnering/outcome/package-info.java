/**
 * Desired outcomes: the shared vision and goals of a partnership as outcomes the parties want,
 * each measured by one or more KPIs with a contribution weight (the Vested method starts here).
 * {@link dev.partnering.outcome.OutcomeCoverage} lists outcomes no KPI measures and KPIs that serve
 * no outcome ("following the wrong parameters"); {@link dev.partnering.outcome.OutcomeTracker}
 * reads each outcome's progress per period from the scorecards, explained.
 */
@PartneringStyle
package dev.partnering.outcome;

import dev.partnering.internal.PartneringStyle;
