/**
 * The agreement: the contract between customers and suppliers run as a partnership. It ties
 * together the parties, the contract term, the phase, the shared vision and goals, who owns which
 * responsibility area, the governance, the KPIs and the fees, and is checked as a whole when built.
 */
@PartneringStyle
package dev.partnering.agreement;

import dev.partnering.internal.PartneringStyle;
