package dev.partnering.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.agreement.Agreement;
import dev.partnering.benchmarks.Portfolio;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.jackson.PartneringDocument;
import dev.partnering.jackson.PartneringJson;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Writes a generated portfolio as the job reads it: one agreement document per file (or JSON
 * Lines), the measurements and cost outcomes as CSV with the default column names.
 */
final class PortfolioFiles {

    static final ObjectMapper MAPPER = PartneringJson.mapper();

    private PortfolioFiles() {
    }

    static String json(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the agreement's document, compact, on one line */
    static String document(Agreement agreement) {
        return json(PartneringDocument.of(agreement));
    }

    static Path agreementFiles(Portfolio portfolio, Path dir) {
        try {
            Files.createDirectories(dir);
            for (Agreement a : portfolio.agreements()) {
                Files.writeString(dir.resolve(a.id() + ".json"), document(a) + "\n");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path agreementLines(Portfolio portfolio, Path file) {
        List<String> lines = new ArrayList<>();
        portfolio.agreements().forEach(a -> lines.add(document(a)));
        return write(file, lines);
    }

    /** @return the CSV lines of every measurement, header first */
    static List<String> measurementLines(Portfolio portfolio) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", ColumnMapping.MEASUREMENT_FIELDS));
        for (int a = 0; a < portfolio.agreements().size(); a++) {
            String id = portfolio.agreements().get(a).id();
            for (Measurement m : portfolio.measurements().get(a)) {
                lines.add(csv(id, m.kpiId(), m.period().toString(), text(m.value()), text(m.numerator()),
                        text(m.denominator()), m.source().orElse(""), m.recordedAt().toString(), m.exclusionReason().orElse("")));
            }
        }
        return lines;
    }

    /** @return the CSV lines of every cost outcome, header first */
    static List<String> costLines(Portfolio portfolio) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", ColumnMapping.COST_FIELDS));
        for (int a = 0; a < portfolio.agreements().size(); a++) {
            String id = portfolio.agreements().get(a).id();
            for (Map.Entry<ReportingPeriod, Map<String, CostOutcome>> p : portfolio.costs().get(a).entrySet()) {
                for (Map.Entry<String, CostOutcome> c : p.getValue().entrySet()) {
                    Money baseline = c.getValue().baseline().orElseThrow();
                    lines.add(csv(id, c.getKey(), p.getKey().toString(), baseline.amount().toPlainString(),
                            c.getValue().actual().orElseThrow().amount().toPlainString(),
                            baseline.currency().getCurrencyCode(), "generated"));
                }
            }
        }
        return lines;
    }

    /**
     * Splits CSV lines into {@code files} files, the data rows shuffled, so that every agreement's
     * rows are spread over the files (and so over the reader's tasks).
     */
    static Path split(List<String> lines, Path dir, int files, long seed) {
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, t);
        }
        for (int f = 0; f < files; f++) {
            List<String> part = new ArrayList<>();
            part.add(lines.get(0));
            for (int i = f; i < rows.size(); i += files) {
                part.add(rows.get(i));
            }
            write(dir.resolve("part-" + f + ".csv"), part);
        }
        return dir;
    }

    static Path write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Optional<java.math.BigDecimal> d) {
        return d.map(java.math.BigDecimal::toPlainString).orElse("");
    }

    static String csv(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return sb.toString();
    }
}
