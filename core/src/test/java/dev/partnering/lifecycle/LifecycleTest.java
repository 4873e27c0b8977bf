package dev.partnering.lifecycle;

import dev.partnering.agreement.LifecyclePhase;

import static dev.partnering.lifecycle.LifecycleFixtures.agreement;
import static dev.partnering.lifecycle.LifecycleFixtures.baseAgreement;
import static dev.partnering.lifecycle.LifecycleFixtures.completeExitPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;

class LifecycleTest {

    private static final HandoverDeclaration SCHEME = HandoverDeclaration.of(IncentiveArrangement.SCHEME_AGREED);

    private static Agreement in(LifecyclePhase phase) {
        return baseAgreement().phase(phase).build();
    }

    @Test
    void theAllowedTransitions() {
        assertEquals(Set.of(LifecyclePhase.PROCUREMENT), LifecyclePhase.ANALYSIS.successors());
        assertEquals(Set.of(LifecyclePhase.NEGOTIATION), LifecyclePhase.PROCUREMENT.successors());
        assertEquals(Set.of(LifecyclePhase.TRANSITION), LifecyclePhase.NEGOTIATION.successors());
        assertEquals(Set.of(LifecyclePhase.COLLABORATION), LifecyclePhase.TRANSITION.successors());
        assertEquals(Set.of(LifecyclePhase.RENEWAL, LifecyclePhase.EXIT), LifecyclePhase.COLLABORATION.successors());
        assertEquals(Set.of(LifecyclePhase.COLLABORATION, LifecyclePhase.EXIT), LifecyclePhase.RENEWAL.successors());
        assertEquals(Set.of(), LifecyclePhase.EXIT.successors());
        assertTrue(LifecyclePhase.EXIT.isFinal());
        assertFalse(LifecyclePhase.RENEWAL.isFinal());
    }

    @ParameterizedTest
    @EnumSource(LifecyclePhase.class)
    void noPhaseMovesToItself(LifecyclePhase phase) {
        assertFalse(phase.canMoveTo(phase));
    }

    @Test
    void advanceWalksFromAnalysisToTransitionReturningNewValues() {
        Agreement analysis = in(LifecyclePhase.ANALYSIS);
        Agreement procurement = Lifecycle.advance(analysis, LifecyclePhase.PROCUREMENT);
        Agreement negotiation = Lifecycle.advance(procurement, LifecyclePhase.NEGOTIATION);
        Agreement transition = Lifecycle.advance(negotiation, LifecyclePhase.TRANSITION);
        assertEquals(LifecyclePhase.ANALYSIS, analysis.phase());
        assertEquals(LifecyclePhase.PROCUREMENT, procurement.phase());
        assertEquals(LifecyclePhase.TRANSITION, transition.phase());
        assertNotSame(analysis, procurement);
        // everything but the phase is carried over
        assertEquals(analysis, transition.withPhase(LifecyclePhase.ANALYSIS));
    }

