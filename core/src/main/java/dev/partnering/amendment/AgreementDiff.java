package dev.partnering.amendment;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The differences between two versions of an agreement, for a person to read (for instance in
 * the minutes of the level-A forum): the amendments made in between, then every difference
 * between the two agreement values, the incentive scheme included: a scheme added or removed, a
 * component added, removed or changed, another floor, cap, supplier or remedy trigger. A note-only
 * incentive change (one without the new scheme) shows among the amendments only.
 * <p>
 * {@link #toString()} renders it as Markdown; {@link #explanation()} gives the same as an explanation. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgreementDiff {

    private final AgreementVersion from;
    private final AgreementVersion to;
    private final List<AgreementVersion> amendedVersions;
    private final List<Difference> differences;
    // derived from the fields when first asked for; not part of equality
    private volatile Explanation explanation;

    AgreementDiff(AgreementVersion from, AgreementVersion to, List<AgreementVersion> amendedVersions,
            List<Difference> differences) {
        this.from = from;
        this.to = to;
        this.amendedVersions = List.copyOf(amendedVersions);
        this.differences = List.copyOf(differences);
    }

    /** @return the earlier version, never null */
    public AgreementVersion from() {
        return from;
    }

    /** @return the later version, never null */
    public AgreementVersion to() {
        return to;
    }

    /** @return the amendments that led from the earlier to the later version, in order, never null */
    public List<Amendment> amendments() {
        return amendedVersions.stream().map(v -> v.amendment().orElseThrow()).collect(Collectors.toUnmodifiableList());
    }

    /** @return every difference between the two agreement values, never null */
    public List<Difference> differences() {
        return differences;
    }

    /** @return true if the two agreement values do not differ */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /**
     * How the diff was made: the two versions compared as inputs, each amendment in between with
     * its changes, the rule of the comparison, and each difference as a result. Written the first
     * time it is asked for.
     *
     * @return the explanation, never null
     * @since 0.1.0
     */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            e = explain();
            explanation = e;
        }
        return e;
    }

    private Explanation explain() {
        Explanation.Builder ex = Explanation.builder(heading());
        ex.add(StepKind.INPUT, "from " + from);
        ex.add(StepKind.INPUT, "to " + to);
        for (AgreementVersion v : amendedVersions) {
            List<Step> changes = v.amendment().orElseThrow().changes().stream()
                    .map(c -> Step.of(StepKind.INPUT, c.summary())).collect(Collectors.toList());
            ex.add(Step.of(StepKind.INPUT, "amendment of " + v, Map.of(), changes));
        }
        ex.add(StepKind.RULE, "every field of the two agreement values is compared, the incentive scheme included;"
                + " a note-only incentive change shows among the amendments only");
        if (differences.isEmpty()) {
            ex.add(StepKind.RESULT, "no difference");
        }
        differences.forEach(d -> ex.add(StepKind.RESULT, d.toString()));
        return ex.build();
    }

    private String heading() {
        return "Agreement '" + to.agreement().id() + "', version " + from.number() + " (in force from "
                + from.effectiveFrom() + ") → version " + to.number() + " (in force from " + to.effectiveFrom() + ")";
    }

    /**
     * Two diffs are equal when they compare equal versions and find the same amendments and differences.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a AgreementDiff with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementDiff d && from.equals(d.from) && to.equals(d.to) && amendedVersions.equals(d.amendedVersions) && differences.equals(d.differences);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(from, to, amendedVersions, differences);
    }

    /** @return the diff as Markdown: a heading, the amendments with their changes, then the differences; never null */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(heading()).append('\n');
        if (!amendedVersions.isEmpty()) {
            sb.append("\nAmendments:\n");
            for (AgreementVersion v : amendedVersions) {
                sb.append("- ").append(v).append('\n');
                v.amendment().orElseThrow().changes().forEach(c -> sb.append("  - ").append(c.summary()).append('\n'));
            }
        }
        sb.append("\nDifferences:\n");
        if (differences.isEmpty()) {
            sb.append("- none\n");
        }
        differences.forEach(d -> sb.append("- ").append(d).append('\n'));
        return sb.toString();
    }
}
