package dev.partnering.explanation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One step of an {@link Explanation}: its kind, a sentence, named facts (e.g. {@code value = 92.5})
 * and nested steps that detail it.
 * <p>
 * This class is immutable and thread-safe. A step made by {@link #lazy(Supplier)} writes its
 * sentence and facts the first time any of them is asked for, so calculators can explain every
 * result without paying for text nobody reads; it is indistinguishable from an eager step.
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
    private volatile Supplier<Step> pending;

    private Step(StepKind kind, String text, Map<String, String> facts, List<Step> children) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Objects.requireNonNull(text, "text");
        this.facts = facts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        this.children = List.copyOf(children);
    }

    private Step(Supplier<Step> pending) {
        this.pending = pending;
    }

    /**
     * A step whose content is computed the first time it is read (its kind, text, facts or
     * children, its rendering, equality or hash), exactly once, then kept. The supplier must be
     * pure: it is called at most once, from whichever thread reads first.
     *
     * @param content  computes the step, not null; must not return null
     * @return the step, never null
     */
    public static Step lazy(Supplier<Step> content) {
        return new Step(Objects.requireNonNull(content, "content"));
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

    void render(StringBuilder sb, int depth) {
        resolved();
        sb.append("  ".repeat(depth)).append(marker()).append(text);
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
        for (Step c : children) {
            c.render(sb, depth + 1);
        }
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

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Step)) {
            return false;
        }
        Step s = ((Step) o).resolved();
        resolved();
        return kind == s.kind && text.equals(s.text) && facts.equals(s.facts)
                && children.equals(s.children);
    }

    @Override
    public int hashCode() {
        resolved();
        return Objects.hash(kind, text, facts, children);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        render(sb, 0);
        return sb.toString().stripTrailing();
    }
}
