package dev.partnering.incentive;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.money.Money;

class NetLimitsTest {

    @Test
    void theNetIsTheGrossWithinTheFloorAndCap() {
        NetLimits limits = new NetLimits(Optional.of(sek("-37500.00")), Optional.of(sek("25000.00")));
        // floor 15 % and cap 10 % of 250,000: -50,000 → -37,500; 30,000 → 25,000; -1,000 stays
        assertEquals(sek("-37500.00"), limits.apply(sek("-50000.00")));
        assertEquals(sek("25000.00"), limits.apply(sek("30000.00")));
        assertEquals(sek("-1000.00"), limits.apply(sek("-1000.00")));
        assertEquals(sek("-50000.00"), NetLimits.none().apply(sek("-50000.00")));
    }

    @Test
    void theFloorIsNotPositiveAndTheCapNotNegative() {
        assertOnly(() -> new NetLimits(Optional.of(sek("1.00")), Optional.empty()), "lowest", "1.00 SEK",
                "the lowest net 1.00 SEK must be zero or negative: a floor is a largest deduction");
        assertOnly(() -> new NetLimits(Optional.empty(), Optional.of(sek("-1.00"))), "highest", "-1.00 SEK",
                "the highest net -1.00 SEK must be zero or positive: a cap is a largest addition");
        assertOnly(() -> new NetLimits(Optional.of(sek("-1.00")), Optional.of(Money.of("1.00", "EUR"))), "highest", "1.00 EUR",
                "the limits are in different currencies: -1.00 SEK and 1.00 EUR");
    }
}
