package dev.partnering.jackson.common.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * The problems of one read, in the order found, each with its JSON path and where it is in the
 * text; at most {@value #MAX_PROBLEMS} listed, the others counted. A broken domain rule is
 * recorded with its violations' paths made absolute and each located at the innermost value its
 * path leads to. Each Jackson module extends it with what its guard keeps of the read. Not
 * thread-safe: one per read.
 *
 * @param <L>  the location type of the Jackson line
 */
public class ProblemLog<L> {

    /** The most problems one exception lists; the others are counted. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * One problem: the data of the modules' {@code PartneringJsonException.Problem}.
     *
     * @param <L>  the location type
     * @param jsonPath  the JSON path of the offending value, not null
     * @param message  the problem in words, not null
     * @param violations  the domain's violations, their paths absolute JSON paths; empty for other problems, not null
     * @param location  where in the text the offending token is, not null
     */
    public record Entry<L>(String jsonPath, String message, List<Violation> violations, L location) {
    }

    private final Locator<L> locator;
    private final List<Entry<L>> list = new ArrayList<>();
    private final Map<String, L> locations = new HashMap<>();
    private int dropped;
    /** How many of the problems are unknown fields: they leave every value read intact. */
    private int unknown;
    /** The value of the SDK being read, innermost; null outside any. */
    private Node<L> current;
    /** The fields set so far in each SDK value being read, innermost last, one bit per property index. */
    private long[] seen = new long[16];
    private int level = -1;

    /** @param locator  how to read the Jackson line's locations, not null */
    protected ProblemLog(Locator<L> locator) {
        this.locator = locator;
    }

    /** @return how many problems have been recorded, listed or counted */
    public int count() {
        return list.size() + dropped;
    }

    /** @return how many problems other than unknown fields have been recorded */
    public int broken() {
        return count() - unknown;
    }

    /**
     * Records a problem as it is (a nested read's, already abbreviated).
     *
     * @param path  the JSON path, not null
     * @param message  the message, not null
     * @param violations  the violations, their paths absolute, not null
     * @param at  where, not null
     */
    public void add(String path, String message, List<Violation> violations, L at) {
        locations.putIfAbsent(path, at);
        for (Violation v : violations) {
            locations.putIfAbsent(v.path(), at);
        }
        if (list.size() < MAX_PROBLEMS) {
            list.add(new Entry<>(path, message, violations, at));
        } else {
            dropped++;
        }
    }

    /**
     * Records a problem, its message abbreviated ({@link Texts#abbreviateWords}).
     *
     * @param path  the JSON path, not null
     * @param message  the message, may hold values of any length, not null
     * @param at  where, not null
     */
    public void problem(String path, String message, L at) {
        add(path, Texts.abbreviateWords(message), List.of(), at);
    }

    /**
     * Records an unknown field: a problem that leaves the value holding it intact.
     *
     * @param path  the JSON path of the object, not null
     * @param message  the message, not null
     * @param at  where, not null
     */
    public void unknownField(String path, String message, L at) {
        unknown++;
        problem(path, message, at);
    }

    /**
     * Records a broken domain rule of the value at {@code path}, its violations' paths relative to
     * it, each located at the innermost value of the SDK its path leads to (the value itself if the
     * path names one of its own fields).
     *
     * @param path  the JSON path of the value, not null
     * @param e  the rule's exception, not null
     * @param at  where the value began, not null
     * @param node  the value's node, null to locate every violation at {@code at}
     */
    public void violations(String path, ValidationException e, L at, Node<L> node) {
        List<Violation> absolute = new ArrayList<>();
        List<L> where = new ArrayList<>();
        for (Violation v : e.violations()) {
            absolute.add(Violation.of(Paths.append(path, v.path()), v.value(), v.rule()));
            where.add(node == null ? at : node.locate(v.path()));
        }
        for (int i = 0; i < absolute.size(); i++) {
            locations.putIfAbsent(absolute.get(i).path(), where.get(i));
        }
        if (absolute.size() == 1) {
            add(absolute.get(0).path(), absolute.get(0).rule(), absolute, where.get(0));
        } else {
            add(path, e.subject() + " is invalid (" + absolute.size() + " violations):", absolute, at);
        }
    }

    /**
     * Records the domain's rules a scalar's text broke (an unknown currency code): every violation at
     * the scalar's own path.
     *
     * @param path  the JSON path of the scalar, not null
     * @param rules  the rules' exception, not null
     * @param at  where the scalar is, not null
     */
    public void scalarRules(String path, ValidationException rules, L at) {
        List<Violation> here = new ArrayList<>();
        for (Violation v : rules.violations()) {
            here.add(Violation.of(path, v.value(), v.rule()));
        }
        add(path, here.size() == 1 ? here.get(0).rule() : rules.getMessage(), here, at);
    }

    /**
     * @param base  the JSON path of the value read, for the line that counts the problems not listed, not null
     * @param start  where the value began, not null
     * @return the problems listed, and a last one counting the others if there were more than
     *         {@value #MAX_PROBLEMS}
     */
    public List<Entry<L>> all(String base, L start) {
        List<Entry<L>> all = new ArrayList<>(list);
        if (dropped > 0) {
            all.add(new Entry<>(base, dropped + " more problems not listed", List.of(), start));
        }
        return all;
    }

    /**
     * @param all  the problems, at least one, not null
     * @param start  where the value read began, not null
     * @return the location of the first problem, or {@code start} if that is unknown
     */
    public L first(List<Entry<L>> all, L start) {
        return locator.known(all.get(0).location()) ? all.get(0).location() : start;
    }

    /** @return where each path of a problem or violation is, not null */
    public Map<String, L> locations() {
        return locations;
    }

    /** @return the value of the SDK being read, innermost; null outside any */
    public Node<L> current() {
        return current;
    }

    /** @param node  the value of the SDK now being read, null outside any */
    public void current(Node<L> node) {
        current = node;
    }

    /** Starts the fields of a value of the SDK being read (inside the one being read, if any). */
    public void push() {
        level++;
        if (level >= seen.length) {
            seen = Arrays.copyOf(seen, seen.length * 2);
        }
        seen[level] = 0L;
    }

    /** Ends the value started last. */
    public void pop() {
        level--;
    }

    /**
     * @param index  the index of a property of the value being read
     * @return true if the property was already set in the value being read (a field given twice)
     */
    public boolean seenBefore(int index) {
        if (level < 0 || index < 0 || index >= Long.SIZE) {
            return false;
        }
        long bit = 1L << index;
        boolean before = (seen[level] & bit) != 0;
        seen[level] |= bit;
        return before;
    }
}
