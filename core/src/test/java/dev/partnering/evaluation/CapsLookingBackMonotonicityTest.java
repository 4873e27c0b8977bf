package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.kpi.Measurement;

/**
 * The sample the monotonicity property found (seed 45, SEK, 9 months, no extras, measurement pick 376): a better
 * availability in March 2027 lifts the month to the net cap, its penalty then counts as not borne toward the contract
 * year's cap, and later penalties use the room. Disabled: a known limitation, see
 * {@code StatementEntryPointsProperties#improvingAMeasurementNeverLowersTheTotalNet} and docs/incentives.md.
 */
class CapsLookingBackMonotonicityTest {

    @org.junit.jupiter.api.Disabled("known limitation: caps that look back, docs/incentives.md")
    @Test
    void improvingAvailabilityInMarch2027LowersTheTotalNet() {
        StatementScenarios.FEE_OVERRIDE = new java.math.BigDecimal(System.getProperty("partnering.statements.fee", "250000"));
        StatementScenarios.Case c;
        try {
            c = StatementScenarios.make(45, 0, 9, false, false);
        } finally {
            StatementScenarios.FEE_OVERRIDE = null;
        }
        Random r = new Random(376);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        IncentiveStatement before = calc.calculate(c.agreement, c.scheme, StatementScenarios.inputs(c, c.periods, false));
        int i = r.nextInt(c.measurements.size());
        Measurement better = StatementEntryPointsProperties.improved(c.measurements.get(i), r);
        System.out.println("scheme " + c.scheme);
        System.out.println("periods " + c.periods + " fee " + c.scheduleFee + " given " + c.givenFees);
        System.out.println("measurements " + c.measurements);
        System.out.println("events " + c.events);
        System.out.println("improved " + c.measurements.get(i) + " -> " + better);
        c.measurements.set(i, better);
        IncentiveStatement after = calc.calculate(c.agreement, c.scheme, StatementScenarios.inputs(c, c.periods, false));
        for (int k = 0; k < before.periods().size(); k++) {
            PeriodStatement b = before.periods().get(k);
            PeriodStatement a = after.periods().get(k);
            System.out.println(b.period() + " net " + b.net() + " -> " + a.net() + " (gross " + b.gross() + " -> " + a.gross() + ")");
            for (int j = 0; j < b.outcomes().size(); j++) {
                if (!b.outcomes().get(j).amount().equals(a.outcomes().get(j).amount())) {
                    System.out.println("   " + b.outcomes().get(j).componentId() + " " + b.outcomes().get(j).amount() + " -> "
                            + a.outcomes().get(j).amount());
                    System.out.println("      before: " + b.outcomes().get(j).explanation().toString().replace("\n", "\n      "));
                    System.out.println("      after:  " + a.outcomes().get(j).explanation().toString().replace("\n", "\n      "));
                }
            }
        }
        System.out.println("total " + before.totalNet() + " -> " + after.totalNet());
        assertTrue(!after.totalNet().isLessThan(before.totalNet()), "total net lowered");
    }
}
