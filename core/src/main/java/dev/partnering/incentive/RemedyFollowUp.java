package dev.partnering.incentive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.internal.Violations;
import dev.partnering.period.ReportingPeriod;

/**
 * A remedy finding followed to closure, as the ERP stores it and feeds it back: the finding (its
 * period, remedy and trigger in words), when the supplier acknowledged it, the action plan agreed
 * and its due date, and when it was closed. {@link #status(LocalDate)} says where it stands on a
 * day: OPEN, ACKNOWLEDGED, PLAN_AGREED, OVERDUE (a plan past its due date, not closed) or CLOSED.
 * <p>
 * Invariants: an action plan has a due date and follows an acknowledgement; the dates do not go
 * backwards (acknowledged ≤ closed, acknowledged ≤ due). Each step returns a new value. This class
 * is immutable and thread-safe.
 *
 * @param period  the period of the finding
 * @param remedy  the right the customer gained
 * @param trigger  the trigger, in words
 * @param acknowledgedOn  when the supplier acknowledged the finding, if it has
 * @param actionPlan  the action plan agreed, if one is
 * @param dueDate  the action plan's due date, present with the plan
 * @param closedOn  when the finding was closed, if it is
 * @since 0.1.0
 */
public record RemedyFollowUp(ReportingPeriod period, Remedy remedy, String trigger, Optional<LocalDate> acknowledgedOn,
        Optional<String> actionPlan, Optional<LocalDate> dueDate, Optional<LocalDate> closedOn) {

    /** Where a follow-up stands on a day. */
    public enum Status {
        /** Found, not yet acknowledged. */
        OPEN,
        /** Acknowledged, no action plan yet. */
        ACKNOWLEDGED,
        /** An action plan is agreed and not yet due. */
        PLAN_AGREED,
        /** The action plan is past its due date and the finding is not closed. */
        OVERDUE,
        /** Closed. */
        CLOSED
    }

    /**
     * @throws ValidationException listing every broken rule
     *
     * @param period the period of the finding
     * @param remedy the right the customer gained
     * @param trigger the trigger, in words
     * @param acknowledgedOn when the supplier acknowledged the finding, if it has
     * @param actionPlan the action plan agreed, if one is
     * @param dueDate the action plan's due date, present with the plan
     * @param closedOn when the finding was closed, if it is
     */
    public RemedyFollowUp {
        Violations v = Violations.of("RemedyFollowUp");
        v.required("period", period);
        v.required("remedy", remedy);
        v.required("trigger", trigger);
        v.required("acknowledgedOn", acknowledgedOn);
        v.required("actionPlan", actionPlan);
        v.required("dueDate", dueDate);
        v.required("closedOn", closedOn);
        v.throwIfAny();
        v.require(actionPlan.isPresent() == dueDate.isPresent(), "dueDate", dueDate.orElse(null),
                "an action plan has a due date, and a due date belongs to an action plan");
        v.require(actionPlan.isEmpty() || acknowledgedOn.isPresent(), "actionPlan", actionPlan.orElse(null),
                "an action plan is agreed after the finding is acknowledged");
        v.require(actionPlan.map(p -> !p.isBlank()).orElse(true), "actionPlan", "", "an action plan says what will be done");
        acknowledgedOn.ifPresent(a -> closedOn.ifPresent(c -> v.require(!c.isBefore(a), "closedOn", c,
                () -> "closed on " + c + ", before it was acknowledged on " + a)));
        acknowledgedOn.ifPresent(a -> dueDate.ifPresent(d -> v.require(!d.isBefore(a), "dueDate", d,
                () -> "due on " + d + ", before the finding was acknowledged on " + a)));
        v.throwIfAny();
    }

    /**
     * @param finding  the finding, not null
     * @return an open follow-up of the finding, never null
     */
    public static RemedyFollowUp open(RemedyFinding finding) {
        Objects.requireNonNull(finding, "finding");
        return new RemedyFollowUp(finding.period(), finding.remedy(), finding.trigger().describe(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param on  the day the supplier acknowledged the finding, not null
     * @return the acknowledged follow-up, never null
     * @throws ValidationException if the dates go backwards
     */
    public RemedyFollowUp acknowledge(LocalDate on) {
        return new RemedyFollowUp(period, remedy, trigger, Optional.of(on), actionPlan, dueDate, closedOn);
    }

    /**
     * @param plan  what will be done, not blank, not null
     * @param due  when it is due, not null
     * @return the follow-up with the plan agreed, never null
     * @throws ValidationException if the finding is not acknowledged or the due date precedes the acknowledgement
     */
    public RemedyFollowUp agreePlan(String plan, LocalDate due) {
        return new RemedyFollowUp(period, remedy, trigger, acknowledgedOn, Optional.of(plan), Optional.of(due), closedOn);
    }

    /**
     * @param on  the day it was closed, not null
     * @return the closed follow-up, never null
     * @throws ValidationException if it was closed before it was acknowledged
     */
    public RemedyFollowUp close(LocalDate on) {
        return new RemedyFollowUp(period, remedy, trigger, acknowledgedOn, actionPlan, dueDate, Optional.of(on));
    }

    /**
     * @param today  the day to judge on, not null
     * @return where the follow-up stands on that day, never null
     */
    public Status status(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (closedOn.isPresent() && !closedOn.get().isAfter(today)) {
            return Status.CLOSED;
        }
        if (dueDate.isPresent()) {
            return today.isAfter(dueDate.get()) ? Status.OVERDUE : Status.PLAN_AGREED;
        }
        return acknowledgedOn.filter(a -> !a.isAfter(today)).isPresent() ? Status.ACKNOWLEDGED : Status.OPEN;
    }
}
