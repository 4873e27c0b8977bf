package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.money.Money;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

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
    private static final int KPIS = 128;

    @Test
    void theAdjustmentIsMinusTheCreditsEvenWhenTheySumToLongMinValue() {
        AtRiskPool.Builder b = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("100"));
        List<AtRiskPoolFastPathProperties.LineSpec> lines = new ArrayList<>();
        for (int k = 0; k < KPIS; k++) {
            b.allocate("kpi-" + k, new BigDecimal("100"));
            lines.add(new AtRiskPoolFastPathProperties.LineSpec(KpiStatus.BELOW_TARGET, true, new BigDecimal("0.5")));
        }
        AtRiskPool pool = b.build();
        Scorecard scorecard = AtRiskPoolFastPathProperties.scorecard(AtRiskPoolFastPathProperties.JAN, lines);
        Money fee = Money.of(BigDecimal.valueOf(-(1L << 56), 2), SEK); // -720575940379279.36 SEK
        ComponentOutcome outcome = pool.evaluate(AtRiskPoolFastPathProperties.context(SEK, fee, scorecard, List.of()));

        Money lineSum = Money.zero(SEK);
        for (OutcomeLine l : outcome.lines(OutcomeLine.Kind.CREDIT)) {
            lineSum = lineSum.plus(l.amount());
        }
        assertEquals(Money.of(new BigDecimal("92233720368547758.08"), SEK), lineSum, "the credit lines");
        // the exact path: zero less the credits, i.e. the sum of the (negated) credit lines
        assertEquals(Money.of(new BigDecimal("92233720368547758.08"), SEK), outcome.amount(), "the adjustment");
    }
}
