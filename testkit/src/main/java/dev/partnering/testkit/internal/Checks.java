package dev.partnering.testkit.internal;

/** Argument checks of the testkit's knobs: a misuse fails at once, naming the knob. */
public final class Checks {

    private Checks() {
    }

    /**
     * @param ok  the condition
     * @param message  what is wrong, naming the knob and the values
     * @throws IllegalArgumentException if the condition does not hold
     */
    public static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
