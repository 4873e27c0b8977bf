package dev.partnering;

import dev.partnering.incentive.internal.PeriodContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.partnering.amendment.AgreementDiff;
import dev.partnering.explanation.Explanation;
import dev.partnering.health.HealthCalculator;
import dev.partnering.lifecycle.HandoverCheck;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.IncentiveArrangement;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.term.TermTimeline;
import dev.partnering.health.HealthInputs;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.Amendment;
import dev.partnering.term.ContractTermCalculator;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;

/**
 * Results that once compared by identity: each computed twice from inputs built anew is equal to
 * itself with the same hash, and a result computed from other inputs is not equal (so equality is
 * not trivially true). The whole family, every public value type of core, is walked by the JSON
 * module's {@code ValueEqualityTest}.
 */
class ResultEqualityTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("TermStatus", (Supplier<Object>) () -> ContractTermCalculator.status(Fixtures.term(),
                        LocalDate.of(2027, 6, 1)), (Supplier<Object>) () -> ContractTermCalculator.status(Fixtures.term(),
                        LocalDate.of(2027, 6, 2))),
                Arguments.of("TermTimeline", (Supplier<Object>) () -> ContractTermCalculator.timeline(Fixtures.term()),
                        (Supplier<Object>) () -> ContractTermCalculator.timeline(Fixtures.term().exercise(1,
                                LocalDate.of(2028, 5, 10)))),
                Arguments.of("SignalTally", (Supplier<Object>) () -> SignalTally.count(signals(), MARCH),
                        (Supplier<Object>) () -> SignalTally.count(signals().subList(1, 3), MARCH)),
                Arguments.of("HealthReport", (Supplier<Object>) () -> health("0.93"), (Supplier<Object>) () -> health("0.5")),
                Arguments.of("AgreementHistory", (Supplier<Object>) ResultEqualityTest::history,
                        (Supplier<Object>) () -> AgreementHistory.of(Fixtures.agreement())),
                Arguments.of("AgreementVersion", (Supplier<Object>) () -> history().current(),
                        (Supplier<Object>) () -> history().version(1)),
                Arguments.of("AgreementDiff", (Supplier<Object>) () -> history().diff(1, 2),
                        (Supplier<Object>) () -> history().diff(2, 2)),
                Arguments.of("ReadinessReport", (Supplier<Object>) () -> HandoverCheck.run(Fixtures.agreement(),
                        HandoverDeclaration.of(IncentiveArrangement.UNDECIDED)), (Supplier<Object>) () -> HandoverCheck.run(
                                Fixtures.agreement(), HandoverDeclaration.of(IncentiveArrangement.EXPLICITLY_NONE))),
                // IncentiveContext is an interface; the calculator gives components this implementation
                Arguments.of("PeriodContext", (Supplier<Object>) () -> context("100000.00"),
                        (Supplier<Object>) () -> context("100000.01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void aResultComputedTwiceIsEqualWithTheSameHashAndOneFromOtherInputsIsNot(String type, Supplier<Object> result,
            Supplier<Object> other) {
        Object a = result.get();
        Object b = result.get();
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(type, a.getClass().getSimpleName());
        assertNotEquals(a, other.get());
        assertNotEquals(a, null);
        assertNotEquals(a, type);
    }

    /** The results whose explanation is written when first asked for, each with a way to ask for it. */
    static Stream<Arguments> explainedLazily() {
        return Stream.of(
                Arguments.of("TermTimeline", (Supplier<Object>) () -> ContractTermCalculator.timeline(Fixtures.term()),
                        (Function<Object, Explanation>) r -> ((TermTimeline) r).explanation()),
                Arguments.of("ReadinessReport", (Supplier<Object>) () -> HandoverCheck.run(Fixtures.agreement(),
                        HandoverDeclaration.of(IncentiveArrangement.UNDECIDED)),
                        (Function<Object, Explanation>) r -> ((ReadinessReport) r).explanation()),
                Arguments.of("AgreementDiff", (Supplier<Object>) () -> history().diff(1, 2),
                        (Function<Object, Explanation>) r -> ((AgreementDiff) r).explanation()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explainedLazily")
    void anExplanationWrittenOnFirstUseChangesNeitherEqualityNorHashAndIsEqualForEqualResults(String type,
            Supplier<Object> result, Function<Object, Explanation> explanation) {
        Object a = result.get();
        Object b = result.get();
        int hash = a.hashCode();
        Explanation e = explanation.apply(a);
        assertSame(e, explanation.apply(a));
        assertEquals(a, b);
        assertEquals(hash, a.hashCode());
        assertEquals(hash, b.hashCode());
        assertEquals(e, explanation.apply(b));
        assertFalse(e.steps().isEmpty());
    }

    private static List<BehaviouralSignal> signals() {
        return List.of(BehaviouralSignal.of(SignalKind.INFORMATION_SHARED, LocalDate.of(2026, 3, 9), PartyKind.CUSTOMER),
                BehaviouralSignal.of(SignalKind.REQUEST_ANSWERED_IN_TIME, LocalDate.of(2026, 3, 12), PartyKind.SUPPLIER),
                BehaviouralSignal.of(SignalKind.REQUEST_ANSWERED_LATE, LocalDate.of(2026, 3, 19), PartyKind.CUSTOMER));
    }

    private static Object health(String scorecardScore) {
        return HealthCalculator.standard().assess(HealthInputs.builder().period(MARCH)
                .scorecardScore(new BigDecimal(scorecardScore)).build());
    }

    private static AgreementHistory history() {
        return AgreementHistory.of(Fixtures.agreement()).amend(Amendment.of(LocalDate.of(2027, 1, 1), "Annual KPI review",
                AgreementChange.targetChanged(Fixtures.availability().id(), new BigDecimal("99.0"), new BigDecimal("99.6"))));
    }

    private static Object context(String fee) {
        IncentivePeriod period = IncentivePeriod.builder().period(MARCH).build();
        return new PeriodContext(Fixtures.agreement(), period, Optional.of(Fixtures.sek(fee)), List.of(), Map.of());
    }
}
