package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;

import java.io.IOException;

import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionReport;
import dev.partnering.action.RegisteredAction;
import dev.partnering.governance.GovernanceLevel;

/**
 * Relationship management: the action report, written by hand: it names its overdue and late
 * actions by id, and the written form of a registered action has no id of its own that a mix-in
 * could refer to (the backlog report names its initiatives by id through its mix-in). Desired outcomes, minutes with their decisions and actions, escalation outcomes,
 * the joint risk register and the improvement backlog are read and written through their mix-ins
 * ({@link dev.partnering.jackson.common.mixin.PartneringMixins}).
 * <p>
 * The action report, the risk review, the backlog report, the outcome coverage and outcome
 * progress are written only: they do not hold everything they were computed from (the governance
 * that places the actions, the parties, the agreement's KPIs, the scorecards), so they cannot be
 * checked when read; recompute them instead. Their parts (action counts, registered actions, risk
 * assessments, pipeline cells) are read through their constructors, like the parts of the
 * governance report.
 */
final class RelationshipFormats {

    private static final ValueWriter<dev.partnering.explanation.Explanation> EXPLANATION_OUT =
            Writing.jackson(dev.partnering.explanation.Explanation.class);

    private RelationshipFormats() {
    }

    static final ValueWriter<ActionReport> ACTION_REPORT_OUT = RelationshipFormats::writeActionReport;
    private static final ValueWriter<RegisteredAction> REGISTERED_OUT = Writing.jackson(RegisteredAction.class);
    private static final ValueWriter<ActionCounts> COUNTS_OUT = Writing.jackson(ActionCounts.class);

    /** A result written only; by hand, as it names its overdue and late actions by id. */
    private static void writeActionReport(Out out, ActionReport r) throws IOException {
        out.begin();
        out.value("asOf", r.asOf(), DATE_OUT);
        out.list("actions", r.actions(), REGISTERED_OUT);
        out.value("total", r.total(), COUNTS_OUT);
        out.map("byParty", r.byParty(), COUNTS_OUT);
        out.enumMap("byLevel", GovernanceLevel.class, r.byLevel(), COUNTS_OUT);
        out.list("overdue", r.overdue().stream().map(RegisteredAction::id).toList(), TEXT_OUT);
        out.list("doneLate", r.doneLate().stream().map(RegisteredAction::id).toList(), TEXT_OUT);
        out.value("explanation", r.explanation(), EXPLANATION_OUT);
        out.end();
    }
}
