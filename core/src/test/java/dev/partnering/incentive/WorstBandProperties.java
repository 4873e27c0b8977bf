package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.kpi.Direction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The service-credit tiers' worst band, found by a loop, is the band the stream formulation finds: among the bands
 * whose threshold the value is worse than (below it for HIGHER_IS_BETTER, above it for LOWER_IS_BETTER), the one
 * with the greatest credit, the first of equal credits (the same instance); none when the value is within every band.
 */
@AddLifecycleHook(ThoroughTries.class)
class WorstBandProperties {

    @Provide
    Arbitrary<CreditBand> bands() {
        return Combinators.combine(Arbitraries.of("95", "98", "99", "99.0", "99.5", "100"),
                Arbitraries.of("1", "2", "2.0", "3", "5")).as((t, p) -> CreditBand.of(new BigDecimal(t), new BigDecimal(p)));
    }

    @Property
    void theLoopFindsTheStreamsBand(@ForAll @Size(min = 1, max = 6) List<@From("bands") CreditBand> bands,
            @ForAll Direction direction, @ForAll("values") BigDecimal value) {
        ServiceCreditTiers tiers;
        try {
            tiers = ServiceCreditTiers.builder().id("t").kpiId("availability").addAllBands(bands).build();
        } catch (dev.partnering.ValidationException refused) {
            return; // tiers the builder refuses have no worst band to look for
        }
        int sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
        Optional<CreditBand> expected = tiers.bands().stream().filter(b -> value.subtract(b.threshold()).signum() * sign < 0)
                .max(Comparator.comparing(CreditBand::creditPercent));
        Optional<CreditBand> found = tiers.worstBand(value, direction);
        assertEquals(expected, found);
        expected.ifPresent(e -> assertSame(e, found.get()));
        Statistics.label("band").collect(found.isPresent() ? "worse than one" : "within every band");
        Statistics.label("band").coverage(cov -> {
            cov.check("worse than one").percentage(p -> p > 20);
            cov.check("within every band").percentage(p -> p > 5);
        });
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.of("90", "95", "97.5", "98", "98.00", "99", "99.2", "99.5", "99.9", "100", "101").map(BigDecimal::new);
    }
}
