package dev.partnering.analysis;

import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.MultiSupplierFixtures.NETCO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.ValidationException;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.KpiDistribution;
import dev.partnering.period.ReportingPeriod;

class MultiSupplierSimulationTest {

    static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    /** Each KPI always draws March's value of MultiSupplierFixtures.march(). */
    static Map<String, KpiDistribution> marchEveryTime() {
        return Map.of(Fixtures.AVAILABILITY, one("99.25"), Fixtures.TICKET_SLA, one("0.93"),
                MultiSupplierFixtures.NETWORK, one("99.8"), MultiSupplierFixtures.END_USER, one("3.5"),
                MultiSupplierFixtures.DECISIONS, one("5"));
    }

    static KpiDistribution one(String value) {
        return KpiDistribution.sampled(List.of(new BigDecimal(value)));
    }

    @Test
    void everySimulatedPeriodIsMarchPerSupplierAndForTheWhole() {
        // every period draws March's values, so every period is MultiSupplierIncentiveCalculatorTest's March:
        // nets acme 2,950.01, globex −3,350.00, netco 4,100.00; whole 2,950.01 − 3,350.00 + 4,100.00 = 3,700.01
        MultiSupplierSimulation s = Simulator.simulateSuppliers(MultiSupplierFixtures.withIncentives(), MARCH, marchEveryTime(),
                Map.of("shared-gain", CostOutcome.savings(sek("10000.02"))), 20, 7L);
        assertEquals(sek("2950.01"), s.supplier(LEAD_SUPPLIER).get().mean());
        assertEquals(sek("2950.01"), s.supplier(LEAD_SUPPLIER).get().p95());
        assertEquals(sek("-3350.00"), s.supplier(SUPPLIER).get().p50());
        assertEquals(sek("4100.00"), s.supplier(NETCO).get().min());
        assertEquals(sek("3700.01"), s.whole().mean());
        assertEquals(sek("-3700.01"), s.customer().max());
        assertEquals(20, s.periods());
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        Map<String, KpiDistribution> d = Map.of(Fixtures.AVAILABILITY,
                KpiDistribution.sampled(List.of(new BigDecimal("98.5"), new BigDecimal("99.25"), new BigDecimal("99.9"))));
        MultiSupplierSimulation a = Simulator.simulateSuppliers(MultiSupplierFixtures.withIncentives(), MARCH, d, Map.of(), 50, 3L);
        MultiSupplierSimulation b = Simulator.simulateSuppliers(MultiSupplierFixtures.withIncentives(), MARCH, d, Map.of(), 50, 3L);
        assertEquals(a.suppliers(), b.suppliers());
        assertEquals(a.whole(), b.whole());
    }

    @Test
    void noDistributionsAtAllIsSimulatedWithoutData() {
        // no KPI is drawn: every period has no measurement, so the schemes see no data (the missing-data
        // policy decides); the simulation must still give a distribution per supplier, never fail
        MultiSupplierSimulation s = Simulator.simulateSuppliers(MultiSupplierFixtures.withIncentives(), MARCH, Map.of(),
                Map.of(), 5, 1L);
        assertEquals(MultiSupplierFixtures.withIncentives().suppliers().size(), s.suppliers().size());
    }

    @Test
    void anAgreementWithoutPerSupplierSchemesIsRefused() {
        assertThrows(ValidationException.class, () -> Simulator.simulateSuppliers(MultiSupplierFixtures.agreement(), MARCH,
                Map.of(), Map.of(), 10, 1L));
    }
}
