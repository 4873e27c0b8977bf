package dev.partnering.incentive;

/**
 * A right the customer gains when a remedy trigger fires, beside any money.
 *
 * @since 0.1.0
 */
public enum Remedy {
    /** The supplier must present and follow a remediation plan. */
    REMEDIATION_PLAN,
    /** The customer may step in and run the service (itself or through a third party). */
    STEP_IN,
    /** The customer may terminate the agreement (or the affected part). */
    TERMINATION
}
