/**
 * What the governance package hands to the JSON module and the core's calculators only: reports from their
 * parts, re-validated. Exported to {@code dev.partnering.jackson} only.
 */
@PartneringStyle
package dev.partnering.governance.internal;

import dev.partnering.internal.PartneringStyle;
