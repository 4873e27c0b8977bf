package dev.partnering.incentive;

import java.util.ArrayList;
import java.util.List;

import dev.partnering.explanation.Step;
import dev.partnering.internal.Violations;
import dev.partnering.period.ReportingPeriod;

/** The SDK's {@link RemedyFinding.Builder}. Not thread-safe. */
final class RemedyFindingBuilder implements RemedyFinding.Builder {

    private ReportingPeriod period;
    private RemedyTrigger trigger;
    private Step explanation;
    private List<String> facts;

    @Override
    public RemedyFinding.Builder period(ReportingPeriod period) {
        this.period = period;
        return this;
    }

    @Override
    public RemedyFinding.Builder trigger(RemedyTrigger trigger) {
        this.trigger = trigger;
        return this;
    }

    @Override
    public RemedyFinding.Builder explanation(Step explanation) {
        this.explanation = explanation;
        return this;
    }

    @Override
    public RemedyFinding.Builder addAllFacts(Iterable<String> facts) {
        if (this.facts == null) {
            this.facts = new ArrayList<>();
        }
        facts.forEach(this.facts::add);
        return this;
    }

    @Override
    public RemedyFinding build() {
        Violations v = Violations.of("RemedyFinding");
        v.required("period", period);
        v.required("trigger", trigger);
        if (explanation == null) {
            if (facts == null) {
                v.required("explanation", null);
            } else {
                v.requiredAll("facts", facts);
            }
        }
        v.throwIfAny();
        return explanation != null ? new RemedyFinding(period, trigger, explanation)
                : RemedyFinding.of(period, trigger, facts);
    }
}
