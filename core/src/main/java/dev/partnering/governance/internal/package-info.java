/**
 * What the governance package hands to the core's calculators only: reports from their parts. Not
 * exported.
 */
@PartneringStyle
package dev.partnering.governance.internal;

import dev.partnering.internal.PartneringStyle;
