package dev.partnering.explanation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Secret;

/**
 * One step of an {@link Explanation}: its kind, a sentence, named facts (e.g. {@code value = 92.5})
 * and nested steps that detail it.
 * <p>
 * This class is immutable and thread-safe. A step the core's calculators make lazily writes its
 * sentence and facts the first time any of them is asked for, so calculators can explain every
 * result without paying for text nobody reads; it is indistinguishable from an eager step.
 * <p>
 * Depth: a step without children is 1 level deep, a step with children one level deeper than its
 * deepest child. A step deeper than {@link Explanation#MAX_DEPTH} is refused when it is built,
 * counting a lazy child not yet computed as 1 level (its content is
 * checked by itself when it is computed); the JSON module checks the whole tree again when it
 * writes or reads it. Equality, hash, {@link #depth()} and rendering walk the tree without
 * recursion, so no tree, however deep, can exhaust the stack.
 *
 * @since 0.1.0
 */
public final class Step {

    // written once: by the constructor, or by resolve() before it clears pending (a volatile write),
    // so every reader that sees pending == null sees these fields complete
    private StepKind kind;
    private String text;
    private Map<String, String> facts;
    private List<Step> children;
    // the depth known when built: exact for eager trees, a lazy child not yet computed counts 1
    private int builtDepth;
    private volatile Supplier<Step> pending;
    // the hash, computed on first use; 0 while unknown (a computed 0 is stored as 1), like String's
    private int hash;

    private Step(StepKind kind, String text, Map<String, String> facts, List<Step> children) {
        check(kind, text, facts, children);
        this.kind = kind;
        this.text = text;
        this.facts = facts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        this.children = List.copyOf(children);
        this.builtDepth = 1 + builtDepthOf(this.children);
        if (builtDepth > Explanation.MAX_DEPTH) {
            throw tooDeep("Step", "children", builtDepth, text);
        }
    }

    /**
     * Refuses a missing kind, text, facts or children, a fact without a name or a value and a missing
     * child, with one {@link ValidationException} naming each (a step with a null fact could not be
     * written, compared or shown).
     */
    private static void check(StepKind kind, String text, Map<String, String> facts, List<Step> children) {
        boolean ok = kind != null && text != null && facts != null && children != null;
        if (ok) {
            for (Map.Entry<String, String> e : facts.entrySet()) {
                ok &= e.getKey() != null && e.getValue() != null;
            }
            for (Step c : children) {
                ok &= c != null;
            }
        }
        if (ok) {
            return;
        }
        dev.partnering.internal.Violations v = dev.partnering.internal.Violations.of("Step");
        v.required("kind", kind);
        v.required("text", text);
        if (v.required("facts", facts)) {
            for (Map.Entry<String, String> e : facts.entrySet()) {
                if (e.getKey() == null) {
                    v.add("facts", e.getValue(), "a fact needs a name: null is not allowed");
                } else {
                    v.required("facts[" + e.getKey() + "]", e.getValue());
                }
            }
        }
        if (v.required("children", children)) {
            int i = 0;
            for (Step c : children) {
                v.required("children[" + i++ + "]", c);
            }
        }
        v.throwIfAny();
    }

    private Step(Supplier<Step> pending) {
        this.pending = pending;
        this.builtDepth = 1;
    }

    static {
        // the core's calculators make lazy steps through explanation.internal.LazySteps, which is not exported
        Secret.LAZY_STEP.install(content -> new Step(lazyContent(content)));
    }

    @SuppressWarnings("unchecked") // LazySteps.lazy takes a Supplier<Step>; the holder's type names JDK types only
    private static Supplier<Step> lazyContent(Supplier<?> content) {
        return (Supplier<Step>) Objects.requireNonNull(content, "content");
    }

    /** @return the deepest built depth of the steps, 0 if there are none */
    static int builtDepthOf(List<Step> steps) {
        int max = 0;
        for (Step c : steps) {
            max = Math.max(max, c.builtDepth);
        }
        return max;
    }

    static ValidationException tooDeep(String subject, String path, int depth, String text) {
        String shown = text.length() <= 60 ? text : text.substring(0, 60) + "…";
        return new ValidationException(subject, List.of(Violation.of(path, depth, "an explanation is at most "
                + Explanation.MAX_DEPTH + " levels deep (Explanation.MAX_DEPTH); '" + shown + "' would be " + depth
                + " levels deep")));
    }

    private Step resolved() {
        if (pending != null) {
            synchronized (this) {
                Supplier<Step> p = pending;
                if (p != null) {
                    Step s = Objects.requireNonNull(p.get(), "lazy step content").resolved();
                    kind = s.kind;
                    text = s.text;
                    facts = s.facts;
                    children = s.children;
                    builtDepth = s.builtDepth;
                    pending = null;
                }
            }
        }
        return this;
    }

    /**
     * @param kind  the kind, not null
     * @param text  the sentence, not null
     * @return a step without facts or children, never null
     */
    public static Step of(StepKind kind, String text) {
        return new Step(kind, text, Map.of(), List.of());
    }

    /**
     * @param kind  the kind, not null
     * @param text  the sentence, not null
     * @param facts  named facts in display order, not null
     * @param children  nested steps, not null
     * @return the step, never null
     * @throws ValidationException if the step would be deeper than {@link Explanation#MAX_DEPTH}, or a
     *         part, a fact's name or value or a child is null
     */
    public static Step of(StepKind kind, String text, Map<String, String> facts, List<Step> children) {
        return new Step(kind, text, facts, children);
    }

