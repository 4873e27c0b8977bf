package dev.partnering.testkit;

import java.time.LocalDate;
import java.util.Currency;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.MissingDataPolicy;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid {@link Agreement}s: by default 1 to 2 customers and 1 to 3 suppliers (sometimes
 * with a lead), governance on two or three levels with every role mirrored by a counterpart at the
 * same level on the other side and a forum per level, 1 to 5 KPIs in force from the start (the
 * first never BINARY), a term of 1 to 3 years with up to two one-year options starting on the first
 * of a month near 2026, a monthly fee for every month of the initial term, any missing-data policy,
 * and an incentive scheme about half the time. Agreements shrink toward one customer, one
 * supplier, two levels, the fewest KPIs, a one-year term from 2026-01-01 and no scheme.
 * <p>
 * Ids are readable: parties {@code customer-1}, {@code supplier-1}, roles {@code supplier-1-A},
 * KPIs {@code kpi-1}, components by their type name ({@code gain-share}, {@code penalty}, ...).
 * Every knob returns a new arbitrary; instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface AgreementArbitrary extends Arbitrary<Agreement> {

    /**
     * @param count  the number of customers, at least 1 (more than one is a consortium)
     * @return an arbitrary of agreements with that many customers, never null
     */
    AgreementArbitrary withCustomers(int count);

    /**
     * @param min  the fewest customers, at least 1
     * @param max  the most customers, at least {@code min}
     * @return an arbitrary of agreements with that many customers, never null
     */
    AgreementArbitrary withCustomers(int min, int max);

    /**
     * @param count  the number of suppliers, at least 1
     * @return an arbitrary of agreements with that many suppliers, never null
     */
    AgreementArbitrary withSuppliers(int count);

    /**
     * @param min  the fewest suppliers, at least 1
     * @param max  the most suppliers, at least {@code min}
     * @return an arbitrary of agreements with that many suppliers, never null
     */
    AgreementArbitrary withSuppliers(int min, int max);

    /**
     * @param count  the number of KPIs, at least 0
     * @return an arbitrary of agreements with that many KPIs, never null
     */
    AgreementArbitrary withKpis(int count);

    /**
     * @param min  the fewest KPIs, at least 0
     * @param max  the most KPIs, at least {@code min}
     * @return an arbitrary of agreements with that many KPIs, never null
     */
    AgreementArbitrary withKpis(int min, int max);

    /**
     * Draws the agreements' KPIs like the given arbitrary (directions, aggregation rules, threshold
     * range, qualifying conditions); ids and effective dates stay the agreement's own.
     *
     * @param kpis  an arbitrary from {@link PartneringArbitraries#kpis()}, not null
     * @return an arbitrary of agreements with such KPIs, never null
     */
    AgreementArbitrary withKpis(KpiDefinitionArbitrary kpis);

    /**
     * @param levels  the number of governance levels: 2 (A and B) or 3 (A, B and C)
     * @return an arbitrary of agreements with that governance, never null
     */
    AgreementArbitrary withLevels(int levels);

    /**
     * @param currency  the currency of every agreement, with a minor unit, not null
     * @return an arbitrary of agreements in that currency, never null
     */
    AgreementArbitrary in(Currency currency);

    /**
     * @param start  the first day of every agreement's term and KPIs, not null
     * @return an arbitrary of agreements starting that day, never null
     */
    AgreementArbitrary startingOn(LocalDate start);

    /**
     * @param policy  the missing-data policy of every agreement, not null
     * @return an arbitrary of agreements with that policy, never null
     */
    AgreementArbitrary withMissingDataPolicy(MissingDataPolicy policy);

    /** @return an arbitrary of agreements that always have an incentive scheme, of any mix of components, never null */
    AgreementArbitrary withIncentiveScheme();

    /**
     * @param schemes  how to draw the scheme, from {@link PartneringArbitraries#incentiveSchemes()}, not null
     * @return an arbitrary of agreements that always have such a scheme, never null
     */
    AgreementArbitrary withIncentiveScheme(IncentiveSchemeArbitrary schemes);

    /** @return an arbitrary of agreements without an incentive scheme, never null */
    AgreementArbitrary withoutIncentiveScheme();
}
