package dev.partnering.testkit.internal;

/** Limits that keep generation fast. */
final class Limits {

    /** The most edge cases of an arbitrary whose every value is a whole agreement or built on one. */
    static final int EDGE_CASES = 16;

    private Limits() {
    }
}
