package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import dev.partnering.agreement.Agreement;
import dev.partnering.period.ReportingPeriod;

/** Core's incentive generators ({@code SchemeArbitraries}, {@code IncentiveFixtures}) for the Jackson module's tests. */
public final class SharedArbitraries {

    private SharedArbitraries() {
    }

    /**
     * A generated scheme in the fixture agreement, and the statement of one month under it.
     *
     * @param agreement  the agreement with the scheme
     * @param statement  the month's statement
     */
    public record StatementCase(Agreement agreement, IncentiveStatement statement) {
    }

    /** @return schemes of up to five components, with floors and caps, over the fixture agreement's KPIs */
    public static Arbitrary<IncentiveScheme> schemes() {
        return SchemeArbitraries.schemes().map(s -> s.build(BigDecimal.ONE));
    }

    /** @return a generated scheme, a generated month of inputs, and the statement the calculator gives */
    public static Arbitrary<StatementCase> statements() {
        return Combinators.combine(SchemeArbitraries.schemes(), SchemeArbitraries.months()).as((s, m) -> {
            Agreement a = IncentiveFixtures.agreement(s.build(BigDecimal.ONE), SchemeArbitraries.sek(m.fee()));
            ReportingPeriod month = ReportingPeriod.parse(SchemeArbitraries.MONTH);
            IncentiveStatement statement = IncentiveFixtures.run(a, List.of(month), m.measurements(), m.events(),
                    Map.of(month, Map.of("gain", m.cost(BigDecimal.ONE))));
            return new StatementCase(a, statement);
        });
    }
}
