package dev.partnering.incentive;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitrary;

import dev.partnering.agreement.Agreement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.PartneringArbitraries;

/** The testkit's incentive arbitraries for the Jackson module's tests. */
public final class SharedArbitraries {

    private static final ReportingPeriod MONTH = ReportingPeriod.parse("2026-01");

    private SharedArbitraries() {
    }

    /**
     * A generated agreement with a scheme, and the statement of one month under it.
     *
     * @param agreement  the agreement with the scheme
     * @param statement  the month's statement
     */
    public record StatementCase(Agreement agreement, IncentiveStatement statement) {
    }

    /** @return schemes of every built-in component kind, with floors and caps */
    public static Arbitrary<IncentiveScheme> schemes() {
        return PartneringArbitraries.incentiveSchemes();
    }

    /** @return a generated agreement with a scheme, generated inputs of one month, and the statement the calculator gives */
    public static Arbitrary<StatementCase> statements() {
        return PartneringArbitraries.agreements().startingOn(LocalDate.of(2026, 1, 1)).withIncentiveScheme()
                .flatMap(a -> PartneringArbitraries.periodInputs(a).in(MONTH).map(inputs -> new StatementCase(a,
                        IncentiveCalculator.standard().calculate(a, a.incentiveScheme().orElseThrow(),
                                List.of(inputs.toIncentivePeriod(a))))));
    }
}