    /**
     * @param name  the fact's name, not null
     * @param value  the fact's value, rendered with {@code String.valueOf}
     * @return a copy of this step with the fact added (or replaced), never null
     */
    public Step withFact(String name, Object value) {
        resolved();
        Map<String, String> f = new LinkedHashMap<>(facts);
        f.put(Objects.requireNonNull(name, "name"), String.valueOf(value));
        return new Step(kind, text, f, children);
    }

    /**
     * @param child  a nested step, not null
     * @return a copy of this step with the child appended, never null
     * @throws ValidationException if the copy would be deeper than {@link Explanation#MAX_DEPTH}
     */
    public Step withChild(Step child) {
        resolved();
        List<Step> c = new ArrayList<>(children);
        c.add(Objects.requireNonNull(child, "child"));
        return new Step(kind, text, facts, c);
    }

    /** @return the kind, never null */
    public StepKind kind() {
        return resolved().kind;
    }

    /** @return the sentence, never null */
    public String text() {
        return resolved().text;
    }

    /** @return the named facts in display order, never null */
    public Map<String, String> facts() {
        return resolved().facts;
    }

    /** @return the nested steps, never null */
    public List<Step> children() {
        return resolved().children;
    }

    /**
     * Renders the tree in pre-order, one step per line, indented two spaces per level; without
     * recursion. Indentation stops growing at {@link Explanation#MAX_DEPTH} levels: a line deeper
     * than that (possible only through lazy steps) starts with its level instead, so that the
     * text stays linear in the number of steps.
     *
     * @param depth  the indentation of this step, 0 or more
     */
    void render(StringBuilder sb, int depth) {
        Deque<Step> steps = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        steps.push(this);
        levels.push(depth);
        while (!steps.isEmpty()) {
            Step s = steps.pop().resolved();
            int level = levels.pop();
            s.renderLine(sb, level);
            for (int i = s.children.size() - 1; i >= 0; i--) {
                steps.push(s.children.get(i));
                levels.push(level + 1);
            }
        }
    }

    private void renderLine(StringBuilder sb, int indent) {
        // indent 0 is level 1 (a step shown alone, or an explanation's subject)
        sb.append("  ".repeat(Math.min(indent, Explanation.MAX_DEPTH - 1)));
        if (indent >= Explanation.MAX_DEPTH) {
            sb.append("(level ").append(indent + 1).append(") ");
        }
        sb.append(marker()).append(text);
        if (!facts.isEmpty()) {
            sb.append(" [");
            boolean first = true;
            for (Map.Entry<String, String> e : facts.entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
                first = false;
            }
            sb.append(']');
        }
        sb.append('\n');
    }

    /**
     * The depth of this step's tree, computed in full (lazy steps included) without recursion.
     *
     * @return 1 for a step without children, else one more than its deepest child
     */
    public int depth() {
        int max = 0;
        Deque<Step> steps = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        steps.push(this);
        levels.push(1);
        while (!steps.isEmpty()) {
            Step s = steps.pop().resolved();
            int level = levels.pop();
            max = Math.max(max, level);
            for (Step c : s.children) {
                steps.push(c);
                levels.push(level + 1);
            }
        }
        return max;
    }

    private String marker() {
        switch (kind) {
            case INPUT:
                return "input: ";
            case RULE:
                return "rule: ";
            case RESULT:
                return "= ";
            case WARNING:
                return "warning: ";
            default:
                return "";
        }
    }

    /**
     * Two steps are equal when they have the same kind, text, facts and equal children in the same
     * order; a lazy step equals the eager step it computes. Compared without recursion.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Step)) {
            return false;
        }
        Deque<Step> left = new ArrayDeque<>();
        Deque<Step> right = new ArrayDeque<>();
        left.push(this);
        right.push((Step) o);
        while (!left.isEmpty()) {
            Step a = left.pop().resolved();
            Step b = right.pop().resolved();
            if (a == b) {
                continue;
            }
            int ha = a.hash;
            int hb = b.hash;
            if (ha != 0 && hb != 0 && ha != hb || a.kind != b.kind || !a.text.equals(b.text)
                    || !a.facts.equals(b.facts) || a.children.size() != b.children.size()) {
                return false;
            }
            for (int i = 0; i < a.children.size(); i++) {
                left.push(a.children.get(i));
                right.push(b.children.get(i));
            }
        }
        return true;
    }

    /** @return a hash consistent with {@link #equals}, computed once without recursion */
    @Override
    public int hashCode() {
        int h = hash;
        if (h != 0) {
            return h;
        }
        // pre-order without the subtrees already hashed, then hashed in reverse: children first
        Map<Step, Integer> hashes = new IdentityHashMap<>();
        List<Step> order = new ArrayList<>();
        Deque<Step> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Step s = todo.pop().resolved();
            if (hashes.containsKey(s)) {
                continue;
            }
            int known = s.hash;
            hashes.put(s, known);
            if (known == 0) {
                order.add(s);
                s.children.forEach(todo::push);
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Step s = order.get(i);
            int childrenHash = 1;
            for (Step c : s.children) {
                childrenHash = 31 * childrenHash + hashes.get(c);
            }
            int v = (((31 + s.kind.ordinal()) * 31 + s.text.hashCode()) * 31 + s.facts.hashCode()) * 31 + childrenHash;
            v = v == 0 ? 1 : v;
            hashes.put(s, v);
            s.hash = v;
        }
        return hashes.get(this);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        render(sb, 0);
        return sb.toString().stripTrailing();
    }
}
