package dev.partnering.testkit.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.term.ContractTerm;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.testkit.TrustSurveyArbitrary;
import dev.partnering.testkit.internal.SchemeConfig.Presence;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Focus;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The {@link TrustSurveyArbitrary} behind {@code PartneringArbitraries.trustSurveys()}. */
public final class DefaultTrustSurveyArbitrary extends CostlyArbitrary<TrustSurvey> implements TrustSurveyArbitrary {

    private static final LocalDate READABLE_DATE = LocalDate.of(2026, 1, 1);
    private static final List<LikertScale> COMMON_SCALES = List.of(LikertScale.oneToSeven(), LikertScale.of(1, 5),
            LikertScale.of(0, 10));
    /** A dimension beside the building blocks, as an agreement may add its own. */
    private static final TrustDimension PACE = TrustDimension.of("pace", "Pace of decisions");
    private static final List<PartyKind> SIDES = List.of(PartyKind.CUSTOMER, PartyKind.SUPPLIER);

    /** The assessment dates: {@code origin} plus {@code first} to {@code last} months, shrinking toward origin. */
    private record Dates(LocalDate origin, int first, int last) {
        Arbitrary<LocalDate> arbitrary() {
            return Arbitraries.integers().between(first, last).map(origin::plusMonths);
        }
    }

    /** What one survey is about, drawn before its respondents. */
    private record Frame(LocalDate date, LikertScale scale, List<TrustDimension> dimensions, boolean selfRatings) {
        List<Focus> foci() {
            return selfRatings ? List.of(Focus.values()) : List.of(Focus.RELATIONSHIP);
        }

        int midpoint() {
            return scale.minimum() + (scale.maximum() - scale.minimum()) / 2;
        }
    }

    private final List<GovernanceLevel> levels;
    private Dates dates;
    private List<LikertScale> scales = COMMON_SCALES;
    private Optional<List<TrustDimension>> dimensions = Optional.empty();
    private int minRespondents = 0;
    private int maxRespondents = 5;
    private Presence selfRatings = Presence.ANY;
    private boolean everyQuestion = false;
    private boolean oneRoom = false;
    private static final List<Party> ROOM = List.of(Party.customer("cust", "Customer"),
            Party.leadSupplier("s1", "Lead supplier"), Party.supplier("s2", "Second supplier"),
            Party.supplier("s3", "Third supplier"));

    /** Surveys of respondents at every level, assessed near 2026. */
    public DefaultTrustSurveyArbitrary() {
        this.levels = List.of(GovernanceLevel.values());
        this.dates = new Dates(READABLE_DATE, -24, 35);
    }

    /**
     * @param agreement  the agreement whose levels the respondents work at and in whose initial
     *        term the surveys are assessed, not null
     */
    public DefaultTrustSurveyArbitrary(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        ContractTerm term = agreement.term();
        int months = (int) Period.between(term.startDate(), term.initialEndDate()).toTotalMonths();
        this.levels = agreement.governance().levelsInOrder();
        this.dates = new Dates(term.startDate(), 0, Math.max(0, months - 1));
    }

    @Override
    protected Arbitrary<TrustSurvey> arbitrary() {
        Arbitrary<Frame> frames = Combinators.combine(dates.arbitrary(), Arbitraries.of(scales), dimensions(),
                presence(selfRatings)).as(Frame::new);
        return frames.flatMap(f -> Combinators.combine(groups(f)).as(g -> build(f, g)));
    }

    private Arbitrary<List<TrustDimension>> dimensions() {
        if (dimensions.isPresent()) {
            return Arbitraries.just(dimensions.get());
        }
        List<TrustDimension> blocks = TrustDimension.buildingBlocks();
        Arbitrary<Boolean> pace = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
        return Combinators.combine(Arbitraries.subsetOf(blocks).ofMinSize(1), pace).as((chosen, withPace) -> {
            List<TrustDimension> list = new ArrayList<>(blocks.stream().filter(chosen::contains).toList());
            if (withPace) {
                list.add(PACE);
            }
            return List.copyOf(list);
        });
    }

    private static Arbitrary<Boolean> presence(Presence p) {
        return p == Presence.ANY ? Arbitraries.of(false, true) : Arbitraries.just(p == Presence.ALWAYS);
    }

    /** @return per side and level, in that order, the answers of each respondent to each question, empty if skipped */
    private List<Arbitrary<List<List<Optional<Integer>>>>> groups(Frame f) {
        Arbitrary<Optional<Integer>> value = Arbitraries.integers().between(f.scale().minimum(), f.scale().maximum())
                .shrinkTowards(f.midpoint()).map(Optional::of);
        Arbitrary<Optional<Integer>> question = everyQuestion ? value
                : Arbitraries.frequencyOf(Tuple.of(9, value), Tuple.of(1, Arbitraries.just(Optional.<Integer>empty())));
        Arbitrary<List<List<Optional<Integer>>>> group = question.list().ofSize(f.dimensions().size() * f.foci().size())
                .list().ofMinSize(minRespondents).ofMaxSize(maxRespondents);
        List<Arbitrary<List<List<Optional<Integer>>>>> groups = new ArrayList<>();
        for (int i = 0; i < SIDES.size() * levels.size(); i++) {
            groups.add(group);
        }
        return groups;
    }

