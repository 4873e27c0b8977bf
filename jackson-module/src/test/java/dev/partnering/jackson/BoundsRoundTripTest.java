package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Whatever the core accepts at the edges of its bounds (18 digits before the decimal point, 18
 * after it) is written and read back unchanged, values and the statements computed from them.
 * Before the fix a fee of 9…9E+100 was accepted and its statement refused on reading; now the
 * fee is refused when built.
 */
class BoundsRoundTripTest {

    private static final Money LARGEST_FEE = Money.of("999999999999999999.99", "SEK");

    @Test
    void aFeeBeyondTheBoundsIsRefusedWhenBuilt() {
        Money huge = Money.of("9" + "9".repeat(99) + "E+100", "SEK");
        assertThrows(ValidationException.class, () -> PeriodFee.of(ReportingPeriod.parse("2026-01"), huge));
    }

    @Test
    void theLargestFeesAndTheirStatementReadBack() {
        Agreement agreement = agreement(LARGEST_FEE);
        assertEquals(agreement, JsonTesting.roundTrip(agreement, Agreement.class));
        List<ReportingPeriod> year = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            year.add(ReportingPeriod.month(2026, m));
        }
        IncentiveStatement statement = IncentiveCalculator.standard().calculate(agreement, agreement.incentiveScheme().orElseThrow(),
                year, JsonFixtures.measurements(), List.of(), Map.of());
        // a year of fees: 12 × 999999999999999999.99 = 11999999999999999999.88, beyond the input bounds, still written and read
        assertEquals(statement, JsonTesting.roundTrip(statement, IncentiveStatement.class));
    }

    @Test
    void theSmallestValuesReadBack() {
        KpiDefinition k = KpiDefinition.builder().id("k").name("K").unit("share").direction(Direction.HIGHER_IS_BETTER)
                .minimum(new BigDecimal("0.000000000000000001")).target(new BigDecimal("0.000000000000000002"))
                .stretch(new BigDecimal("999999999999999999.999999999999999999")).maxAttainment(BigDecimal.TEN)
                .weight(new BigDecimal("0.000000000000000001")).effectiveFrom(Fixtures.START).build();
        assertEquals(k, JsonTesting.roundTrip(k, KpiDefinition.class));
        Measurement m = Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026-01"))
                .value(new BigDecimal("-999999999999999999.000000000000000001")).recordedAt(Instant.EPOCH).build();
        assertEquals(m, JsonTesting.roundTrip(m, Measurement.class));
        Agreement smallest = agreement(Money.of("0.01", "SEK"));
        assertEquals(smallest, JsonTesting.roundTrip(smallest, Agreement.class));
    }

    private static Agreement agreement(Money monthlyFee) {
        FeeSchedule.Builder fees = FeeSchedule.builder();
        for (int m = 1; m <= 12; m++) {
            fees.addFees(PeriodFee.of(ReportingPeriod.month(2026, m), monthlyFee));
        }
        return Fixtures.agreementBuilder()
                .addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance())
                .addKpis(Fixtures.availability(), Fixtures.incidentResponse(), JsonFixtures.ticketSla(), JsonFixtures.changeLeadTime())
                .currency(Fixtures.SEK)
                .feeSchedule(fees.build())
                .missingDataPolicy(MissingDataPolicy.EXCLUDE)
                .incentiveScheme(JsonFixtures.scheme())
                .build();
    }
}
