package dev.partnering.incentive;

import dev.partnering.evaluation.IncentiveCalculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
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

    /**
     * @return a generated agreement with one to three customers and a scheme, half of the time with
     *         customer weights, generated inputs of one month, and the statement the calculator gives
     */
    public static Arbitrary<StatementCase> statements() {
        return PartneringArbitraries.agreements().withCustomers(1, 3).startingOn(LocalDate.of(2026, 1, 1))
                .withIncentiveScheme().flatMap(SharedArbitraries::withCustomerWeightsOrNot)
                .flatMap(a -> PartneringArbitraries.periodInputs(a).in(MONTH).map(inputs -> new StatementCase(a,
                        IncentiveCalculator.standard().calculate(a, a.incentiveScheme().orElseThrow(),
                                List.of(inputs.toIncentivePeriod(a))))));
    }

    /** @return the agreement as it is, or with a positive weight (scale 0 to 2) for each of its customers */
    private static Arbitrary<Agreement> withCustomerWeightsOrNot(Agreement a) {
        Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000"))
                .ofScale(2).map(BigDecimal::stripTrailingZeros);
        return weight.list().ofSize(a.customers().size()).injectNull(0.5).map(weights -> {
            if (weights == null) {
                return a;
            }
            IncentiveScheme s = a.incentiveScheme().orElseThrow();
            IncentiveScheme.Builder b = IncentiveScheme.builder().addAllComponents(s.components())
                    .addAllRemedyTriggers(s.remedyTriggers());
            s.floor().ifPresent(b::floor);
            s.cap().ifPresent(b::cap);
            s.supplier().ifPresent(b::supplier);
            for (int i = 0; i < weights.size(); i++) {
                b.putCustomerWeights(a.customers().get(i).id(), weights.get(i));
            }
            return a.withIncentiveScheme(b.build());
        });
    }
}
