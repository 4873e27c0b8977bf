package dev.partnering.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prints the table of one JMH run (its JSON result file) with the ratios the targets are about:
 * SDK / primitive baseline, module / plain Jackson, and the scaling factors; then the heap figures
 * of {@link HeapFootprint} if their file is given.
 */
public final class ResultTable {

    private ResultTable() {
    }

    /**
     * @param args  the JMH JSON result file, optionally the heap report file
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        Map<String, double[]> scores = new LinkedHashMap<>();
        System.out.println("| benchmark | params | ms/op | ± (99.9 %) |");
        System.out.println("|---|---|---:|---:|");
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText().replace("dev.partnering.benchmarks.", "");
            StringBuilder params = new StringBuilder();
            if (r.has("params")) {
                r.get("params").fields().forEachRemaining(e -> params.append(params.length() == 0 ? "" : ", ")
                        .append(e.getKey()).append('=').append(e.getValue().asText()));
            }
            double score = r.get("primaryMetric").get("score").asDouble();
            double error = r.get("primaryMetric").get("scoreError").asDouble();
            String key = name + (name.startsWith("ScalingBenchmark") ? "@" + r.get("params").get("scale").asText() : "");
            scores.put(key, new double[] {score, error});
            System.out.printf("| %s | %s | %,.1f | %,.1f |%n", name, params, score, error);
        }
        System.out.println();
        ratio(scores, "scorecards / baseline", "PortfolioBenchmark.scorecards", "PortfolioBenchmark.baseline", "target ≤ 3");
        ratio(scores, "scorecards + incentives / baseline", "PortfolioBenchmark.scorecardsAndIncentives",
                "PortfolioBenchmark.baseline", "");
        ratio(scores, "JSON read: module / plain Jackson", "JsonBenchmark.module", "JsonBenchmark.plainJackson",
                "target ≤ 1.5");
        ratio(scores, "JSON write: module / plain Jackson", "JsonBenchmark.moduleWrite", "JsonBenchmark.plainJacksonWrite",
                "target ≤ 1.5");
        ratio(scores, "scaling 2× / 1×", "ScalingBenchmark.evaluate@2", "ScalingBenchmark.evaluate@1", "linear: 2");
        ratio(scores, "scaling 4× / 1×", "ScalingBenchmark.evaluate@4", "ScalingBenchmark.evaluate@1", "linear: 4");
        for (String line : List.of("jackson2", "jackson3")) {
            double[] csv = scores.get("CsvBenchmark." + line);
            long rows = rowsOf(results);
            if (csv != null && rows > 0) {
                System.out.printf("%-36s %8.2f  µs per row (%,d rows read and validated, 64 MiB heap)%n",
                        "CSV measurements, " + line, csv[0] * 1000 / rows, rows);
            }
        }
        double[] full = scores.get("PortfolioBenchmark.scorecardsAndIncentives");
        if (full != null) {
            System.out.printf("scorecards + incentives for the portfolio (%s): %,.0f ms (target for 10,000: < 1,000 ms)%n",
                    agreementsOf(results, "PortfolioBenchmark.scorecardsAndIncentives"), full[0]);
        }
        if (args.length > 1) {
            System.out.println();
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                if (line.startsWith("heap.")) {
                    System.out.println(line);
                }
            }
        }
    }

    private static long rowsOf(JsonNode results) {
        for (JsonNode r : results) {
            if (r.get("benchmark").asText().contains("CsvBenchmark") && r.has("params") && r.get("params").has("rows")) {
                return r.get("params").get("rows").asLong();
            }
        }
        return 0;
    }

    private static String agreementsOf(JsonNode results, String benchmark) {
        for (JsonNode r : results) {
            if (r.get("benchmark").asText().endsWith(benchmark) && r.has("params") && r.get("params").has("agreements")) {
                return r.get("params").get("agreements").asText() + " agreements";
            }
        }
        return "?";
    }

    private static void ratio(Map<String, double[]> scores, String label, String a, String b, String target) {
        if (scores.containsKey(a) && scores.containsKey(b)) {
            System.out.printf("%-36s %8.2f  %s%n", label, scores.get(a)[0] / scores.get(b)[0], target);
        }
    }
}
