package dev.partnering.jackson.common.internal;

import java.util.List;
import java.util.Map;

import dev.partnering.Violation;

/**
 * The text of the modules' {@code PartneringJsonException}: a line naming what could not be read
 * and how many problems, then each problem with its path, message and location, a broken rule's
 * violations indented below it. Paths, messages and values are abbreviated ({@link Paths#abbreviate},
 * {@link Texts}).
 */
public final class ProblemText {

    private ProblemText() {
    }

    /**
     * @param <L>  the location type
     * @param what  what was read, e.g. {@code PartneringDocument}, not null
     * @param jsonPath  the path of the value read, not null
     * @param problems  the problems, not null
     * @param locations  where each violation's path is, not null
     * @param locator  how to read a location, not null
     * @return the message, e.g. {@code Cannot read Agreement at $ (2 problems):} and a line per problem
     */
    public static <L> String render(String what, String jsonPath, List<ProblemLog.Entry<L>> problems,
            Map<String, L> locations, Locator<L> locator) {
        StringBuilder sb = new StringBuilder("Cannot read ").append(what).append(" at ").append(Paths.abbreviate(jsonPath))
                .append(" (").append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (ProblemLog.Entry<L> p : problems) {
            sb.append('\n');
            append(sb, "  - ", p, locations, locator);
        }
        return sb.toString();
    }

    /**
     * @param <L>  the location type
     * @param problem  a problem, not null
     * @param locator  how to read a location, not null
     * @return {@code path: message (line L, column C)}, with the violations on the following lines
     */
    public static <L> String of(ProblemLog.Entry<L> problem, Locator<L> locator) {
        StringBuilder sb = new StringBuilder();
        append(sb, "", problem, Map.of(), locator);
        return sb.toString();
    }

    private static <L> void append(StringBuilder sb, String bullet, ProblemLog.Entry<L> p, Map<String, L> locations,
            Locator<L> locator) {
        List<Violation> vs = p.violations();
        if (vs.size() == 1 && vs.get(0).path().equals(p.jsonPath())) {
            appendViolation(sb.append(bullet), vs.get(0), p.location(), locator);
            return;
        }
        sb.append(bullet).append(Paths.abbreviate(p.jsonPath())).append(": ").append(Texts.abbreviateWords(p.message()));
        if (vs.isEmpty()) {
            appendLocation(sb, p.location(), locator);
        }
        String nested = bullet.isEmpty() ? "  - " : " ".repeat(bullet.length() + 2) + "- ";
        for (Violation v : vs) {
            appendViolation(sb.append('\n').append(nested), v, locations.getOrDefault(v.path(), locator.unknown()), locator);
        }
    }

    private static <L> void appendViolation(StringBuilder sb, Violation v, L location, Locator<L> locator) {
        sb.append(Paths.abbreviate(v.path())).append(": ").append(Texts.abbreviateWords(v.rule()));
        if (v.value() != null) {
            sb.append(" [value: ").append(Texts.abbreviate(v.value())).append(']');
        }
        appendLocation(sb, location, locator);
    }

    private static <L> void appendLocation(StringBuilder sb, L l, Locator<L> locator) {
        if (locator.known(l)) {
            sb.append(" (line ").append(locator.line().applyAsInt(l)).append(", column ")
                    .append(locator.column().applyAsInt(l)).append(')');
        }
    }
}
