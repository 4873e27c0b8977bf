package dev.partnering.lifecycle;

import java.util.List;
import java.util.stream.Collectors;

import dev.partnering.action.ActionReport;
import dev.partnering.action.RegisteredAction;
import dev.partnering.agreement.Agreement;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.internal.Decimals;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.KpiContribution;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskReview;

/** The playbook's sections on relationship management: outcomes, open actions, top risks, the backlog. */
final class RelationshipSections {

    /** How many risks the playbook shows. */
    static final int TOP_RISKS = 5;

    private RelationshipSections() {
    }

    static void outcomes(StringBuilder md, Agreement a) {
        if (a.outcomes().isEmpty()) {
            return;
        }
        md.append("## Desired outcomes\n\n");
        for (DesiredOutcome o : a.outcomes()) {
            md.append("- **").append(oneLine(o.statement())).append("** (").append(o.kind().name().toLowerCase())
                    .append(", `").append(o.id()).append("`): ");
            md.append(o.contributions().isEmpty() ? "not measured by any KPI yet"
                    : "measured by " + o.contributions().stream().map(RelationshipSections::contribution)
                            .collect(Collectors.joining(", ")));
            md.append(".\n");
        }
        OutcomeCoverage c = a.outcomeCoverage();
        if (!c.kpisWithoutOutcome().isEmpty()) {
            md.append("\nKPIs that serve no outcome: ").append(String.join(", ", c.kpisWithoutOutcome()))
                    .append(". Ask whether they are the right parameters to follow.\n");
        }
        md.append('\n');
    }

    private static String contribution(KpiContribution c) {
        return "`" + c.kpiId() + "` (weight " + Decimals.show(c.weight()) + ")";
    }

    static void actions(StringBuilder md, ActionReport r) {
        md.append("## Open actions on ").append(r.asOf()).append("\n\n");
        List<RegisteredAction> open = r.open();
        if (open.isEmpty()) {
            md.append("No action is open.\n\n");
            return;
        }
        md.append("| action | owner | level | due | |\n|---|---|---|---|---|\n");
        for (RegisteredAction x : open) {
            md.append("| ").append(oneLine(x.action().description())).append(" | ").append(x.owner()).append(" (")
                    .append(x.action().ownerRole()).append(") | ").append(x.level().letter()).append(" | ")
                    .append(x.action().due()).append(" | ").append(x.action().isOverdueOn(r.asOf()) ? "overdue" : "")
                    .append(" |\n");
        }
        md.append('\n');
    }

    static void risks(StringBuilder md, RiskReview r) {
        md.append("## Top risks on ").append(r.asOf()).append("\n\n");
        List<RiskAssessment> top = r.top(TOP_RISKS);
        if (top.isEmpty()) {
            md.append("No risk is open.\n\n");
            return;
        }
        md.append("| risk | owner | likelihood x impact | mitigations | |\n|---|---|---|---|---|\n");
        for (RiskAssessment x : top) {
            md.append("| ").append(oneLine(x.risk().title())).append(" | ").append(x.risk().owner()).append(" | ")
                    .append(r.register().likelihoodScale().level(x.risk().likelihood())).append(" x ")
                    .append(r.register().impactScale().level(x.risk().impact())).append(" = ").append(x.score())
                    .append(" | ").append(x.mitigations().size()).append(" | ")
                    .append(x.isUnmitigatedHigh() ? "high, unmitigated" : x.high() ? "high" : "")
                    .append(x.unreviewed() ? (x.high() ? ", " : "") + "review overdue" : "").append(" |\n");
        }
        md.append('\n');
    }

    static void backlog(StringBuilder md, BacklogReport r) {
        md.append("## Improvement backlog on ").append(r.asOf()).append("\n\n");
        if (r.initiatives().isEmpty()) {
            md.append("No initiative is proposed yet.\n\n");
            return;
        }
        md.append("| status | level | initiatives | expected benefit |\n|---|---|---|---|\n");
        for (PipelineCell c : r.pipeline()) {
            md.append("| ").append(c.status()).append(" | ").append(c.level().letter()).append(" | ").append(c.count())
                    .append(" | ").append(c.expectedBenefit()).append(" |\n");
        }
        md.append("\nDelivered: expected ").append(r.expectedDelivered()).append(", realised ").append(r.realised())
                .append(". Proposed by the suppliers: ").append(r.proposedBySuppliers()).append(" of ")
                .append(r.initiatives().size()).append(".");
        if (!r.stalled().isEmpty()) {
            md.append(" Waiting too long for a decision: ")
                    .append(r.stalled().stream().map(i -> oneLine(i.title())).collect(Collectors.joining(", "))).append('.');
        }
        md.append("\n\n");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").replace("|", "\\|").trim();
    }
}
