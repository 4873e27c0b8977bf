/**
 * What the core's calculators need to build explanations and users must not touch: lazy steps.
 * Not exported from the module; the public model of explanations is {@link dev.partnering.explanation}.
 */
@PartneringStyle
package dev.partnering.explanation.internal;

import dev.partnering.internal.PartneringStyle;
