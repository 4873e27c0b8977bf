/**
 * What the lifecycle package hands to the JSON module and the core's calculators only: reports from their
 * parts, re-validated. Exported to {@code dev.partnering.jackson} only.
 */
@PartneringStyle
package dev.partnering.lifecycle.internal;

import dev.partnering.internal.PartneringStyle;