    @Test
    void anIllegalTransitionFailsNamingBothPhasesAndWhatIsAllowed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Lifecycle.advance(in(LifecyclePhase.NEGOTIATION), LifecyclePhase.RENEWAL));
        assertEquals("Agreement 'it-partnering' is invalid (1 violation):" + System.lineSeparator()
                + "  - phase: agreement 'it-partnering' cannot move from NEGOTIATION to RENEWAL;"
                + " from NEGOTIATION it can move to TRANSITION", e.getMessage());
        assertEquals("NEGOTIATION → RENEWAL", e.violations().get(0).value());
    }

    @Test
    void exitIsFinal() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Lifecycle.startCollaboration(in(LifecyclePhase.EXIT), SCHEME));
        assertEquals("agreement 'it-partnering' cannot move from EXIT to COLLABORATION; EXIT is final",
                e.violations().get(0).rule());
    }

    @Test
    void collaborationListsBothWaysOut() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Lifecycle.advance(in(LifecyclePhase.COLLABORATION), LifecyclePhase.ANALYSIS));
        assertEquals("agreement 'it-partnering' cannot move from COLLABORATION to ANALYSIS;"
                + " from COLLABORATION it can move to RENEWAL or EXIT", e.violations().get(0).rule());
    }

    @ParameterizedTest
    @EnumSource(value = LifecyclePhase.class, names = {"COLLABORATION", "RENEWAL", "EXIT"})
    void guardedPhasesCannotBeEnteredWithAdvance(LifecyclePhase to) {
        Agreement from = in(to == LifecyclePhase.COLLABORATION ? LifecyclePhase.TRANSITION : LifecyclePhase.COLLABORATION);
        ValidationException e = assertThrows(ValidationException.class, () -> Lifecycle.advance(from, to));
        assertTrue(e.violations().get(0).rule().startsWith("entering " + to + " needs the "), e.getMessage());
    }

    @Test
    void aReadyHandoverStartsTheCollaboration() {
        Agreement running = Lifecycle.startCollaboration(agreement(), SCHEME);
        assertEquals(LifecyclePhase.COLLABORATION, running.phase());
        assertEquals(LifecyclePhase.TRANSITION, agreement().phase());
    }

    @Test
    void anExplicitNoneIsAsGoodAsAScheme() {
        assertEquals(LifecyclePhase.COLLABORATION, Lifecycle.startCollaboration(agreement(),
                HandoverDeclaration.of(IncentiveArrangement.EXPLICITLY_NONE)).phase());
    }

    @Test
    void aHandoverWithGapsIsRefusedListingEveryGap() {
        Agreement noVision = baseAgreement().phase(LifecyclePhase.TRANSITION).build().withKpis(List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> Lifecycle.startCollaboration(noVision,
                HandoverDeclaration.of(IncentiveArrangement.UNDECIDED)));
        assertEquals("Agreement 'it-partnering' (handover check before COLLABORATION)", e.subject());
        assertEquals(List.of("kpis: no KPI is agreed, so the collaboration cannot be followed up",
                "incentiveArrangement: the incentive arrangement is undecided: agree a scheme or decide explicitly to have none"),
                e.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void renewalAndExitNeedAReadyExitPlan() {
        Agreement running = in(LifecyclePhase.COLLABORATION);
        Agreement renewing = Lifecycle.startRenewal(running, completeExitPlan());
        assertEquals(LifecyclePhase.RENEWAL, renewing.phase());
        assertEquals(LifecyclePhase.COLLABORATION, Lifecycle.startCollaboration(renewing, SCHEME).phase());
        assertEquals(LifecyclePhase.EXIT, Lifecycle.startExit(renewing, completeExitPlan()).phase());
        assertEquals(LifecyclePhase.EXIT, Lifecycle.startExit(running, completeExitPlan()).phase());

        ValidationException e = assertThrows(ValidationException.class,
                () -> Lifecycle.startExit(running, ExitPlan.builder().build()));
        assertEquals("Agreement 'it-partnering' (exit readiness check before EXIT)", e.subject());
        assertEquals(5, e.violations().size());
    }

    @Test
    void theTransitionIsCheckedBeforeTheReadiness() {
        // an agreement still in NEGOTIATION gets the phase error, not a list of handover gaps
        ValidationException e = assertThrows(ValidationException.class, () -> Lifecycle.startCollaboration(
                in(LifecyclePhase.NEGOTIATION), HandoverDeclaration.of(IncentiveArrangement.UNDECIDED)));
        assertEquals(List.of("phase"), e.violations().stream().map(Violation::path).toList());
    }

    @Test
    void everyPhaseCanBeReachedOnlyAlongTheTable() {
        for (LifecyclePhase from : LifecyclePhase.values()) {
            for (LifecyclePhase to : EnumSet.complementOf(EnumSet.of(LifecyclePhase.COLLABORATION, LifecyclePhase.RENEWAL,
                    LifecyclePhase.EXIT))) {
                if (from.canMoveTo(to)) {
                    assertEquals(to, Lifecycle.advance(in(from), to).phase());
                } else {
                    assertThrows(ValidationException.class, () -> Lifecycle.advance(in(from), to), from + " → " + to);
                }
            }
        }
    }
}
