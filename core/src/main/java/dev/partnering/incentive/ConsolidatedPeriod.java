package dev.partnering.incentive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * One period of a multi-supplier statement, for every party at once: each supplier's figures, the
 * joint scheme's period, every payment between the parties and each party's net.
 * <p>
 * Invariant: each party's net is what it receives minus what it pays in {@link #payments()}, so
 * the nets of all parties add up to zero; each supplier's net equals its {@link SupplierPeriod#net()};
 * the lead's relays net to zero.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period, not null
 * @param suppliers  each supplier's figures by id, in the agreement's order, not null
 * @param joint  the joint scheme's period (its customer-side figures are not used: the joint net is
 *               split among the suppliers first), empty without a joint scheme, not null
 * @param payments  every payment between parties, not null
 * @param netByParty  each party's net, customers and suppliers, not null
 * @param passedThroughLead  the total the lead relayed for the other suppliers, both directions, not null
 * @param remedies  the remedies found in the period, each naming the suppliers it is against, not null
 * @param explanation  the arithmetic, not null
 * @since 0.1.0
 */
public record ConsolidatedPeriod(ReportingPeriod period, Map<String, SupplierPeriod> suppliers,
        Optional<PeriodStatement> joint, List<Payment> payments, Map<String, Money> netByParty, Money passedThroughLead,
        List<PartyRemedy> remedies, Explanation explanation) {

    /**
     * @param period the period, not null
     * @param suppliers each supplier's figures by id, in the agreement's order, not null
     * @param joint the joint scheme's period (its customer-side figures are not used: the joint net is split among the suppliers first), empty without a joint scheme, not null
     * @param payments every payment between parties, not null
     * @param netByParty each party's net, customers and suppliers, not null
     * @param passedThroughLead the total the lead relayed for the other suppliers, both directions, not null
     * @param remedies the remedies found in the period, each naming the suppliers it is against, not null
     * @param explanation the arithmetic, not null
     * @throws NullPointerException if an argument is null
     */
    public ConsolidatedPeriod {
        Objects.requireNonNull(period, "period");
        suppliers = Collections.unmodifiableMap(new LinkedHashMap<>(suppliers));
        Objects.requireNonNull(joint, "joint");
        payments = List.copyOf(payments);
        netByParty = Collections.unmodifiableMap(new LinkedHashMap<>(netByParty));
        Objects.requireNonNull(passedThroughLead, "passedThroughLead");
        remedies = List.copyOf(remedies);
        Objects.requireNonNull(explanation, "explanation");
    }
}
