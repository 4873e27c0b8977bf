package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.incentive.BreachEvent;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Breach events of one penalty within one period: on any day of it, 0 to 30 units (shrinking
 * toward 1), now and then excluded for force majeure; ids {@code <penalty>-1}, {@code <penalty>-2}, ...
 */
public final class Events {

    private record Spec(long day, int units, boolean excluded) {
    }

    private Events() {
    }

    /**
     * @param penaltyId  the penalty the events belong to, not null
     * @param period  the period, not null
     * @param min  the fewest events
     * @param max  the most events
     * @return lists of events with distinct ids, never null
     */
    public static Arbitrary<List<BreachEvent>> of(String penaltyId, ReportingPeriod period, int min, int max) {
        long days = ChronoUnit.DAYS.between(period.start(), period.end());
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.longs().between(0, days),
                Arbitraries.integers().between(0, 30).shrinkTowards(1),
                Arbitraries.frequency(List.of(net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true))))
                .as(Spec::new);
        return spec.list().ofMinSize(min).ofMaxSize(max).map(specs -> {
            List<BreachEvent> events = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                Spec s = specs.get(i);
                events.add(BreachEvent.builder().id(penaltyId + "-" + (i + 1)).penaltyId(penaltyId)
                        .date(period.start().plusDays(s.day())).units(BigDecimal.valueOf(s.units()))
                        .exclusionReason(s.excluded() ? Optional.of(Measurements.FORCE_MAJEURE) : Optional.empty())
                        .build());
            }
            return List.copyOf(events);
        });
    }
}
