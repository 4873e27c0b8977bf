/**
 * Change over a multi-year life: amendments that revise KPIs, targets, roles and the incentive
 * scheme from a date, the history of agreement versions they produce, and the differences between
 * two versions. {@link dev.partnering.amendment.AgreementHistory} tells which version was in force
 * in a period; everything here is immutable and thread-safe.
 */
@PartneringStyle
package dev.partnering.amendment;

import dev.partnering.internal.PartneringStyle;
