/**
 * What the trust package hands to the JSON module and the core's calculators only: reports from their
 * parts, re-validated. Exported to {@code dev.partnering.jackson} only.
 */
@PartneringStyle
package dev.partnering.trust.internal;

import dev.partnering.internal.PartneringStyle;
