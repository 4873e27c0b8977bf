package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveTerms;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.term.ContractTerm;

/**
 * {@code AtRiskPool.evaluate}'s path in minor units negates the sum of the credits with {@code -raw}; when
 * the credits add up to exactly {@code Long.MIN_VALUE} minor units (every overflow check passes: each credit and each
 * partial sum fits, and a negative sum is never "greater than the pool") the negation wraps around and the outcome's
 * amount got the wrong sign, while its lines and the exact path said the opposite; the long path now falls back there.
 * <p>
 * Arithmetic: fee −720,575,940,379,279.36 SEK (−2^56 öre), at-risk 100 % → pool P = −2^56 öre; 128 KPIs allocated
 * 100 % each, all below target → each credit P × 100 % = −2^56 öre, Σ = 128 × −2^56 = −2^63 öre = Long.MIN_VALUE;
 * the adjustment is 0 − Σ credits = +92,233,720,368,547,758.08 SEK (each credit line is +720,575,940,379,279.36).
 * A negative fee is refused by the incentive calculator, but {@code evaluate} is public and takes any
 * {@link IncentiveContext} (a user's own, e.g. in a property test of a scheme), and refuses nothing here.
 */
class AtRiskPoolCreditsAtTheEdgeOfALongTest {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");
    private static final int KPIS = 128;

    @Test
    void theAdjustmentIsMinusTheCreditsEvenWhenTheySumToLongMinValue() {
        AtRiskPool.Builder b = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("100"));
        List<ScorecardLine> lines = new ArrayList<>();
        for (int k = 0; k < KPIS; k++) {
            String kpi = String.format("kpi-%03d", k);
            b.allocate(kpi, new BigDecimal("100"));
            Optional<BigDecimal> a = Optional.of(new BigDecimal("0.5"));
            lines.add(new ScorecardLine(kpi, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), a,
                    BigDecimal.ONE, a, KpiStatus.BELOW_TARGET, true, Step.of(StepKind.RESULT, kpi)));
        }
        AtRiskPool pool = b.build();
        Scorecard scorecard = new Scorecard("agreement", JAN, MissingDataPolicy.ZERO, lines, Optional.empty(),
                Optional.of("none"), Optional.empty(), List.of(), Explanation.of("Scorecard " + JAN, List.of()));
        Money fee = Money.of(BigDecimal.valueOf(-(1L << 56), 2), SEK); // -720575940379279.36 SEK
        ComponentOutcome outcome = pool.evaluate(context(fee, scorecard));

        Money lineSum = Money.zero(SEK);
        for (OutcomeLine l : outcome.lines(OutcomeLine.Kind.CREDIT)) {
            lineSum = lineSum.plus(l.amount());
        }
        assertEquals(Money.of(new BigDecimal("92233720368547758.08"), SEK), lineSum, "the credit lines");
        // the exact path: zero less the credits, i.e. the sum of the (negated) credit lines
        assertEquals(Money.of(new BigDecimal("92233720368547758.08"), SEK), outcome.amount(), "the adjustment");
    }

    private static IncentiveContext context(Money fee, Scorecard scorecard) {
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN).scorecard(scorecard).build();
        IncentiveTerms terms = new IncentiveTerms() {
            @Override
            public String id() {
                return "agreement";
            }

            @Override
            public Currency currency() {
                return SEK;
            }

            @Override
            public List<String> kpiIds() {
                return List.of();
            }

            @Override
            public List<KpiDefinition> kpiVersions(String kpiId) {
                return List.of();
            }

            @Override
            public List<Party> suppliers() {
                return List.of();
            }

            @Override
            public List<Party> customers() {
                return List.of();
            }

            @Override
            public Optional<Party> leadSupplier() {
                return Optional.empty();
            }

            @Override
            public ContractTerm term() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Money> feeFor(ReportingPeriod period) {
                return Optional.empty();
            }
        };
        return new IncentiveContext() {
            @Override
            public IncentiveTerms agreement() {
                return terms;
            }

            @Override
            public IncentivePeriod inputs() {
                return inputs;
            }

            @Override
            public Optional<Money> fee() {
                return Optional.of(fee);
            }

            @Override
            public List<Past> earlier() {
                return List.of();
            }

            @Override
            public Optional<Money> feeOf(ReportingPeriod period) {
                return period.equals(JAN) ? Optional.of(fee) : Optional.empty();
            }
        };
    }
}
