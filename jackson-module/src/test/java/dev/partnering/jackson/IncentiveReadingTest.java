package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.Violation;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.period.ReportingPeriod;

/**
 * The inputs of incentives read by Jackson's own deserializers: their closed families, missing,
 * optional and obsolete fields.
 */
class IncentiveReadingTest {

    @Test
    void aMembersTypeMayComeAfterItsFields() throws Exception {
        // the format writes "type" first; a document written by hand may put it anywhere in the object
        String json = "{\"id\": \"late\", \"rate\": {\"amount\": \"1000.00\", \"currency\": \"SEK\"},"
                + " \"periodCap\": {\"percent\": \"10\", \"type\": \"percent-of-fee\"}, \"type\": \"penalty\"}";
        Penalty expected = Penalty.builder().id("late").rate(Fixtures.sek("1000.00")).periodCap(Bound.percentOfFee(BigDecimal.TEN))
                .build();
        assertEquals(expected, JsonTesting.read(json, IncentiveComponent.class));
        assertEquals(expected, JsonTesting.read(json, Penalty.class));
    }

    @Test
    void aRemedyTriggerWithoutItsWholeNumbersIsRefusedNotReadAsZero() throws Exception {
        // an absent count of periods must not become 0 (which would then be reported as a wrong value)
        String json = "{\"type\": \"consecutive-below-minimum\", \"kpiId\": \"availability\", \"remedy\": \"STEP_IN\"}";
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(json, RemedyTrigger.class));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("$", e.problems().get(0).jsonPath(), e.getMessage());
        assertEquals("periods is required: null is not allowed", e.problems().get(0).message(), e.getMessage());
        // with it, the trigger reads
        assertEquals(RemedyTrigger.consecutiveBelowMinimum("availability", 3, Remedy.STEP_IN),
                JsonTesting.read(json.replace("\"remedy\"", "\"periods\": 3, \"remedy\""), RemedyTrigger.class));
    }

    @Test
    void anUnknownBoundTypeIsReportedAtTheTypeWithTheTypesThereAre() {
        String json = "{\"components\": [], \"floor\": {\"type\": \"fixed-ish\", \"percent\": \"10\"}}";
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(json, IncentiveScheme.class));
        assertEquals(List.of("$.floor.type"), e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList(),
                e.getMessage());
        assertTrue(e.problems().get(0).message().contains("fixed, percent-of-fee"), e.getMessage());
    }

    @Test
    void theObsoleteDirectionOfACreditTableMustStillBeADirectionAndIsReportedWhereItIs() {
        String json = "{\"components\": [{\"type\": \"service-credit-tiers\", \"id\": \"availability-credits\","
                + " \"kpiId\": \"availability\", \"direction\": \"SIDEWAYS\","
                + " \"bands\": [{\"threshold\": \"99\", \"creditPercent\": \"5\"}]}]}";
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(json, IncentiveScheme.class));
        assertEquals(List.of("$.components[0].direction"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("HIGHER_IS_BETTER"), e.getMessage());
        // a direction is read and ignored
        IncentiveScheme read = assertDoesNotThrowRead(json.replace("SIDEWAYS", "LOWER_IS_BETTER"));
        assertEquals(1, read.components().size());
    }

    @Test
    void aRecordsOptionalComponentsAreEmptyWhenAbsentAndNullIsRefused() throws Exception {
        // a follow-up of a remedy: period, remedy and trigger required; acknowledgement, plan, due and closing dates optional
        String open = "{\"period\": \"2026-03\", \"remedy\": \"STEP_IN\", \"trigger\": \"availability below minimum\"}";
        assertEquals(new RemedyFollowUp(ReportingPeriod.parse("2026-03"), Remedy.STEP_IN, "availability below minimum",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                JsonTesting.read(open, RemedyFollowUp.class));

        String nullPlan = open.replace("}", ", \"actionPlan\": null}");
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(nullPlan, RemedyFollowUp.class));
        assertEquals(List.of("$.actionPlan"), e.violations().stream().map(Violation::path).toList(), e.getMessage());

        // the rules of the record apply to what is present: a lowest net above zero
        PartneringJsonException limits = assertThrows(PartneringJsonException.class, () -> JsonTesting.read(
                "{\"lowest\": {\"amount\": \"5.00\", \"currency\": \"SEK\"}}", NetLimits.class));
        assertEquals(List.of("$.lowest"), limits.violations().stream().map(Violation::path).toList(), limits.getMessage());
        assertEquals(NetLimits.none(), JsonTesting.read("{}", NetLimits.class));
    }

    private static IncentiveScheme assertDoesNotThrowRead(String json) {
        try {
            return JsonTesting.read(json, IncentiveScheme.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
