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
import dev.partnering.party.Party;

/**
 * One round of a trust survey: the assessment date, the Likert scale, the dimensions asked about
 * and the responses of both sides.
 * <p>
 * Rules checked when built: at least one dimension; dimension ids unique; respondent ids unique;
 * every answer on a dimension of the survey and on the scale. With {@link #parties() parties}: party ids
 * unique; a response's party is one of them, of the kind of its side; an answer about a party is
 * about one of them, by a respondent who names its own party, with the focus OWN_SIDE when the party
 * is on the respondent's side and PARTNER_SIDE otherwise.
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
     * The parties the respondents work for and answer about, when the survey records them (several
     * suppliers in one room); empty in a survey that records only the sides.
     *
     * @return the parties, never null, possibly empty
     * @since 0.1.0
     */
    public abstract List<Party> parties();

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
        attrs.requiredAll("parties", parties());
        attrs.throwIfAny();
        Violations v = Violations.of("TrustSurvey of " + assessmentDate());
        v.require(!dimensions().isEmpty(), "dimensions", dimensions(), "a trust survey asks about at least one dimension");
        Map<String, TrustDimension> byId = new HashMap<>();
        for (int i = 0; i < dimensions().size(); i++) {
            TrustDimension d = dimensions().get(i);
            v.require(byId.putIfAbsent(d.id(), d) == null, "dimensions[" + i + "].id", d.id(),
                    "trust dimension id '" + d.id() + "' is used more than once");
        }
        Map<String, Party> parties = new HashMap<>();
        for (int i = 0; i < parties().size(); i++) {
            Party p = parties().get(i);
            v.require(parties.putIfAbsent(p.id(), p) == null, "parties[" + i + "].id", p.id(),
                    "party id '" + p.id() + "' is used more than once");
        }
        Set<String> respondents = new HashSet<>();
        for (int i = 0; i < responses().size(); i++) {
            SurveyResponse r = responses().get(i);
            v.require(respondents.add(r.respondent()), "responses[" + i + "].respondent", r.respondent(),
                    "respondent '" + r.respondent() + "' answers more than once");
            checkAnswers(v, "responses[" + i + "]", r, byId);
            checkParties(v, "responses[" + i + "]", r, parties);
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

    private static void checkParties(Violations v, String path, SurveyResponse r, Map<String, Party> parties) {
        r.party().ifPresent(id -> {
            Party p = parties.get(id);
            v.require(p != null, path + ".party", id, "respondent '" + r.respondent() + "' works for party '" + id
                    + "', which is not one of the survey's parties " + parties.keySet().stream().sorted().toList());
            v.require(p == null || p.kind() == r.side(), path + ".party", id, "respondent '" + r.respondent()
                    + "' answers for the " + r.side() + " side but works for party '" + id + "', a "
                    + (p == null ? "" : p.kind()));
        });
        for (int j = 0; j < r.answers().size(); j++) {
            Answer a = r.answers().get(j);
            if (a.about().isEmpty()) {
                continue;
            }
            String at = path + ".answers[" + j + "].about";
            String id = a.about().get();
            Party p = parties.get(id);
            v.require(p != null, at, id, "respondent '" + r.respondent() + "' answers about party '" + id
                    + "', which is not one of the survey's parties " + parties.keySet().stream().sorted().toList());
            v.require(r.party().isPresent(), at, id, "respondent '" + r.respondent() + "' answers about party '" + id
                    + "' without naming its own party");
            if (p != null) {
                Focus expected = p.kind() == r.side() ? Focus.OWN_SIDE : Focus.PARTNER_SIDE;
                v.require(a.focus() == expected, path + ".answers[" + j + "].focus", a.focus(), "respondent '"
                        + r.respondent() + "' of the " + r.side() + " side answers about party '" + id + "', a "
                        + p.kind() + ", so the focus is " + expected);
            }
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
         * Adds one element to {@link TrustSurvey#parties() parties} list.
         * @param element A parties element
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addParties(Party element);

        /**
         * Adds elements to {@link TrustSurvey#parties() parties} list.
         * @param elements An array of parties elements
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addParties(Party... elements);

        /**
         * Adds elements to {@link TrustSurvey#parties() parties} list.
         * @param elements An iterable of parties elements
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addAllParties(Iterable<? extends Party> elements);


        /**
         * @return the TrustSurvey, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        TrustSurvey build();
    }
}
