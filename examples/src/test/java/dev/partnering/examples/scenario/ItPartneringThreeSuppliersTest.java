package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class ItPartneringThreeSuppliersTest {

    @Test
    void juneSplitsTheSavingsFiftyThirtyTwentyAndTheLeadPassesOn() throws Exception {
        // June: availability 99.8 ≥ 99.5, incident response 3.8 ≤ 4, user satisfaction 4.0 = target (joint score 1 → bonus 0)
        // network uptime 99.6 < 99.8 → netlink's pool 2 % × 300,000.00 = 6,000.00 is credited
        // savings 420,000 − 340,000 = 80,000.00 → 50 % = 40,000.00 → nordserv 20,000.00, deskco 12,000.00, netlink 8,000.00
        // nets: nordserv 20,000.00; deskco 12,000.00; netlink 8,000.00 − 6,000.00 = 2,000.00; charity −34,000.00
        // relayed by nordserv, every relayed payment once, both directions: deskco's joint 12,000.00, netlink's own
        //        credit 6,000.00 (netlink → nordserv → charity) and its joint 8,000.00 = 26,000.00
        MultiSupplierStatement s = ItPartneringThreeSuppliers.statement();
        ConsolidatedPeriod june = s.period(ReportingPeriod.month(2026, 6)).orElseThrow();
        assertEquals(Map.of("charity", sek("-34000.00"), "nordserv", sek("20000.00"), "deskco", sek("12000.00"),
                "netlink", sek("2000.00")), june.netByParty());
        assertEquals(sek("26000.00"), june.passedThroughLead());
        assertEquals(sek("6000.00"), june.suppliers().get("netlink").bore());
    }

    @Test
    void everyMonthAddsUpToZeroAndTheSupplierStatementsToTheConsolidatedOne() throws Exception {
        MultiSupplierStatement s = ItPartneringThreeSuppliers.statement();
        for (ConsolidatedPeriod p : s.periods()) {
            assertEquals(sek("0"), p.netByParty().values().stream().reduce(Money::plus).orElseThrow(), p.period()::toString);
        }
        s.suppliers().forEach((id, st) -> assertEquals(s.totalByParty().get(id), st.totalNet()));
        ItPartneringThreeSuppliers.main(new String[0]);
    }

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }
}
