package dev.partnering.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;

/**
 * The checksum that proves an optimisation changed no result: a SHA-256 over every figure of every
 * scorecard (score, previous score, and per line status, value, attainment, weight, contribution and
 * the aggregation's sums, each as {@code BigDecimal.toString()}, so a changed scale changes it too)
 * and every incentive statement (per period the fee, gross, net, net by party, each component's
 * amount, lines and caps, the movements) of the portfolio; of the explanations' text for the
 * first {@code explained} agreements; and, apart, of every statement's closing balance (its text) and of
 * the whole statement's explanation for the first {@code explained} agreements.
 * <p>
 * Run it before and after a change: {@code java -cp benchmarks.jar dev.partnering.benchmarks.ResultChecksum [agreements] [explained] [table|list]}:
 * {@code list} computes the scorecards from each agreement's measurements as a list of {@code Measurement}
 * objects (the {@code Collection} overload) instead of its table; both must give the same hashes.
 */
public final class ResultChecksum {

    private ResultChecksum() {
    }

    /**
     * @param args  optional: agreements (default 10,000), agreements whose explanations are hashed too (default 100),
     *              the input ({@code table}, the default, or {@code list})
     * @throws NoSuchAlgorithmException never: SHA-256 is always there
     */
    public static void main(String[] args) throws NoSuchAlgorithmException {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : PortfolioGenerator.HEADLINE_AGREEMENTS;
        int explained = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        boolean list = args.length > 2 && "list".equals(args[2]);
        Portfolio portfolio = PortfolioGenerator.of(agreements, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42).generate();
        MessageDigest figures = MessageDigest.getInstance("SHA-256");
        MessageDigest words = MessageDigest.getInstance("SHA-256");
        MessageDigest closings = MessageDigest.getInstance("SHA-256");
        MessageDigest statementWords = MessageDigest.getInstance("SHA-256");
        long start = System.nanoTime();
        for (int a = 0; a < agreements; a++) {
            List<Scorecard> scorecards = list
                    ? PortfolioEvaluation.scorecardsOf(portfolio, a, new java.util.ArrayList<>(portfolio.tables().get(a).asList()))
                    : PortfolioEvaluation.scorecardsOf(portfolio, a);
            IncentiveStatement statement = PortfolioEvaluation.statementOf(portfolio, a, scorecards);
            StringBuilder b = new StringBuilder(16_384);
            for (Scorecard s : scorecards) {
                scorecard(b, s);
            }
            statement(b, statement);
            figures.update(b.toString().getBytes(StandardCharsets.UTF_8));
            closings.update(statement.closingBalance().toString().getBytes(StandardCharsets.UTF_8));
            if (a < explained) {
                StringBuilder w = new StringBuilder();
                for (Scorecard s : scorecards) {
                    w.append(s.explanation().toText()).append('\n');
                    s.lines().forEach(l -> w.append(l.explanation()).append('\n'));
                }
                statement.periods().forEach(p -> w.append(p.explanation().toText()).append('\n'));
                words.update(w.toString().getBytes(StandardCharsets.UTF_8));
                statementWords.update(statement.explanation().toText().getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.printf("checksum.agreements=%d%s%n", agreements, list ? " (list input)" : "");
        System.out.printf("checksum.figures=%s%n", HexFormat.of().formatHex(figures.digest()));
        System.out.printf("checksum.explanations(first %d)=%s%n", Math.min(explained, agreements),
                HexFormat.of().formatHex(words.digest()));
        System.out.printf("checksum.closing=%s%n", HexFormat.of().formatHex(closings.digest()));
        System.out.printf("checksum.statement-explanations(first %d)=%s%n", Math.min(explained, agreements),
                HexFormat.of().formatHex(statementWords.digest()));
        System.out.printf("checksum.ms=%d%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static void scorecard(StringBuilder b, Scorecard s) {
        b.append(s.agreementId()).append(' ').append(s.period()).append(' ').append(s.score()).append(' ')
                .append(s.previousScore()).append(' ').append(s.undefinedReason()).append(' ')
                .append(s.warnings().size()).append('\n');
        for (ScorecardLine l : s.lines()) {
            b.append(l.kpiId()).append(' ').append(l.version()).append(' ').append(l.status()).append(' ')
                    .append(l.counted()).append(' ').append(l.value()).append(' ').append(l.valueFrom()).append(' ')
                    .append(l.attainment()).append(' ').append(l.weight()).append(' ').append(l.contribution());
            l.aggregation().ifPresent(g -> b.append(' ').append(g.value()).append(' ').append(g.numeratorSum())
                    .append(' ').append(g.denominatorSum()).append(' ').append(g.used().size()).append(' ')
                    .append(g.excluded().size()).append(' ').append(g.notes()));
            b.append('\n');
        }
    }

    private static void statement(StringBuilder b, IncentiveStatement statement) {
        b.append(statement.totalNet()).append(' ').append(statement.totalByParty()).append('\n');
        for (PeriodStatement p : statement.periods()) {
            b.append(p.period()).append(' ').append(p.fee()).append(' ').append(p.gross()).append(' ').append(p.net())
                    .append(' ').append(p.netByParty()).append(' ').append(p.limitApplied()).append(' ')
                    .append(p.movements()).append(' ').append(p.remedies().size()).append('\n');
            for (ComponentOutcome o : p.outcomes()) {
                b.append(o.componentId()).append(' ').append(o.amount()).append(' ').append(o.capsApplied());
                for (OutcomeLine l : o.lines()) {
                    b.append(' ').append(l.key()).append('=').append(l.amount());
                }
                b.append('\n');
            }
        }
    }
}
