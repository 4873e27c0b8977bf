package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AttainmentProperties {

    @Provide
    Arbitrary<KpiDefinition> kpis() {
        Arbitrary<BigDecimal> base = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2);
        Arbitrary<BigDecimal> gap = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500")).ofScale(2);
        Arbitrary<BigDecimal> stretchGap = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2);
        Arbitrary<BigDecimal> max = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("2")).ofScale(2);
        return Combinators.combine(base, gap, stretchGap.injectNull(0.3), max, Arbitraries.of(Direction.HIGHER_IS_BETTER,
                Direction.LOWER_IS_BETTER)).as((b, g, sg, m, dir) -> {
                    int s = dir == Direction.HIGHER_IS_BETTER ? 1 : -1;
                    KpiDefinition.Builder k = KpiDefinition.builder().id("k").name("K").unit("u").direction(dir)
                            .minimum(b).target(b.add(g.multiply(BigDecimal.valueOf(s))))
                            .effectiveFrom(LocalDate.of(2026, 1, 1));
                    if (sg != null) {
                        k.stretch(b.add(g.add(sg).multiply(BigDecimal.valueOf(s)))).maxAttainment(m);
                    }
                    return k.build();
                });
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
