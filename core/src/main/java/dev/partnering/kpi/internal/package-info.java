/**
 * What the calculators read of the KPI package's values and users must not touch: the columns of a
 * {@link dev.partnering.kpi.MeasurementTable} ({@link dev.partnering.kpi.internal.MeasurementColumns}).
 * Not exported from the module; users read a table through its public methods.
 */
@PartneringStyle
package dev.partnering.kpi.internal;

import dev.partnering.internal.PartneringStyle;
