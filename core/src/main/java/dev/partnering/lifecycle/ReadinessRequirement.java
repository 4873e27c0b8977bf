package dev.partnering.lifecycle;

import java.util.List;

/**
 * A requirement checked before an agreement changes phase: the handover requirements before
 * COLLABORATION and the exit readiness requirements before RENEWAL or EXIT.
 *
 * @since 0.1.0
 */
public enum ReadinessRequirement {
    /** The agreement has a shared vision and at least one goal. */
    SHARED_VISION_AND_GOALS("a shared vision and at least one goal"),
    /** Every governance level has roles on both sides, each staffed and mirrored, and a forum. */
    GOVERNANCE_STAFFED("every governance level staffed on both sides with mirrored roles and a forum"),
    /** There is at least one KPI, and every KPI has a data source and a measurement method. */
    KPIS_MEASURABLE("every KPI with a data source and a measurement method"),
    /** An incentive scheme is agreed, or the parties explicitly decided to have none. */
    INCENTIVES_DECIDED("an incentive scheme, or an explicit decision to have none"),
    /** There are responsibility areas, each owned by a party that has a role in the governance. */
    RESPONSIBILITIES_OWNED("every responsibility area owned by a party present in the governance"),
    /** The exit plan gives a transition period. */
    EXIT_TRANSITION_PERIOD("an exit plan with a transition period"),
    /** The exit plan says who returns which data and which documentation. */
    DATA_AND_DOCUMENTATION_RETURNS("who returns which data and documentation"),
    /** The exit plan names the role that owns the transfer of knowledge. */
    KNOWLEDGE_TRANSFER_OWNER("an owner of knowledge transfer"),
    /** The open financial items (unsettled credits, pending gain share) are reviewed and listed. */
    OPEN_FINANCIAL_ITEMS("the open financial items listed: unsettled credits, pending gain share");

    private final String description;

    ReadinessRequirement(String description) {
        this.description = description;
    }

    /** @return the requirement in plain language, never null */
    public String description() {
        return description;
    }

    /** @return the requirements of the handover check, in report order, never null */
    public static List<ReadinessRequirement> handover() {
        return List.of(SHARED_VISION_AND_GOALS, GOVERNANCE_STAFFED, KPIS_MEASURABLE, INCENTIVES_DECIDED,
                RESPONSIBILITIES_OWNED);
    }

    /** @return the requirements of the exit readiness check, in report order, never null */
    public static List<ReadinessRequirement> exit() {
        return List.of(EXIT_TRANSITION_PERIOD, DATA_AND_DOCUMENTATION_RETURNS, KNOWLEDGE_TRANSFER_OWNER,
                OPEN_FINANCIAL_ITEMS);
    }
}
