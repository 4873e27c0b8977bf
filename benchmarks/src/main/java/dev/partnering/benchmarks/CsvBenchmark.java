package dev.partnering.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.partnering.agreement.Agreement;
import dev.partnering.jackson.common.csv.CsvReader;

/**
 * Benchmark 5: a million measurement rows (an ERP export of one agreement's 20 KPIs) read from a CSV
 * file and validated against the agreement (KPI known, value within the valid range of the KPI
 * version in force), through Jackson 2 and Jackson 3. One operation reads the whole file; divide by
 * {@link #rows} for the time per row. The fork runs with a 64 MiB heap: the file is about 70 MB,
 * so a read that held the rows would fail with {@code OutOfMemoryError} — the reader streams, in
 * constant memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx64m"})
public class CsvBenchmark {

    /** Data rows in the file. */
    @Param("1000000")
    public int rows;

    private Path file;
    private CsvReader<dev.partnering.kpi.Measurement> jackson2;
    private CsvReader<dev.partnering.kpi.Measurement> jackson3;

    /** Writes the file: the measurements of one generated agreement, repeated to {@link #rows} rows. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Portfolio portfolio = PortfolioGenerator.of(1, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42).generate();
        Agreement agreement = portfolio.agreements().get(0);
        List<dev.partnering.kpi.Measurement> template = portfolio.measurements().get(0);
        file = Files.createTempFile("measurements", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n");
            for (int i = 0; i < rows; i++) {
                dev.partnering.kpi.Measurement m = template.get(i % template.size());
                w.write(String.join(",", m.kpiId(), m.period().toString(), plain(m.value()), plain(m.numerator()),
                        plain(m.denominator()), m.source().orElse("ERP export"), m.recordedAt().toString(), ""));
                w.write('\n');
            }
        }
        jackson2 = dev.partnering.jackson.csv.PartneringCsv.standard().measurements(agreement);
        jackson3 = dev.partnering.jackson3.csv.PartneringCsv.standard().measurements(agreement);
        if (jackson2.read(file, m -> { }) != rows || jackson3.read(file, m -> { }) != rows) {
            throw new IllegalStateException("a reader did not read every row");
        }
    }

    private static String plain(Optional<BigDecimal> d) {
        return d.map(BigDecimal::toPlainString).orElse("");
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** @return the sum of the values read, so that nothing is optimised away */
    @Benchmark
    public BigDecimal jackson2() {
        return sum(jackson2);
    }

    /** @return the sum of the values read, so that nothing is optimised away */
    @Benchmark
    public BigDecimal jackson3() {
        return sum(jackson3);
    }

    private BigDecimal sum(CsvReader<dev.partnering.kpi.Measurement> reader) {
        BigDecimal[] sum = {BigDecimal.ZERO};
        reader.read(file, m -> sum[0] = sum[0].add(m.value().orElse(BigDecimal.ONE)));
        return sum[0];
    }
}
