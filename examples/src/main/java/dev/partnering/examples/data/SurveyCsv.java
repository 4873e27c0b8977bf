package dev.partnering.examples.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.partnering.ValidationException;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;
import dev.partnering.trust.Answer;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;

/**
 * Reads trust survey answers, one row per respondent, from a CSV file with one column per
 * building block of trust (answers on the 1–7 scale):
 * <pre>
 * survey_date,respondent,side,level,loyalty,integrity,honesty,reciprocity,transparency
 * 2026-11-16,r-101,customer,A,5,6,5,5,4
 * </pre>
 * The respondent is an opaque id, never a name. Rows of several survey dates give one survey each.
 *
 * @since 0.1.0
 */
public final class SurveyCsv {

    /** The columns. */
    public static final List<String> COLUMNS = List.of("survey_date", "respondent", "side", "level", "loyalty",
            "integrity", "honesty", "reciprocity", "transparency");

    private SurveyCsv() {
    }

    /**
     * @param source  the file, not null
     * @return one survey per date, in date order, never null
     * @throws InputException if the file is missing or malformed, or an answer is off the scale
     */
    public static List<TrustSurvey> read(DataFile source) throws InputException {
        Map<LocalDate, List<SurveyResponse>> byDate = new TreeMap<>();
        List<TrustDimension> dimensions = TrustDimension.buildingBlocks();
        CsvReader.of(source, COLUMNS).read(r -> {
            Optional<LocalDate> date = r.requiredDate("survey_date");
            String respondent = r.required("respondent");
            Optional<PartyKind> side = Fields.side(r, "side");
            Optional<GovernanceLevel> level = Fields.level(r, "level");
            if (r.text("level").isEmpty()) {
                r.problem("level", "is empty; the respondent's governance level is required");
            }
            Map<TrustDimension, Integer> answers = new LinkedHashMap<>();
            for (TrustDimension d : dimensions) {
                r.integer(d.id()).ifPresent(a -> {
                    if (a < 1 || a > 7) {
                        r.problem(d.id(), "answer " + a + " is off the scale 1–7");
                    } else {
                        answers.put(d, a);
                    }
                });
            }
            if (!r.isValid() || date.isEmpty()) {
                return;
            }
            try {
                SurveyResponse.Builder b = SurveyResponse.builder().respondent(respondent).side(side.orElseThrow())
                        .level(level.orElseThrow());
                answers.forEach((d, a) -> b.addAnswers(Answer.of(d, a)));
                byDate.computeIfAbsent(date.get(), k -> new ArrayList<>()).add(b.build());
            } catch (ValidationException e) {
                e.violations().forEach(v -> r.problem("respondent", v.rule()));
            }
        });
        List<TrustSurvey> surveys = new ArrayList<>();
        byDate.forEach((date, responses) -> surveys.add(TrustSurvey.builder().assessmentDate(date)
                .addAllDimensions(dimensions).addAllResponses(responses).build()));
        return surveys;
    }
}
