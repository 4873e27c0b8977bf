package dev.partnering.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MoneySmokeTest {
    @Test
    void allocatesThirds() {
        // 100.00 / 3 = 33.333.. each; floors 33.33 x3 = 99.99, one cent left, ties -> first part
        assertEquals(List.of(Money.of("33.34", "SEK"), Money.of("33.33", "SEK"), Money.of("33.33", "SEK")),
                Money.of("100.00", "SEK").split(3));
    }

    @Property(tries = 100)
    void splitAddsUp(@ForAll int cents) {
        Money m = Money.ofMinor(java.math.BigInteger.valueOf(cents), Money.currency("EUR"));
        Money sum = m.split(7).stream().reduce(Money.zero(m.currency()), Money::plus);
        assertEquals(m, sum);
    }
}
