package dev.partnering.trust;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.party.PartyKind;

/**
 * The answers of one respondent to a trust survey, tagged with the respondent's side, governance
 * level and an opaque respondent id.
 * <p>
 * The respondent id only tells responses apart; it must never be a name, an e-mail address or
 * an employee number. Use a random token, e.g. {@code r-7f3a9c}. Each response answers a dimension
 * at most once per {@link Focus} (and, for answers about a party, once per party).
 * <p>
 * With several suppliers in one room a response may also name the respondent's {@link #party() party},
 * and each answer the party it is about ({@link Answer#about()}): the figures per party and per pair of
 * parties of a {@link PartyTrustReport} come from these.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SurveyResponse {

    SurveyResponse() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableSurveyResponse.builder();
    }

    /** @return the opaque respondent id, unique within the survey, never a name */
    public abstract String respondent();

    /** @return the side the respondent works for; in a consortium every customer is on the customer side */
    public abstract PartyKind side();

    /**
     * The party the respondent works for, by its id: one of the survey's {@link TrustSurvey#parties() parties},
     * of the kind of {@link #side()}. Empty in a survey that records only the side (every survey written before
     * 0.3.0): such a response counts in the figures of its side and in no figure of a party.
     *
     * @return the respondent's party id, if recorded
     * @since 0.1.0
     */
    public abstract Optional<String> party();

    /** @return the governance level the respondent works at, never null */
    public abstract GovernanceLevel level();

    /** @return the answers, at least one, each dimension at most once per focus */
    public abstract List<Answer> answers();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("SurveyResponse");
        attrs.required("respondent", respondent());
        attrs.required("side", side());
        attrs.required("level", level());
        attrs.requiredAll("answers", answers());
        attrs.throwIfAny();
        Violations v = Violations.of("SurveyResponse '" + respondent() + "'");
        Ids.check(v, "respondent", respondent(), "respondent");
        party().ifPresent(p -> Ids.check(v, "party", p, "party"));
        v.require(!answers().isEmpty(), "answers", answers(), "response '" + respondent() + "' has no answers");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers().size(); i++) {
            Answer a = answers().get(i);
            v.require(seen.add(a.dimension().id() + "/" + a.focus() + "/" + a.about().orElse("")), "answers[" + i + "]", a.dimension().id(),
                    "response '" + respondent() + "' answers dimension '" + a.dimension().id() + "' about "
                            + a.focus() + a.about().map(p -> " (" + p + ")").orElse("") + " more than once");
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link SurveyResponse}; every attribute is required, with at least one answer.
     * <p>
     * Obtained from {@link SurveyResponse#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link SurveyResponse#respondent() respondent} attribute.
         * @param respondent The value for respondent (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder respondent(String respondent);

        /**
         * Initializes the value for the {@link SurveyResponse#side() side} attribute.
         * @param side The value for side (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder side(PartyKind side);

        /**
         * Initializes the optional value for the {@link SurveyResponse#party() party} attribute.
         * @param party The value for party
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder party(String party);

        /**
         * Initializes the optional value for the {@link SurveyResponse#party() party} attribute.
         * @param party The value for party, empty for none
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder party(Optional<String> party);

        /**
         * Initializes the value for the {@link SurveyResponse#level() level} attribute.
         * @param level The value for level (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder level(GovernanceLevel level);

        /**
         * Adds one element to {@link SurveyResponse#answers() answers} list.
         * @param element A answers element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAnswers(Answer element);

        /**
         * Adds elements to {@link SurveyResponse#answers() answers} list.
         * @param elements An array of answers elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAnswers(Answer... elements);

        /**
         * Adds elements to {@link SurveyResponse#answers() answers} list.
         * @param elements An iterable of answers elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllAnswers(Iterable<? extends Answer> elements);


        /**
         * @return the SurveyResponse, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        SurveyResponse build();
    }
}
