package dev.partnering.lifecycle;

import dev.partnering.agreement.LifecyclePhase;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;

/**
 * Moves an agreement through its {@link LifecyclePhase phases}. Every transition returns a new
 * agreement value in the new phase and leaves the given one unchanged; a transition the phase
 * order does not allow fails with a {@link ValidationException} that names both phases and what
 * is allowed instead.
 * <p>
 * Three transitions are guarded by a readiness check and have their own method: entering
 * COLLABORATION ({@link #startCollaboration}, after the {@link HandoverCheck}) and entering
 * RENEWAL or EXIT ({@link #startRenewal}, {@link #startExit}, after the
 * {@link ExitReadinessCheck}). When the check finds gaps, the transition fails listing every gap.
 * The other transitions use {@link #advance}.
 * <p>
 * This class is stateless, immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private Lifecycle() {
    }

    /**
     * Moves an agreement to a phase that needs no readiness check: ANALYSIS → PROCUREMENT →
     * NEGOTIATION → TRANSITION.
     *
     * @param agreement  the agreement, not null
     * @param to  the next phase, one of the current phase's {@link LifecyclePhase#successors()}, not null
     * @return a new agreement in phase {@code to}, never null
     * @throws ValidationException if the transition is not allowed, or {@code to} needs a readiness
     *         check (COLLABORATION, RENEWAL, EXIT)
     */
    public static Agreement advance(Agreement agreement, LifecyclePhase to) {
        requireAllowed(agreement, to);
        switch (to) {
            case COLLABORATION:
                throw refused(agreement, to, "entering COLLABORATION needs the handover check: "
                        + "use Lifecycle.startCollaboration(agreement, declaration)");
            case RENEWAL:
                throw refused(agreement, to, "entering RENEWAL needs the exit readiness check: "
                        + "use Lifecycle.startRenewal(agreement, exitPlan)");
            case EXIT:
                throw refused(agreement, to, "entering EXIT needs the exit readiness check: "
                        + "use Lifecycle.startExit(agreement, exitPlan)");
            default:
                return moved(agreement, to);
        }
    }

    /**
     * Hands an agreement over to the collaboration organisation: TRANSITION → COLLABORATION, or
     * RENEWAL → COLLABORATION for a renewed term.
     *
     * @param agreement  the agreement in TRANSITION or RENEWAL, not null
     * @param declaration  what the handover declares beyond the agreement, not null
     * @return a new agreement in COLLABORATION, never null
     * @throws ValidationException if the transition is not allowed, or listing every gap of the
     *         {@link HandoverCheck}
     */
    public static Agreement startCollaboration(Agreement agreement, HandoverDeclaration declaration) {
        requireAllowed(agreement, LifecyclePhase.COLLABORATION);
        HandoverCheck.run(agreement, declaration).throwIfNotReady(LifecyclePhase.COLLABORATION);
        return moved(agreement, LifecyclePhase.COLLABORATION);
    }

    /**
     * Starts the decision on a new term: COLLABORATION → RENEWAL.
     *
     * @param agreement  the agreement in COLLABORATION, not null
     * @param exitPlan  the exit plan, kept ready even when renewing, not null
     * @return a new agreement in RENEWAL, never null
     * @throws ValidationException if the transition is not allowed, or listing every gap of the
     *         {@link ExitReadinessCheck}
     */
    public static Agreement startRenewal(Agreement agreement, ExitPlan exitPlan) {
        return exitChecked(agreement, exitPlan, LifecyclePhase.RENEWAL);
    }

    /**
     * Starts the end of the partnership: COLLABORATION → EXIT or RENEWAL → EXIT.
     *
     * @param agreement  the agreement in COLLABORATION or RENEWAL, not null
     * @param exitPlan  the exit plan, not null
     * @return a new agreement in EXIT, never null
     * @throws ValidationException if the transition is not allowed, or listing every gap of the
     *         {@link ExitReadinessCheck}
     */
    public static Agreement startExit(Agreement agreement, ExitPlan exitPlan) {
        return exitChecked(agreement, exitPlan, LifecyclePhase.EXIT);
    }

    private static Agreement exitChecked(Agreement agreement, ExitPlan exitPlan, LifecyclePhase to) {
        requireAllowed(agreement, to);
        ExitReadinessCheck.run(agreement, exitPlan).throwIfNotReady(to);
        return moved(agreement, to);
    }

    private static void requireAllowed(Agreement agreement, LifecyclePhase to) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(to, "to");
        LifecyclePhase from = agreement.phase();
        if (from.canMoveTo(to)) {
            return;
        }
        String allowed = from.isFinal() ? from + " is final"
                : "from " + from + " it can move to " + from.successors().stream().sorted()
                        .map(Enum::name).collect(Collectors.joining(" or "));
        throw refused(agreement, to, "agreement '" + agreement.id() + "' cannot move from " + from + " to " + to + "; " + allowed);
    }

    private static ValidationException refused(Agreement agreement, LifecyclePhase to, String rule) {
        return new ValidationException("Agreement '" + agreement.id() + "'",
                List.of(Violation.of("phase", agreement.phase() + " → " + to, rule)));
    }

    private static Agreement moved(Agreement agreement, LifecyclePhase to) {
        LOG.debug("agreement '{}' moves from {} to {}", agreement.id(), agreement.phase(), to);
        return agreement.withPhase(to);
    }
}
