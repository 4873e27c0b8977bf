/**
 * Analysis before signing: the balance of an incentive scheme (upside against downside within caps),
 * back-testing a proposed scheme on past measurements, and simulation over distributions of KPI
 * values. Each analysis is a stateless calculator with an explained, immutable report.
 */
@PartneringStyle
package dev.partnering.analysis;

import dev.partnering.internal.PartneringStyle;
