/**
 * Implementations behind the testkit's public arbitraries and checks. Not part of the API: the
 * types here may change in any release; use {@link dev.partnering.testkit.PartneringArbitraries}
 * and {@link dev.partnering.testkit.IncentiveInvariants} instead.
 */
package dev.partnering.testkit.internal;
