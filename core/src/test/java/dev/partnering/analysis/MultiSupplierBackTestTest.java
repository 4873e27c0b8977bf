package dev.partnering.analysis;

import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.MultiSupplierFixtures.NETCO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.period.ReportingPeriod;

class MultiSupplierBackTestTest {

    static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
    static final Map<ReportingPeriod, Map<String, CostOutcome>> COSTS =
            Map.of(MARCH, Map.of("shared-gain", CostOutcome.savings(sek("10000.02"))));

    /** The same agreement with the joint amounts split 40/35/25 instead of 50/30/20. */
    static Agreement otherShares() {
        Agreement a = MultiSupplierFixtures.withIncentives();
        JointArrangement j = a.jointArrangement().orElseThrow();
        JointArrangement shares = JointArrangement.builder().jointScheme(j.jointScheme())
                .share(LEAD_SUPPLIER, new BigDecimal("40")).share(SUPPLIER, new BigDecimal("35"))
                .share(NETCO, new BigDecimal("25")).leadPassThrough(true).build();
        return a.withSupplierSchemes(a.supplierSchemes(), Optional.of(shares));
    }

    @Test
    void perSupplierAndForTheWhole() {
        // in force (MultiSupplierIncentiveCalculatorTest): nets acme 2,950.01, globex −3,350.00, netco 4,100.00
        // proposed: gain share 5,000.01 = 500,001 öre at 40/35/25 = 200,000.4 / 175,000.35 / 125,000.25 → floors 500,000,
        //   1 öre to the largest remainder (acme) → 2,000.01 / 1,750.00 / 1,250.00; joint bonus 500.00 → 200 / 175 / 125
        //   nets: acme 200.00 + 2,200.01 = 2,400.01; globex −5,000.00 + 1,925.00 = −3,075.00; netco 3,000.00 + 1,375.00 = 4,375.00
        // differences: acme −550.00, globex +275.00, netco +275.00; whole 3,700.01 on both sides, difference 0
        MultiSupplierBackTest t = BackTester.compareSuppliers(MultiSupplierFixtures.withIncentives(), otherShares(),
                List.of(MARCH), MultiSupplierFixtures.march(), List.of(), COSTS);
        BackTest.Row acme = t.supplier(LEAD_SUPPLIER).orElseThrow().get(0);
        assertEquals(sek("2950.01"), acme.currentNet());
        assertEquals(sek("2400.01"), acme.proposedNet());
        assertEquals(sek("-550.00"), t.supplierTotalDifference(LEAD_SUPPLIER));
        assertEquals(sek("275.00"), t.supplierTotalDifference(SUPPLIER));
        assertEquals(sek("275.00"), t.supplierTotalDifference(NETCO));
        assertEquals(sek("3700.01"), t.whole().get(0).currentNet());
        assertEquals(sek("3700.01"), t.whole().get(0).proposedNet());
        assertEquals(sek("0"), t.totalDifference());
        String text = t.explanation().toText();
        assertTrue(text.contains("2026-03 " + LEAD_SUPPLIER + ": in force"), text);
        assertTrue(text.contains("all suppliers total difference"), text);
    }

    @Test
    void theArrangementInForceAgainstItselfChangesNothing() {
        Agreement a = MultiSupplierFixtures.withIncentives();
        MultiSupplierBackTest t = BackTester.compareSuppliers(a, a, List.of(MARCH), MultiSupplierFixtures.march(), List.of(), COSTS);
        for (String id : t.suppliers().keySet()) {
            assertEquals(Fixtures.sek("0"), t.supplierTotalDifference(id), id);
        }
        assertEquals(List.of(LEAD_SUPPLIER, SUPPLIER, NETCO).stream().sorted().toList(),
                t.suppliers().keySet().stream().sorted().toList());
    }

    @Test
    void anAgreementWithoutPerSupplierSchemesIsRefused() {
        assertThrows(ValidationException.class, () -> BackTester.compareSuppliers(MultiSupplierFixtures.agreement(),
                otherShares(), List.of(MARCH), MultiSupplierFixtures.march(), List.of(), COSTS));
    }

    @Test
    void theRowsPerSupplierAsAListNameTheirSupplierInTheMapsOrder() {
        MultiSupplierBackTest t = BackTester.compareSuppliers(MultiSupplierFixtures.withIncentives(), otherShares(),
                List.of(MARCH), MultiSupplierFixtures.march(), List.of(), COSTS);
        List<MultiSupplierBackTest.SupplierRows> rows = t.supplierRows();
        assertEquals(List.copyOf(t.suppliers().keySet()), rows.stream().map(MultiSupplierBackTest.SupplierRows::supplierId)
                .toList());
        for (MultiSupplierBackTest.SupplierRows r : rows) {
            assertEquals(t.supplier(r.supplierId()).orElseThrow(), r.rows());
        }
        // acme's one row (perSupplierAndForTheWhole): 2,950.01 in force, 2,400.01 proposed, difference -550.00
        MultiSupplierBackTest.SupplierRows acme = rows.stream().filter(r -> r.supplierId().equals(LEAD_SUPPLIER))
                .findFirst().orElseThrow();
        assertEquals(1, acme.rows().size());
        assertEquals(sek("-550.00"), acme.rows().get(0).difference());
        assertThrows(UnsupportedOperationException.class, () -> rows.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> acme.rows().clear());
    }

    @Test
    void supplierRowsRefuseAMissingPart() {
        BackTest.Row row = BackTester.compareSuppliers(MultiSupplierFixtures.withIncentives(), otherShares(),
                List.of(MARCH), MultiSupplierFixtures.march(), List.of(), COSTS).whole().get(0);
        ValidationException e = assertThrows(ValidationException.class, () -> new MultiSupplierBackTest.SupplierRows(
                "acme", java.util.Arrays.asList(row, null)));
        assertEquals("rows[1]", e.violations().get(0).path());
        assertThrows(ValidationException.class, () -> new MultiSupplierBackTest.SupplierRows(null, List.of(row)));
        assertThrows(ValidationException.class, () -> new MultiSupplierBackTest.SupplierRows("acme", null));
        java.util.List<BackTest.Row> mutable = new java.util.ArrayList<>(List.of(row));
        MultiSupplierBackTest.SupplierRows copied = new MultiSupplierBackTest.SupplierRows("acme", mutable);
        mutable.clear();
        assertEquals(List.of(row), copied.rows());
    }
}
