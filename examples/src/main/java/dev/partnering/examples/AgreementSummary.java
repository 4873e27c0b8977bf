package dev.partnering.examples;

import java.util.stream.Collectors;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Forum;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.term.ExtensionOption;
import dev.partnering.party.Party;

/** Renders a readable plain-text summary of an agreement. */
public final class AgreementSummary {

    private AgreementSummary() {
    }

    /**
     * @param a  the agreement, not null
     * @return the summary, several lines
     */
    public static String render(Agreement a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Agreement ").append(a.id()).append(": ").append(a.title()).append('\n');
        sb.append("  phase      ").append(a.phase()).append('\n');
        for (Party p : a.parties()) {
            sb.append("  ").append(String.format("%-10s ", p.kind().name().toLowerCase()))
                    .append(p.name()).append(" (").append(p.id()).append(p.isLead() ? ", lead" : "").append(")\n");
        }
        sb.append("  term       ").append(a.term().startDate()).append(" .. ").append(a.term().initialEndDate())
                .append(" (").append(a.term().initialDuration()).append(")");
        for (ExtensionOption o : a.term().extensionOptions()) {
            sb.append(" + option ").append(o.duration()).append(" (notice ").append(o.noticePeriod()).append(")");
        }
        sb.append("; latest end ").append(a.term().latestEndDate()).append('\n');
        a.sharedVision().ifPresent(v -> sb.append("  vision     ").append(v).append('\n'));
        a.goals().forEach(g -> sb.append("  goal       ").append(g).append('\n'));
        sb.append("  governance\n");
        for (GovernanceLevel level : a.governance().levelsInOrder()) {
            sb.append("    level ").append(level.label()).append(", escalate after ")
                    .append(a.governance().escalationPolicy().timeAllowedAt(level).map(d -> d.toDays() + " days").orElse("-"))
                    .append('\n');
            for (Role r : a.governance().rolesAt(level)) {
                sb.append("      ").append(String.format("%-34s", r.title() + " (" + r.party() + ")"))
                        .append(" <-> ").append(r.counterpart().flatMap(a.governance()::role)
                                .map(c -> c.title() + " (" + c.party() + ")").orElse("-"))
                        .append('\n');
            }
            for (Forum f : a.governance().forumsAt(level)) {
                sb.append("      forum ").append(f.name()).append(", ").append(f.cadence().name().toLowerCase())
                        .append(": ").append(String.join(", ", f.participants())).append('\n');
            }
        }
        sb.append("  kpis\n");
        for (KpiDefinition k : a.kpis()) {
            sb.append("    ").append(String.format("%-18s", k.id())).append(k.direction()).append(' ')
                    .append(k.minimum().map(m -> "min " + m.toPlainString()).orElse(""))
                    .append(k.target().map(t -> ", target " + t.toPlainString()).orElse(""))
                    .append(k.stretch().map(s -> ", stretch " + s.toPlainString()).orElse(""))
                    .append(" ").append(k.unit()).append(", weight ").append(k.weight().toPlainString())
                    .append(", ").append(k.aggregation().name()).append('\n');
        }
        sb.append("  areas      ").append(a.responsibilityAreas().stream()
                .map(r -> r.name() + " -> " + r.owner()).collect(Collectors.joining("; "))).append('\n');
        a.feeSchedule().fees().stream().findFirst().ifPresent(f -> sb.append("  fees       ")
                .append(a.feeSchedule().fees().size()).append(" periods from ").append(f.period())
                .append(", first ").append(f.amount()).append('\n'));
        return sb.toString();
    }
}
