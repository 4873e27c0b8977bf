/**
 * The joint risk register: the risks both parties watch together, each with an owning party, a
 * likelihood and an impact on the register's declared scales, mitigation actions (actions of the
 * {@link dev.partnering.action.ActionRegister} that name the risk) and a review date. A
 * {@link dev.partnering.risk.RiskReview} on a day ranks the risks and warns of those whose review
 * is overdue and of high risks without a mitigation.
 */
@PartneringStyle
package dev.partnering.risk;

import dev.partnering.internal.PartneringStyle;
