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
        return ImmutableTrustSurvey.builder();
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

    /**
     * A builder of {@link TrustSurvey}; {@code assessmentDate} and at least one dimension are required.
     * <p>
     * Obtained from {@link TrustSurvey#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link TrustSurvey#assessmentDate() assessmentDate} attribute.
         * @param assessmentDate The value for assessmentDate (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder assessmentDate(LocalDate assessmentDate);

        /**
         * Initializes the value for the {@link TrustSurvey#scale() scale} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link TrustSurvey#scale() scale}.</em>
         * @param scale The value for scale 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder scale(LikertScale scale);

        /**
         * Adds one element to {@link TrustSurvey#dimensions() dimensions} list.
         * @param element A dimensions element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addDimensions(TrustDimension element);

        /**
         * Adds elements to {@link TrustSurvey#dimensions() dimensions} list.
         * @param elements An array of dimensions elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addDimensions(TrustDimension... elements);

        /**
         * Adds elements to {@link TrustSurvey#dimensions() dimensions} list.
         * @param elements An iterable of dimensions elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllDimensions(Iterable<? extends TrustDimension> elements);

        /**
         * Adds one element to {@link TrustSurvey#responses() responses} list.
         * @param element A responses element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addResponses(SurveyResponse element);

        /**
         * Adds elements to {@link TrustSurvey#responses() responses} list.
         * @param elements An array of responses elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addResponses(SurveyResponse... elements);

        /**
         * Adds elements to {@link TrustSurvey#responses() responses} list.
         * @param elements An iterable of responses elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllResponses(Iterable<? extends SurveyResponse> elements);


        /**
         * @return the TrustSurvey, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        TrustSurvey build();
    }
}
