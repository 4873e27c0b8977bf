/**
 * What the incentive calculator gives the components and users must not touch: the implementations
 * of {@link dev.partnering.incentive.IncentiveContext} and its earlier periods. Not exported from
 * the module; components read the context through the interface.
 */
@PartneringStyle
package dev.partnering.incentive.internal;

import dev.partnering.internal.PartneringStyle;
