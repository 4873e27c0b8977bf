package dev.partnering.jackson;

import static dev.partnering.Fixtures.sek;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.period.ReportingPeriod;

/**
 * What the Spark job (AgreementTask) relies on: a statement {@code calculate()} returns can be written as a
 * document (the job catches failures of {@code calculate()} only, then writes the document). A statement
 * whose closing balance cannot be built is refused when calculated.
 */
class CalculatedStatementJsonTest {

    @Test
    void aStatementCalculateReturnsCanBeWritten() {
        // 900000000000000000 SEK per event × 2 events: the closing balance's carried amount is out of bounds
        Penalty late = Penalty.builder().id("late").rate(sek("900000000000000000")).build();
        Agreement a = IncentiveFixtures.agreement(IncentiveScheme.builder().addComponents(late).build());
        List<BreachEvent> events = List.of(
                BreachEvent.builder().id("e1").penaltyId("late").date(LocalDate.parse("2026-01-10")).build(),
                BreachEvent.builder().id("e2").penaltyId("late").date(LocalDate.parse("2026-01-20")).build());
        IncentiveStatement statement;
        try {
            statement = IncentiveFixtures.run(a, List.of(ReportingPeriod.parse("2026-01")),
                    IncentiveFixtures.atTarget("2026-01"), events, Map.of());
        } catch (ValidationException refused) {
            return; // refused when calculated: the job writes a reject row
        }
        assertDoesNotThrow(() -> JsonTesting.MAPPER.writeValueAsString(PartneringDocument.of(statement)));
    }
}
