package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import dev.partnering.testkit.PartneringArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AttainmentProperties {

    /** Value and ratio KPIs of both directions, thresholds from -1000 to 1000, stretch or not, max attainment 1 to 2. */
    @Provide
    Arbitrary<KpiDefinition> kpis() {
        return PartneringArbitraries.kpis().withDirections(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER)
                .withThresholdsBetween(new BigDecimal("-1000"), new BigDecimal("1000"));
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-3000"), new BigDecimal("3000")).ofScale(3);
    }

    @Property
    void attainmentWithinZeroAndMax(@ForAll("kpis") KpiDefinition kpi, @ForAll("values") BigDecimal v) {
        BigDecimal a = Attainment.of(kpi, v).value();
        assertTrue(a.signum() >= 0 && a.compareTo(kpi.maxAttainment()) <= 0, "attainment " + a + " of " + v);
    }

    @Property
    void attainmentMonotoneInTheBetterDirection(@ForAll("kpis") KpiDefinition kpi, @ForAll("values") BigDecimal v,
            @ForAll("values") BigDecimal w) {
        BigDecimal worse = v.min(w);
        BigDecimal better = v.max(w);
        if (kpi.direction() == Direction.LOWER_IS_BETTER) {
            worse = v.max(w);
            better = v.min(w);
        }
        BigDecimal aw = Attainment.of(kpi, worse).value();
        BigDecimal ab = Attainment.of(kpi, better).value();
        assertTrue(aw.compareTo(ab) <= 0, "attainment of " + worse + " = " + aw + " exceeds that of " + better + " = " + ab);
    }

    @Property
    void attainmentIsOneAtTarget(@ForAll("kpis") KpiDefinition kpi) {
        BigDecimal a = Attainment.of(kpi, kpi.target().get()).value();
        boolean stretchEqualsTarget = kpi.stretch().map(s -> s.compareTo(kpi.target().get()) == 0).orElse(false);
        BigDecimal expected = stretchEqualsTarget ? kpi.maxAttainment() : BigDecimal.ONE;
        assertTrue(a.compareTo(expected) == 0, "attainment at target " + a);
    }
}
