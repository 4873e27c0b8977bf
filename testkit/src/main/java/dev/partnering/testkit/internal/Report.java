package dev.partnering.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.PeriodStatement;

/**
 * The failure message of a broken invariant: what broke, then labelled lines with the inputs and
 * outputs that broke it, e.g.
 * <pre>
 * monotonicity: component 'bonus-malus' (bonus-malus) paid less after an improvement
 *   change:         kpi-1 (HIGHER_IS_BETTER): measurements moved 0.5 in the better direction
 *   worse inputs:   2026-01 {kpi-1: 99.1; no events; no costs; fee from the schedule}
 *   ...
 * </pre>
 */
public final class Report {

    private final String headline;
    private final List<String> lines = new ArrayList<>();

    private Report(String headline) {
        this.headline = headline;
    }

    /**
     * @param invariant  the invariant, e.g. {@code monotonicity}
     * @param what  what broke it, in words
     * @return a report to add lines to
     */
    public static Report of(String invariant, String what) {
        return new Report(invariant + ": " + what);
    }

    /**
     * @param label  the label, e.g. {@code worse inputs}
     * @param value  the value, its {@code toString()} shown
     * @return this report
     */
    public Report line(String label, Object value) {
        lines.add(String.format("  %-18s%s", label + ":", value));
        return this;
    }

    /** @return the assertion error carrying the message */
    public AssertionError failure() {
        return new AssertionError(toString());
    }

    @Override
    public String toString() {
        return headline + (lines.isEmpty() ? "" : "\n" + String.join("\n", lines));
    }

    /**
     * @param s  a period's statement
     * @return e.g. {@code net -250.00 EUR = at-risk-pool -300.00 EUR + penalty 0.00 EUR, floor 10 % of the fee = 250.00 EUR applied}
     */
    public static String describe(PeriodStatement s) {
        String parts = s.outcomes().isEmpty() ? "no components"
                : s.outcomes().stream().map(Report::describe).collect(Collectors.joining(" + "));
        return "net " + s.net() + " = " + parts + s.limitApplied().map(l -> ", then " + l).orElse("");
    }

    /**
     * @param o  a component's outcome
     * @return e.g. {@code penalty -500.00 EUR [period cap 10 % of the fee = 500.00 EUR applied to 900.00 EUR]}
     */
    public static String describe(ComponentOutcome o) {
        return o.componentId() + " " + o.amount() + (o.capsApplied().isEmpty() ? "" : " " + o.capsApplied());
    }
}
