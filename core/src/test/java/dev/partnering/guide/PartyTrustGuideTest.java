package dev.partnering.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Focus;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.PartyTrustReport;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;

/** The trust-per-party example of docs/multi-supplier.md, compiled and run. */
class PartyTrustGuideTest {

    @Test
    void trustPerPartyInOneRoom() {
        // tag::trust-per-party[]
        List<String> suppliers = List.of("nordserv", "deskco", "netlink");
        TrustSurvey.Builder survey = TrustSurvey.builder().assessmentDate(LocalDate.of(2026, 6, 15))
                .scale(LikertScale.of(1, 5)).addDimensions(TrustDimension.HONESTY)
                .addParties(Party.customer("charity", "The charity"), Party.leadSupplier("nordserv", "NordServ"),
                        Party.supplier("deskco", "DeskCo"), Party.supplier("netlink", "NetLink"));
        for (int s = 0; s < suppliers.size(); s++) {
            String next = suppliers.get((s + 1) % suppliers.size());
            for (int i = 0; i < 3; i++) { // three people of each supplier at level B
                survey.addResponses(SurveyResponse.builder().respondent("r-" + s + i).side(PartyKind.SUPPLIER)
                        .party(suppliers.get(s)).level(GovernanceLevel.TACTICAL)
                        .addAnswers(Answer.of(TrustDimension.HONESTY, 4),                       // the relationship
                                Answer.about(TrustDimension.HONESTY, Focus.OWN_SIDE, next, 3 + i % 2)) // the next supplier
                        .build());
            }
        }
        PartyTrustReport report = TrustCalculator.standard().assessParties(survey.build());
        report.figures().forEach(f -> System.out.println(f.describe(report.minimumGroupSize())));
        // end::trust-per-party[]
        // nordserv about deskco: answers 3, 4, 3 on 1-5 -> 50, 75, 50 -> 175 / 3 = 58.333333
        assertEquals(Optional.of(new java.math.BigDecimal("58.333333")),
                report.pair(TrustDimension.HONESTY, "nordserv", "deskco").orElseThrow().score());
        // nordserv: 75, 75, 75 about the relationship and 50, 75, 50 -> 400 / 6 = 66.666667
        assertEquals(Optional.of(new java.math.BigDecimal("66.666667")),
                report.party(TrustDimension.HONESTY, "nordserv").orElseThrow().score());
        assertEquals(12, report.figures().size()); // per supplier 3 (itself, level B, one pair) x 3, and 3 x everyone about
        assertEquals(List.of(), report.suppressed());
    }
}
