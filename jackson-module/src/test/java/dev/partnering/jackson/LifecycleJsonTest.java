package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Violation;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.kpi.Precision;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.IncentiveArrangement;
import dev.partnering.term.OptionExercise;

/**
 * The lifecycle values read through Jackson's builders and creators: a field that is absent or
 * null is refused in the core's words at the field, never read as 0, false or a broken value.
 */
class LifecycleJsonTest {

    private static List<String> problems(String json, Class<?> type) {
        PartneringJsonException e = assertThrows(PartneringJsonException.class, () -> JsonTesting.read(json, type));
        return e.problems().stream().map(p -> p.jsonPath() + ": " + p.message()).toList();
    }

    @Test
    void anAbsentWholeNumberOfARecordIsRequiredNotZero() {
        assertEquals(List.of("$.optionNumber: optionNumber is required: null is not allowed"),
                problems("{\"exercisedOn\": \"2027-01-01\"}", OptionExercise.class));
        assertEquals(List.of("$.optionNumber: optionNumber is required: null is not allowed"),
                problems("{\"type\": \"option-exercised\"}", AgreementChange.class));
    }

    @Test
    void nullIsNotAWholeNumber() {
        assertEquals(List.of("$.scoreDecimals: expected a whole number from -2147483648 to 2147483647, found null"),
                problems("{\"scoreDecimals\": null}", Precision.class));
        assertEquals(List.of("$.optionNumber: expected a whole number from -2147483648 to 2147483647, found null"),
                problems("{\"optionNumber\": null, \"exercisedOn\": \"2027-01-01\"}", OptionExercise.class));
    }

    @Test
    void anAbsentFieldOfAChangeIsRequiredAndAnAbsentStretchIsNone() throws Exception {
        assertEquals(List.of("$.target: target is required: null is not allowed"),
                problems("{\"type\": \"target-changed\", \"kpiId\": \"x\", \"minimum\": \"1\"}", AgreementChange.class));
        String noStretch = "{\"type\": \"target-changed\", \"kpiId\": \"x\", \"minimum\": \"1\", \"target\": \"2\"}";
        assertEquals(new AgreementChange.TargetChanged("x", BigDecimal.ONE, new BigDecimal("2"), Optional.empty()),
                JsonTesting.read(noStretch, AgreementChange.class));
        assertEquals(List.of("$.stretch: expected a decimal number as a string (\"1.5\") or a number, found a boolean"),
                problems(noStretch.replace("}", ", \"stretch\": true}"), AgreementChange.class));
    }

    @Test
    void aHandoverDeclarationNeedsItsArrangement() throws Exception {
        assertEquals(List.of("$.incentiveArrangement: incentiveArrangement is required: null is not allowed"),
                problems("{}", HandoverDeclaration.class));
        HandoverDeclaration d = HandoverDeclaration.of(IncentiveArrangement.values()[0]);
        assertEquals("{\"incentiveArrangement\":\"" + IncentiveArrangement.values()[0].name() + "\"}", JsonTesting.write(d));
        assertEquals(d, JsonTesting.roundTrip(d, HandoverDeclaration.class));
    }

    @Test
    void aHistoryHasAtLeastTheOriginalVersion() {
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read("{\"versions\": []}", AgreementHistory.class));
        assertEquals(List.of(Violation.of("$.versions", "[]",
                "an agreement history has at least one version, the original agreement")), e.violations());
        assertEquals(List.of("$.versions: versions is required: null is not allowed"), problems("{}", AgreementHistory.class));
    }
}
