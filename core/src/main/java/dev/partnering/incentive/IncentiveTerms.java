package dev.partnering.incentive;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.term.ContractTerm;

/**
 * What an incentive scheme is written against and evaluated within: the agreement's currency,
 * KPIs, parties, contract term and fees. {@link dev.partnering.agreement.Agreement} implements it;
 * the incentive package sees an agreement only through this view, so that the agreement can hold
 * its schemes without the two packages depending on each other.
 * <p>
 * Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface IncentiveTerms {

    /** @return the id of the agreement, never null */
    String id();

    /** @return the currency of every amount, never null */
    Currency currency();

    /** @return the ids of the KPIs, in declaration order, never null */
    List<String> kpiIds();

    /**
     * @param kpiId  a KPI id, not null
     * @return the versions of that KPI, oldest first; empty when the agreement does not define it
     */
    List<KpiDefinition> kpiVersions(String kpiId);

    /** @return the suppliers, in declaration order, never null */
    List<Party> suppliers();

    /** @return the customers, in declaration order, never null */
    List<Party> customers();

    /** @return the lead supplier, if one is declared */
    Optional<Party> leadSupplier();

    /** @return the contract term, never null */
    ContractTerm term();

    /**
     * @param period  a reporting period, not null
     * @return the fee of that period from the fee schedule, empty when the schedule has none for it
     */
    Optional<Money> feeFor(ReportingPeriod period);

    /**
     * Who answers for a KPI version in these terms: the named accountability, or the implied one
     * (the single supplier; with several suppliers the lead; else none).
     *
     * @param kpi  a KPI version of these terms, not null
     * @return the accountability in force, empty when the KPI is unassigned
     * @since 0.1.0
     */
    default Optional<dev.partnering.party.Accountability> accountabilityOf(KpiDefinition kpi) {
        return dev.partnering.party.Accountability.implied(kpi.accountability(), suppliers());
    }

    /**
     * @param amount  an amount, not null
     * @return true when the amount is in {@link #currency()}
     */
    default boolean isInCurrency(Money amount) {
        return amount.currency().equals(currency());
    }
}
