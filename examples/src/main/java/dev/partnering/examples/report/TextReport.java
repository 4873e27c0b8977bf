package dev.partnering.examples.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.health.HealthReason;
import dev.partnering.health.HealthReport;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.scorecard.Standing;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.TrustReport;

/**
 * Prints the compact console summary of an {@link AgreementReport}: the agreement in two lines,
 * the scorecard as a table, the incentive statement by component with the net per party, trust
 * and health with their reasons, and the scenario's own tables. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TextReport {

    private TextReport() {
    }

    /**
     * @param report  the report, not null
     * @param out  where to print, not null
     */
    public static void print(AgreementReport report, PrintStream out) {
        Objects.requireNonNull(report, "report");
        Agreement a = report.agreement();
        out.println("Agreement " + a.id() + ": " + a.title());
        out.println("  " + parties(a) + "; " + a.term().startDate() + " to " + a.term().currentEndDate() + " (latest "
                + a.term().latestEndDate() + "); levels " + String.join(", ", a.governance().levelsInOrder().stream()
                        .map(l -> l.letter()).toList()));
        if (report.trend().size() > 1) {
            out.println("Score per period: " + String.join(", ", report.trend().stream()
                    .map(s -> s.period() + " " + Format.decimal(s.score(), 4)).toList()));
        }
        report.scorecard().ifPresent(s -> scorecard(s, out));
        standings(report, out);
        report.statement().ifPresent(s -> statement(a, s, out));
        trust(report.trust(), out);
        health(report.health(), out);
        for (ReportTable t : report.tables()) {
            table(t, out);
        }
    }

    private static String parties(Agreement a) {
        List<String> parts = new ArrayList<>();
        for (Party p : a.parties()) {
            parts.add(p.name() + " (" + (p.kind() == PartyKind.CUSTOMER ? "customer" : p.isLead() ? "lead supplier" : "supplier") + ")");
        }
        return String.join(", ", parts);
    }

    private static void scorecard(Scorecard s, PrintStream out) {
        out.println("Scorecard " + s.period() + ": score " + s.score().map(v -> Format.decimal(v, 4))
                .orElse("undefined (" + s.undefinedReason().orElse("") + ")")
                + s.previousScore().map(p -> ", previous " + Format.decimal(p, 4)).orElse(""));
        int w = Math.max(22, s.lines().stream().mapToInt(l -> l.kpiId().length()).max().orElse(0) + 2);
        out.printf("  %-" + w + "s%12s%12s  %s%n", "kpi", "value", "attainment", "status");
        for (ScorecardLine l : s.lines()) {
            out.printf("  %-" + w + "s%12s%12s  %s%n", l.kpiId(), Format.lineValue(l),
                    l.attainment().map(v -> Format.decimal(v, 4)).orElse("-"), Format.status(l.status())
                            + (l.counted() || Format.why(l).isEmpty() ? "" : " (" + Format.why(l).get(0) + ")"));
        }
    }

    private static void standings(AgreementReport report, PrintStream out) {
        List<Standing> standings = report.standings();
        if (!standings.isEmpty()) {
            out.println("Standing per period: " + String.join(", ", standings.stream()
                    .map(s -> s.period() + " " + Format.standing(s)).toList()));
            Standing latest = standings.get(standings.size() - 1);
            out.println("  " + latest.name() + ": " + Format.consequences(latest.band()));
        }
        report.contractYear().ifPresent(y -> out.println(capitalised(Format.contractYear(y, report.agreement().standings()))));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void statement(Agreement a, IncentiveStatement s, PrintStream out) {
        Waterfall w = Waterfall.of(s);
        String span = s.periods().get(0).period() + (s.periods().size() > 1 ? " to "
                + s.periods().get(s.periods().size() - 1).period() : "");
        out.println("Incentives " + span + w.fee().map(f -> ", fee " + Format.money(f)).orElse("") + ", paid to "
                + a.party(s.supplierId()).map(Party::name).orElse(s.supplierId()));
        for (Map.Entry<String, Money> e : w.steps().entrySet()) {
            out.printf("  %-18s%20s%n", e.getKey(), Format.signed(e.getValue()));
        }
        List<String> parties = new ArrayList<>();
        s.totalByParty().forEach((p, m) -> parties.add(a.party(p).map(Party::name).orElse(p) + " " + Format.signed(m)));
        out.printf("  %-18s%20s: %s%n", "= net adjustment", Format.signed(w.net()), String.join(", ", parties));
        for (RemedyFinding r : s.periods().stream().flatMap(p -> p.remedies().stream()).toList()) {
            out.println("  remedy " + r.period() + ": " + Format.words(r.remedy().name()) + " (" + r.trigger().describe() + ")");
        }
    }

    private static void trust(List<TrustReport> reports, PrintStream out) {
        for (TrustReport r : reports) {
            Optional<DimensionTrust> widest = r.dimensions().stream().filter(d -> d.perceptionGap().isPresent())
                    .max(Comparator.comparing(d -> d.perceptionGap().orElseThrow()));
            out.println("Trust " + r.assessmentDate() + ": index " + r.trustIndex().map(Format::fixed2).orElse("n/a")
                    + " (customer side " + r.trustIndex(PartyKind.CUSTOMER).map(Format::fixed2).orElse("n/a")
                    + ", supplier side " + r.trustIndex(PartyKind.SUPPLIER).map(Format::fixed2).orElse("n/a") + "), "
                    + Format.words(r.balance().name()) + widest.map(d -> "; widest gap " + d.dimension().id() + " "
                            + Format.fixed2(d.perceptionGap().orElseThrow())).orElse(""));
        }
    }

    private static void health(List<HealthReport> reports, PrintStream out) {
        if (reports.isEmpty()) {
            return;
        }
        List<String> history = new ArrayList<>();
        for (HealthReport r : reports) {
            history.add(r.period() + " " + r.status().map(Enum::name).orElse("n/a") + " "
                    + r.score().map(Format::fixed2).orElse(""));
        }
        out.println("Health " + String.join(" -> ", history));
        HealthReport latest = reports.get(reports.size() - 1);
        if (latest.reasons().isEmpty()) {
            out.println("  no concerns");
        }
        for (HealthReason reason : latest.reasons()) {
            out.println("  - " + reason.text());
        }
    }

    private static void table(ReportTable t, PrintStream out) {
        out.println(t.title());
        int[] widths = new int[t.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = t.columns().get(c).length();
            for (List<String> row : t.rows()) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        row(t.columns(), widths, out);
        t.rows().forEach(r -> row(r, widths, out));
        t.note().ifPresent(n -> out.println("  " + n));
    }

    private static void row(List<String> cells, int[] widths, PrintStream out) {
        StringBuilder sb = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean numeric = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-'
                    || cell.charAt(0) == '+') && c > 0;
            String pad = " ".repeat(widths[c] - cell.length());
            sb.append(' ').append(numeric ? pad + cell : cell + pad);
        }
        out.println(sb.toString().stripTrailing());
    }
}
