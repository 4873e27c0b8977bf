/**
 * KPIs: what the partners agreed to measure, how, and against which thresholds. A
 * {@link dev.partnering.kpi.KpiDefinition} fixes direction, thresholds, aggregation rule, weight,
 * data source and method, and may be revised over time; a {@link dev.partnering.kpi.Measurement}
 * is one raw value (or numerator and denominator) for one KPI in one reporting period.
 */
@PartneringStyle
package dev.partnering.kpi;

import dev.partnering.internal.PartneringStyle;
