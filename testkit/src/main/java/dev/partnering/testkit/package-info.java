/**
 * The partnering testkit: jqwik arbitraries for the SDK's domain types and reusable checks of the
 * incentive invariants, for property-based tests of your own agreements and incentive schemes.
 * {@link dev.partnering.testkit.PartneringArbitraries} is the entry point for generators with
 * knobs, {@link dev.partnering.testkit.PartneringDomain} lets {@code @ForAll Agreement} and friends
 * work under {@code @Domain(PartneringDomain.class)}, and
 * {@link dev.partnering.testkit.IncentiveInvariants} checks monotonicity, bounds, conservation,
 * order independence, scale and neutrality of a scheme inside your own properties.
 * <p>
 * Every generated value is valid by construction and shrinks toward small, readable values.
 * Add the testkit in test scope; it needs {@code jqwik-api} and your test setup brings the engine.
 *
 * @since 0.1.0
 */
package dev.partnering.testkit;
