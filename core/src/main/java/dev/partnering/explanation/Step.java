package dev.partnering.explanation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an {@link Explanation}: its kind, a sentence, named facts (e.g. {@code value = 92.5})
 * and nested steps that detail it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Step {

    private final StepKind kind;
    private final String text;
    private final Map<String, String> facts;
    private final List<Step> children;

    private Step(StepKind kind, String text, Map<String, String> facts, List<Step> children) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Objects.requireNonNull(text, "text");
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        this.children = List.copyOf(children);
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
        Map<String, String> f = new LinkedHashMap<>(facts);
        f.put(Objects.requireNonNull(name, "name"), String.valueOf(value));
        return new Step(kind, text, f, children);
    }

    /**
     * @param child  a nested step, not null
     * @return a copy of this step with the child appended, never null
     */
    public Step withChild(Step child) {
        List<Step> c = new ArrayList<>(children);
        c.add(Objects.requireNonNull(child, "child"));
        return new Step(kind, text, facts, c);
    }

    /** @return the kind, never null */
    public StepKind kind() {
        return kind;
    }

    /** @return the sentence, never null */
    public String text() {
        return text;
    }

    /** @return the named facts in display order, never null */
    public Map<String, String> facts() {
        return facts;
    }

    /** @return the nested steps, never null */
    public List<Step> children() {
        return children;
    }

    void render(StringBuilder sb, int depth) {
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
        return o instanceof Step s && kind == s.kind && text.equals(s.text) && facts.equals(s.facts)
                && children.equals(s.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text, facts, children);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        render(sb, 0);
        return sb.toString().stripTrailing();
    }
}