    private TrustSurvey build(Frame f, List<List<List<Optional<Integer>>>> groups) {
        List<SurveyResponse> responses = new ArrayList<>();
        int g = 0;
        for (PartyKind side : SIDES) {
            for (GovernanceLevel level : levels) {
                List<List<Optional<Integer>>> group = groups.get(g);
                for (int k = 0; k < group.size(); k++) {
                    List<Answer> answers = answers(f, group.get(k));
                    SurveyResponse.Builder b = SurveyResponse.builder().respondent("r-" + (responses.size() + 1))
                            .side(side).level(level);
                    if (oneRoom) {
                        b.party(partyOf(side, k));
                        int index = k;
                        answers = answers.stream().map(a -> about(a, side, index)).toList();
                    }
                    responses.add(b.addAllAnswers(answers).build());
                }
                g++;
            }
        }
        return TrustSurvey.builder().assessmentDate(f.date()).scale(f.scale()).addAllDimensions(f.dimensions())
                .addAllParties(oneRoom ? ROOM : List.of()).addAllResponses(responses).build();
    }

    /** The k-th respondent of a side and level works for the (k mod n)-th party of the side. */
    private static String partyOf(PartyKind side, int k) {
        List<Party> of = ROOM.stream().filter(p -> p.kind() == side).toList();
        return of.get(k % of.size()).id();
    }

    /** A rating of its own side is about the next party of the side, one of the partner side about the k-th of it. */
    private static Answer about(Answer a, PartyKind side, int k) {
        if (a.focus() == Focus.RELATIONSHIP) {
            return a;
        }
        String party = a.focus() == Focus.OWN_SIDE ? partyOf(side, k + 1) : partyOf(side.other(), k);
        return Answer.about(a.dimension(), a.focus(), party, a.value());
    }

    /** @return the answers given, or the midpoint on the first dimension if every question was skipped */
    private static List<Answer> answers(Frame f, List<Optional<Integer>> values) {
        List<Answer> answers = new ArrayList<>();
        int k = 0;
        for (TrustDimension d : f.dimensions()) {
            for (Focus focus : f.foci()) {
                values.get(k++).ifPresent(a -> answers.add(Answer.of(d, focus, a)));
            }
        }
        if (answers.isEmpty()) {
            answers.add(Answer.of(f.dimensions().get(0), f.midpoint()));
        }
        return answers;
    }

    @Override
    public TrustSurveyArbitrary withScale(int minimum, int maximum) {
        DefaultTrustSurveyArbitrary c = typedClone();
        c.scales = List.of(LikertScale.of(minimum, maximum));
        return c;
    }

    @Override
    public TrustSurveyArbitrary withDimensions(TrustDimension... dimensions) {
        List<TrustDimension> list = List.of(dimensions);
        Checks.require(!list.isEmpty(), "trustSurveys().withDimensions() needs at least one dimension");
        Set<String> ids = new HashSet<>();
        list.forEach(d -> Checks.require(ids.add(d.id()), "trustSurveys().withDimensions(): dimension id '" + d.id()
                + "' is given more than once"));
        DefaultTrustSurveyArbitrary c = typedClone();
        c.dimensions = Optional.of(list);
        return c;
    }

    @Override
    public TrustSurveyArbitrary withRespondents(int count) {
        return withRespondents(count, count);
    }

    @Override
    public TrustSurveyArbitrary withRespondents(int min, int max) {
        Checks.require(min >= 0 && max >= min, "trustSurveys().withRespondents(" + min + ", " + max
                + "): the counts must be at least 0, the maximum not below the minimum");
        DefaultTrustSurveyArbitrary c = typedClone();
        c.minRespondents = min;
        c.maxRespondents = max;
        return c;
    }

    @Override
    public TrustSurveyArbitrary withSelfRatings() {
        return withSelfRatings(Presence.ALWAYS);
    }

    @Override
    public TrustSurveyArbitrary withoutSelfRatings() {
        return withSelfRatings(Presence.NEVER);
    }

    private TrustSurveyArbitrary withSelfRatings(Presence presence) {
        DefaultTrustSurveyArbitrary c = typedClone();
        c.selfRatings = presence;
        return c;
    }

    @Override
    public TrustSurveyArbitrary withEveryQuestionAnswered() {
        DefaultTrustSurveyArbitrary c = typedClone();
        c.everyQuestion = true;
        return c;
    }

    @Override
    public TrustSurveyArbitrary inOneRoom() {
        DefaultTrustSurveyArbitrary c = typedClone();
        c.oneRoom = true;
        return c;
    }

    @Override
    public TrustSurveyArbitrary assessedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DefaultTrustSurveyArbitrary c = typedClone();
        c.dates = new Dates(date, 0, 0);
        return c;
    }
}
