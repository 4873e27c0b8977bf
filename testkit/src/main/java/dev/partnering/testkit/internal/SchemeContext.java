package dev.partnering.testkit.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.party.Party;

/**
 * What a generated scheme needs to know of its agreement: the KPIs (the latest version of each),
 * the ones a service-credit table can apply to (every version directed the same way), the
 * currency and the suppliers.
 *
 * @param kpis  the latest version of each KPI, in declaration order
 * @param tierKpis  the KPIs whose every version is HIGHER_IS_BETTER or every version LOWER_IS_BETTER
 * @param currency  the agreement's currency
 * @param suppliers  the ids of the suppliers
 */
record SchemeContext(List<KpiDefinition> kpis, List<KpiDefinition> tierKpis, Currency currency, List<String> suppliers) {

    static SchemeContext of(List<KpiDefinition> kpis, Currency currency, List<String> suppliers) {
        List<KpiDefinition> tiers = kpis.stream().filter(k -> !k.isBinary()).toList();
        return new SchemeContext(kpis, tiers, currency, suppliers);
    }

    static SchemeContext of(Agreement agreement) {
        List<KpiDefinition> latest = new ArrayList<>();
        List<KpiDefinition> tiers = new ArrayList<>();
        for (String id : agreement.kpiIds()) {
            List<KpiDefinition> versions = agreement.kpiVersions(id);
            KpiDefinition last = versions.get(versions.size() - 1);
            latest.add(last);
            Direction d = last.direction();
            if (d != Direction.BINARY && versions.stream().allMatch(v -> v.direction() == d)) {
                tiers.add(last);
            }
        }
        return new SchemeContext(latest, tiers, agreement.currency(), agreement.suppliers().stream().map(Party::id).toList());
    }
}
