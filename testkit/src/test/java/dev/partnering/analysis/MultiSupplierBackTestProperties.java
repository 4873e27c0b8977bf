package dev.partnering.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.testkit.MultiSupplierArbitraries;
import dev.partnering.testkit.MultiSupplierCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.partnering.testkit.ThoroughTries;

/**
 * Back-testing per supplier and for the whole, over generated multi-supplier agreements whose
 * proposal rotates the joint shares among the suppliers.
 * <p>
 * 250 tries per property (scaled by {@code -Pthorough}), not jqwik's default 1,000: a try builds and
 * evaluates a whole multi-party agreement.
 */
@AddLifecycleHook(ThoroughTries.class)
class MultiSupplierBackTestProperties {

    @Provide
    Arbitrary<MultiSupplierCase> cases() {
        return MultiSupplierArbitraries.cases();
    }

    /** @return the agreement with each supplier's joint share given to the next supplier */
    static Agreement rotated(Agreement a) {
        JointArrangement j = a.jointArrangement().orElseThrow();
        List<String> ids = new ArrayList<>(j.sharesPercent().keySet());
        JointArrangement.Builder b = JointArrangement.builder().jointScheme(j.jointScheme()).leadPassThrough(j.leadPassThrough());
        for (int i = 0; i < ids.size(); i++) {
            b.share(ids.get((i + 1) % ids.size()), j.sharesPercent().get(ids.get(i)));
        }
        return a.withSupplierSchemes(a.supplierSchemes(), Optional.of(b.build()));
    }

    private static MultiSupplierBackTest run(MultiSupplierCase c) {
        return BackTester.compareSuppliers(c.agreement(), rotated(c.agreement()), c.periods(), c.measurements(), List.of(),
                c.costs());
    }

    @Property(tries = 250)
    void theSuppliersRowsAddUpToTheWholeInEveryPeriod(@ForAll("cases") MultiSupplierCase c) {
        MultiSupplierBackTest t = run(c);
        Money zero = Money.zero(c.agreement().currency());
        for (int i = 0; i < c.periods().size(); i++) {
            Money current = zero;
            Money proposed = zero;
            Money difference = zero;
            for (List<BackTest.Row> rows : t.suppliers().values()) {
                current = current.plus(rows.get(i).currentNet());
                proposed = proposed.plus(rows.get(i).proposedNet());
                difference = difference.plus(rows.get(i).difference());
            }
            assertEquals(current, t.whole().get(i).currentNet());
            assertEquals(proposed, t.whole().get(i).proposedNet());
            assertEquals(difference, t.whole().get(i).difference());
        }
        Money total = zero;
        for (String id : t.suppliers().keySet()) {
            total = total.plus(t.supplierTotalDifference(id));
        }
        assertEquals(total, t.totalDifference());
    }

    @Property(tries = 250)
    void theWholeIsWhatTheCustomersPayInNet(@ForAll("cases") MultiSupplierCase c) {
        // independent of the sums above: the consolidated statement's nets of the customer parties
        MultiSupplierBackTest t = run(c);
        for (int i = 0; i < c.periods().size(); i++) {
            assertEquals(customersPay(c.agreement(), t.current().periods().get(i)), t.whole().get(i).currentNet());
            assertEquals(customersPay(c.agreement(), t.proposed().periods().get(i)), t.whole().get(i).proposedNet());
        }
    }

    @Property(tries = 250)
    void theArrangementInForceAgainstItselfDiffersByNothing(@ForAll("cases") MultiSupplierCase c) {
        MultiSupplierBackTest t = BackTester.compareSuppliers(c.agreement(), c.agreement(), c.periods(), c.measurements(),
                List.of(), c.costs());
        for (List<BackTest.Row> rows : t.suppliers().values()) {
            rows.forEach(r -> assertEquals(0, r.difference().amount().compareTo(BigDecimal.ZERO), r.toString()));
        }
    }

    private static Money customersPay(Agreement a, ConsolidatedPeriod p) {
        Money sum = Money.zero(a.currency());
        for (Party customer : a.customers()) {
            sum = sum.plus(p.netByParty().getOrDefault(customer.id(), Money.zero(a.currency())));
        }
        return sum.negated();
    }
}
