package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnering.Fixtures;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionReport;
import dev.partnering.action.Minutes;
import dev.partnering.agreement.Agreement;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.party.Party;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskReview;
import dev.partnering.testkit.RelationshipArbitraries;

/**
 * Generated relationship-management values (the testkit's generators) survive write → read
 * unchanged, and the reports written only carry the figures they were computed with.
 */
class RelationshipJsonProperties {

    private static final List<String> PARTIES = Fixtures.parties().stream().map(Party::id).toList();

    @Property
    void agreementsWithOutcomesSurviveARoundTrip(@ForAll("agreements") Agreement agreement) {
        Agreement back = JsonTesting.roundTrip(PartneringDocument.of(agreement), PartneringDocument.class)
                .value(Agreement.class);
        assertEquals(agreement, back);
        assertEquals(agreement.outcomes(), back.outcomes());
        assertEquals(agreement.outcomeCoverage().outcomesWithoutKpis(), back.outcomeCoverage().outcomesWithoutKpis());
        // the field is there exactly when there are outcomes
        assertEquals(!agreement.outcomes().isEmpty(), JsonTesting.tree(agreement).has("outcomes"));
    }

    @Property
    void minutesSurviveARoundTripAndTheRegisterAndReportBuiltFromThemAgree(@ForAll("minutes") List<Minutes> minutes,
            @ForAll("days") LocalDate asOf) {
        List<Minutes> back = JsonTesting.roundTrip(PartneringDocument.ofMinutes(minutes), PartneringDocument.class)
                .minutes();
        assertEquals(minutes, back);
        ActionReport report = ActionRegister.of(Fixtures.governance(), minutes).reportOn(asOf);
        ActionReport again = ActionRegister.of(Fixtures.governance(), back).reportOn(asOf);
        assertEquals(report, again);
        // the counts written add up: per party and per level they sum to the total
        JsonNode written = JsonTesting.tree(report);
        assertEquals(written.get("total"), JsonTesting.tree(again.total()));
        int open = 0;
        for (JsonNode c : written.get("byParty")) {
            open += c.get("open").intValue();
        }
        assertEquals(report.total().open(), open);
        assertEquals(report.actions().size(), written.get("actions").size());
    }

    @Property
    void riskRegistersSurviveARoundTripAndTheirReviewIsWrittenOnly(@ForAll("riskRegisters") RiskRegister register,
            @ForAll("days") LocalDate asOf) {
        assertEquals(register, JsonTesting.roundTrip(PartneringDocument.of(register), PartneringDocument.class)
                .value(RiskRegister.class));
        RiskReview review = register.review(ActionRegister.of(Fixtures.governance(), List.of()), asOf);
        String json = JsonTesting.write(PartneringDocument.of(review));
        assertEquals(review.assessments().size(), JsonTesting.tree(json).get("riskReview").get("assessments").size());
        assertThrows(PartneringJsonException.class, () -> JsonTesting.read(json, PartneringDocument.class));
    }

    @Property
    void backlogsSurviveARoundTripAndTheirReportIsWrittenOnly(@ForAll("backlogs") ImprovementBacklog backlog,
            @ForAll("days") LocalDate asOf) {
        assertEquals(backlog, JsonTesting.roundTrip(PartneringDocument.of(backlog), PartneringDocument.class)
                .value(ImprovementBacklog.class));
        BacklogReport report = backlog.report(asOf, Fixtures.parties());
        JsonNode written = JsonTesting.tree(report);
        assertEquals(JsonTesting.tree(report.realised()), written.get("realised"));
        assertEquals(report.proposedBySuppliers(), written.get("proposedBySuppliers").intValue());
        assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(JsonTesting.write(PartneringDocument.of(report)), PartneringDocument.class));
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        return RelationshipArbitraries.agreementsWithOutcomes();
    }

    @Provide
    Arbitrary<List<Minutes>> minutes() {
        return RelationshipArbitraries.minutes(Fixtures.governance());
    }

    @Provide
    Arbitrary<RiskRegister> riskRegisters() {
        return RelationshipArbitraries.riskRegisters(PARTIES);
    }

    @Provide
    Arbitrary<ImprovementBacklog> backlogs() {
        return RelationshipArbitraries.backlogs(Fixtures.SEK, PARTIES);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 500).map(d -> LocalDate.of(2025, 12, 1).plusDays(d));
    }
}
