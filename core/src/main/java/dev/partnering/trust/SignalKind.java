package dev.partnering.trust;

/**
 * A kind of behavioural signal of trust: something one side did for the partnership that can be
 * counted, beside what people say in a survey.
 *
 * @since 0.1.0
 */
public enum SignalKind {
    /** One side shared information with the other unasked, e.g. a forecast, a risk or a cost breakdown. */
    INFORMATION_SHARED,
    /** One side answered a request of the other within the agreed or promised time. */
    REQUEST_ANSWERED_IN_TIME,
    /** One side answered a request of the other, but later than the agreed or promised time. */
    REQUEST_ANSWERED_LATE,
    /** The sides started a joint improvement initiative. */
    JOINT_IMPROVEMENT_STARTED;

    /** @return true for the two kinds that record an answered request */
    public boolean isRequestAnswered() {
        return this == REQUEST_ANSWERED_IN_TIME || this == REQUEST_ANSWERED_LATE;
    }
}
