package dev.partnering.trust;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * One round of a trust survey: the assessment date, the Likert scale, the dimensions asked about
 * and the responses of both sides.
 * <p>
 * Rules checked when built: at least one dimension; dimension ids unique; respondent ids unique;
 * every answer on a dimension of the survey and on the scale.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TrustSurvey {

    TrustSurvey() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the date of the assessment, never null */
    public abstract LocalDate assessmentDate();

    /** @return the answer scale; 1 to 7 by default */
    @Value.Default
    public LikertScale scale() {
        return LikertScale.oneToSeven();
    }

    /**
     * @return the dimensions asked about, in report order, at least one; use
     *         {@code addAllDimensions(TrustDimension.buildingBlocks())} for the five building blocks
     */
    public abstract List<TrustDimension> dimensions();

    /** @return the responses, never null, possibly empty */
    public abstract List<SurveyResponse> responses();

    /**
     * @param id  a dimension id, not null
     * @return the dimension with that id, if the survey asks about it
     */
    public Optional<TrustDimension> dimension(String id) {
        return dimensions().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("TrustSurvey");
        attrs.required("assessmentDate", assessmentDate());
        attrs.required("scale", scale());
        attrs.requiredAll("dimensions", dimensions());
        attrs.requiredAll("responses", responses());
        attrs.throwIfAny();
        Violations v = Violations.of("TrustSurvey of " + assessmentDate());
        v.require(!dimensions().isEmpty(), "dimensions", dimensions(), "a trust survey asks about at least one dimension");
        Map<String, TrustDimension> byId = new HashMap<>();
        for (int i = 0; i < dimensions().size(); i++) {
            TrustDimension d = dimensions().get(i);
            v.require(byId.putIfAbsent(d.id(), d) == null, "dimensions[" + i + "].id", d.id(),
                    "trust dimension id '" + d.id() + "' is used more than once");
        }
        Set<String> respondents = new HashSet<>();
        for (int i = 0; i < responses().size(); i++) {
            SurveyResponse r = responses().get(i);
            v.require(respondents.add(r.respondent()), "responses[" + i + "].respondent", r.respondent(),
                    "respondent '" + r.respondent() + "' answers more than once");
            checkAnswers(v, "responses[" + i + "]", r, byId);
        }
        v.throwIfAny();
    }

    private void checkAnswers(Violations v, String path, SurveyResponse r, Map<String, TrustDimension> byId) {
        for (int j = 0; j < r.answers().size(); j++) {
            Answer a = r.answers().get(j);
            String at = path + ".answers[" + j + "]";
            v.require(a.dimension().equals(byId.get(a.dimension().id())), at + ".dimension", a.dimension().id(),
                    "respondent '" + r.respondent() + "' answers dimension '" + a.dimension().id()
                            + "', which is not one of the survey's dimensions " + byId.keySet().stream().sorted().toList());
            v.require(scale().contains(a.value()), at + ".value", a.value(), "respondent '" + r.respondent()
                    + "' answers " + a.value() + " on '" + a.dimension().id() + "', outside the scale " + scale().label());
        }
    }

    /** A builder of {@link TrustSurvey}; {@code assessmentDate} and at least one dimension are required. */
    public static final class Builder extends ImmutableTrustSurvey.Builder {
        Builder() {
        }
    }
}
