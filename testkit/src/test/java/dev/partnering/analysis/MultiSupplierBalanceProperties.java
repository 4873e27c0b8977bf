package dev.partnering.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.Exposure;
import dev.partnering.money.Money;
import dev.partnering.testkit.MultiSupplierArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The balance per supplier and for the whole over generated multi-supplier agreements. */
class MultiSupplierBalanceProperties {

    @Provide
    Arbitrary<Agreement> agreements() {
        return MultiSupplierArbitraries.agreements();
    }

    @Property
    void theSuppliersAddUpToTheWholeWithinOneMinorUnitEach(@ForAll("agreements") Agreement a) {
        Money fee = a.feeSchedule().fees().get(0).amount();
        MultiSupplierBalance b = BalanceAnalyzer.analyzeSuppliers(a, fee, 12);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(a.currency().getDefaultFractionDigits());
        BigDecimal tolerance = unit.multiply(BigDecimal.valueOf(b.suppliers().size()));
        check(b, Exposure::upside, tolerance);
        check(b, Exposure::downside, tolerance);
    }

    @Property
    void aSuppliersFigureIsItsOwnSchemesPlusAtMostItsShareOfTheJointOne(@ForAll("agreements") Agreement a) {
        Money fee = a.feeSchedule().fees().get(0).amount();
        MultiSupplierBalance b = BalanceAnalyzer.analyzeSuppliers(a, fee, 12);
        for (String id : b.suppliers().keySet()) {
            Optional<Money> ownUp = Optional.ofNullable(b.own().get(id)).map(BalanceReport::upsidePerPeriod)
                    .orElse(Optional.of(Money.zero(a.currency())));
            Optional<Money> up = b.supplier(id).orElseThrow().upside();
            if (up.isPresent()) {
                assertTrue(ownUp.isPresent());
                assertTrue(!up.get().isLessThan(ownUp.get()), id + ": " + up + " < own " + ownUp);
                b.joint().flatMap(BalanceReport::upsidePerPeriod).ifPresent(j ->
                        assertTrue(!up.get().minus(ownUp.get()).minus(j).isPositive(), id + " gets more than the joint upside"));
            }
        }
    }

    private static void check(MultiSupplierBalance b, java.util.function.Function<Exposure, Optional<Money>> figure,
            BigDecimal tolerance) {
        Optional<Money> whole = figure.apply(b.whole());
        boolean allBounded = b.suppliers().values().stream().allMatch(e -> figure.apply(e).isPresent());
        assertEquals(whole.isPresent(), allBounded, "the whole is bounded exactly when every supplier is");
        if (whole.isPresent()) {
            BigDecimal sum = b.suppliers().values().stream().map(e -> figure.apply(e).get().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertTrue(sum.subtract(whole.get().amount()).abs().compareTo(tolerance) <= 0, sum + " vs " + whole.get());
        }
    }
}
