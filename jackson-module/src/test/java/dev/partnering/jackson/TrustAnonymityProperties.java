package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnering.ThoroughTries;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;
import dev.partnering.trust.Answer;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;

/**
 * The anonymity of a trust report survives serialisation: a written report shows exactly the
 * figures the report shows, and a suppressed figure is written as its group, reason and minimum
 * group size only, with no number beside it, anywhere in the document.
 */
@AddLifecycleHook(ThoroughTries.class)
class TrustAnonymityProperties {

    private static final Set<String> SUPPRESSED_FIELDS = Set.of("type", "group", "reason", "minimumGroupSize");

    @Property(tries = 300)
    void aWrittenReportShowsExactlyTheFiguresTheReportShows(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 2, max = 4) int minimum) {
        TrustReport report = TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(minimum).build()).assess(survey);
        Statistics.label("suppressed").collect(report.suppressed().isEmpty() ? "none" : "some");
        Statistics.label("suppressed").coverage(c -> c.check("some").count(n -> n > 0));
        JsonNode json = JsonTesting.tree(PartneringDocument.of(report));

        List<JsonNode> figures = new ArrayList<>();
        collectFigures(json, figures);
        Set<String> shownInJson = new HashSet<>();
        Set<String> suppressedInJson = new HashSet<>();
        for (JsonNode f : figures) {
            String label = f.get("group").get("label").textValue();
            if (f.get("type").textValue().equals("suppressed")) {
                Set<String> fields = new HashSet<>();
                f.fieldNames().forEachRemaining(fields::add);
                assertEquals(SUPPRESSED_FIELDS, fields, "a suppressed figure carries only its group and reason: " + f);
                suppressedInJson.add(label);
            } else if (f.get("type").textValue().equals("shown")) {
                shownInJson.add(label);
            }
        }
        assertEquals(shown(report), shownInJson);
        Set<String> suppressed = new HashSet<>();
        report.suppressed().forEach(s -> suppressed.add(s.group().label()));
        assertEquals(suppressed, suppressedInJson);
        for (String label : suppressed) {
            assertFalse(shownInJson.contains(label), label + " is suppressed in the report but shown in its JSON");
        }
    }

    @Example
    void theMeanOfASuppressedGroupAppearsNowhereInTheWrittenReport() {
        // scale 1-7: normalised = (a - 1) / 6 x 100. One customer at level A answers 2 -> 16.66666666666667;
        // three at level B answer 6, 7, 7 -> (83.33333333333333 + 100 + 100) / 3 = 94.44444444444444.
        // The customer side (4 respondents, 75) is shown; A is below the minimum of 3, and B is hidden
        // too, because side - B = A. Every supplier answers 5 -> 66.66666666666667: no shown figure,
        // gap or index (75, 66.67, 70, gap 8.33) looks like either hidden mean.
        List<SurveyResponse> responses = new ArrayList<>();
        responses.add(honesty("r-a1", PartyKind.CUSTOMER, GovernanceLevel.STRATEGIC, 2));
        responses.add(honesty("r-b1", PartyKind.CUSTOMER, GovernanceLevel.TACTICAL, 6));
        responses.add(honesty("r-b2", PartyKind.CUSTOMER, GovernanceLevel.TACTICAL, 7));
        responses.add(honesty("r-b3", PartyKind.CUSTOMER, GovernanceLevel.TACTICAL, 7));
        for (int i = 1; i <= 3; i++) {
            responses.add(honesty("r-s" + i, PartyKind.SUPPLIER, GovernanceLevel.TACTICAL, 5));
            responses.add(honesty("r-t" + i, PartyKind.SUPPLIER, GovernanceLevel.OPERATIONAL, 5));
        }
        TrustSurvey survey = TrustSurvey.builder().assessmentDate(LocalDate.of(2026, 6, 15))
                .addDimensions(TrustDimension.HONESTY).addAllResponses(responses).build();
        TrustReport report = TrustCalculator.standard().assess(survey);
        DimensionTrust honesty = report.dimension(TrustDimension.HONESTY);
        assertEquals(0, new BigDecimal("75").compareTo(honesty.customer().score().orElseThrow()));
        assertEquals(2, report.suppressed().size());

        String json = JsonTesting.write(PartneringDocument.of(report));
        for (String hidden : List.of("16.66", "16.67", "94.44")) {
            assertFalse(json.contains(hidden), "the written report reveals " + hidden + ": " + json);
        }
        for (SurveyResponse r : responses) {
            assertFalse(json.contains(r.respondent()), "the written report names respondent " + r.respondent());
        }
        assertTrue(json.contains("\"label\":\"honesty, customer side, level A\""), json);
        assertTrue(json.contains("\"reason\":\"BELOW_MINIMUM\""), json);
        assertTrue(json.contains("\"reason\":\"COMPLEMENTARY\""), json);
    }

    private static SurveyResponse honesty(String respondent, PartyKind side, GovernanceLevel level, int value) {
        return SurveyResponse.builder().respondent(respondent).side(side).level(level)
                .addAnswers(Answer.of(TrustDimension.HONESTY, value)).build();
    }

    /** @return the labels of every figure the report shows, wherever it shows them */
    private static Set<String> shown(TrustReport r) {
        List<GroupScore> all = new ArrayList<>();
        for (DimensionTrust d : r.dimensions()) {
            all.addAll(List.of(d.overall(), d.customer(), d.supplier(), d.customerSelfImage().self(),
                    d.customerSelfImage().seenByPartner(), d.supplierSelfImage().self(), d.supplierSelfImage().seenByPartner()));
        }
        r.levels().forEach(l -> all.addAll(l.scores()));
        Set<String> labels = new HashSet<>();
        all.stream().filter(GroupScore::isShown).forEach(s -> labels.add(s.group().label()));
        return labels;
    }

    /** Collects every object that is a figure: one with a {@code type} of the group score family. */
    private static void collectFigures(JsonNode node, List<JsonNode> figures) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && type.isTextual() && node.has("group")
                    && List.of("shown", "suppressed", "no-answers").contains(type.textValue())) {
                figures.add(node);
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collectFigures(it.next(), figures);
            }
        } else if (node.isArray()) {
            node.elements().forEachRemaining(e -> collectFigures(e, figures));
        }
    }

    @Provide
    Arbitrary<TrustSurvey> surveys() {
        return dev.partnering.trust.SharedArbitraries.surveys();
    }
}
