package dev.partnering.lifecycle;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.internal.Texts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;

/**
 * The result of a readiness check: every requirement checked and every gap found, not only the
 * first. An agreement is ready when there is no gap. Its {@link #explanation()} lists each
 * requirement as a rule applied, with the gaps found.
 * <p>
 * {@link #toString()} reads, for example:
 * <pre>
 * Handover check of agreement 'it-partnering': 1 gap
 *   [x] a shared vision and at least one goal
 *   [ ] every KPI with a data source and a measurement method
 *       - kpis[1].dataSource: kpi 'user-satisfaction' v1 has no data source
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadinessReport {

    private final String check;
    private final String agreementId;
    private final List<ReadinessRequirement> requirements;
    private final List<ReadinessGap> gaps;
    // derived from the fields when first asked for; not part of equality
    private volatile Explanation explanation;

    ReadinessReport(String check, String agreementId, List<ReadinessRequirement> requirements, List<ReadinessGap> gaps) {
        this.check = check;
        this.agreementId = agreementId;
        this.requirements = List.copyOf(requirements);
        this.gaps = List.copyOf(gaps);
    }

    /** @return what was checked, e.g. {@code Handover check} or {@code Exit readiness check}, never null */
    public String check() {
        return check;
    }

    /** @return the id of the agreement checked, never null */
    public String agreementId() {
        return agreementId;
    }

    /** @return the requirements checked, in report order, never null */
    public List<ReadinessRequirement> requirements() {
        return requirements;
    }

    /** @return every gap found, grouped by requirement in report order, never null */
    public List<ReadinessGap> gaps() {
        return gaps;
    }

    /**
     * @param requirement  a requirement, not null
     * @return the gaps of that requirement, never null
     */
    public List<ReadinessGap> gaps(ReadinessRequirement requirement) {
        Objects.requireNonNull(requirement, "requirement");
        return gaps.stream().filter(g -> g.requirement() == requirement).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param requirement  a requirement, not null
     * @return true if the requirement was checked and has no gap
     */
    public boolean isMet(ReadinessRequirement requirement) {
        return requirements.contains(requirement) && gaps(requirement).isEmpty();
    }

    /** @return true if no gap was found */
    public boolean isReady() {
        return gaps.isEmpty();
    }

    /**
     * How the check came to its result: each requirement checked is a rule step, met or not, with
     * the gaps found as its warnings; the result says whether the agreement is ready. Written from
     * the report the first time it is asked for.
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
        Explanation.Builder ex = Explanation.builder(check + " of agreement '" + agreementId + "'");
        for (ReadinessRequirement r : requirements) {
            List<Step> found = gaps(r).stream().map(g -> Step.of(StepKind.WARNING, g.toString()))
                    .collect(Collectors.toList());
            ex.add(Step.of(StepKind.RULE, r.description(), Map.of("met", String.valueOf(found.isEmpty())), found));
        }
        ex.add(StepKind.RESULT, gaps.isEmpty() ? "ready: every requirement is met"
                : "not ready: " + Texts.count(gaps.size(), "gap") + " to close");
        return ex.build();
    }

    /**
     * @param phase  the phase the agreement was to enter, not null
     * @throws ValidationException listing every gap, unless the report is ready
     */
    void throwIfNotReady(LifecyclePhase phase) {
        if (!isReady()) {
            throw new ValidationException("Agreement '" + agreementId + "' (" + check.toLowerCase() + " before " + phase + ")",
                    gaps.stream().map(ReadinessGap::toViolation).collect(Collectors.toList()));
        }
    }

    /** Two reports are equal when they checked the same, for the same agreement, and found the same gaps. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReadinessReport r && check.equals(r.check) && agreementId.equals(r.agreementId)
                && requirements.equals(r.requirements) && gaps.equals(r.gaps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(check, agreementId, requirements, gaps);
    }

    /** @return the report as plain text: a heading, then each requirement with its gaps; never null */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(check).append(" of agreement '").append(agreementId).append("': ")
                .append(gaps.isEmpty() ? "ready" : Texts.count(gaps.size(), "gap"));
        for (ReadinessRequirement r : requirements) {
            List<ReadinessGap> found = gaps(r);
            sb.append("\n  ").append(found.isEmpty() ? "[x] " : "[ ] ").append(r.description());
            for (ReadinessGap g : found) {
                sb.append("\n      - ").append(g);
            }
        }
        return sb.toString();
    }
}
