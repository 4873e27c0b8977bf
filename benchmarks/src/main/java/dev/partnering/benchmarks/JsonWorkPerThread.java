package dev.partnering.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import dev.partnering.jackson.PartneringDocument;
import dev.partnering.jackson.PartneringJson;

/**
 * The CPU one thread spends reading {@link JsonBenchmark}'s documents — with the module into
 * validated domain values and with plain Jackson into {@link PlainJson} POJOs — and writing them
 * again (the module from the domain values, plain Jackson from the POJOs), round after round:
 * on a shared machine the thread's CPU time, which other processes do not stretch, is the figure to
 * compare. Usage: {@code java -cp benchmarks.jar dev.partnering.benchmarks.JsonWorkPerThread [agreements] [rounds]}.
 */
public final class JsonWorkPerThread {

    private JsonWorkPerThread() {
    }

    /**
     * @param args  agreements (default 200) and rounds (default 8)
     * @throws Exception if reading or writing fails
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Portfolio portfolio = PortfolioGenerator.of(n, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42).generate();
        ObjectMapper mapper = PartneringJson.mapper();
        List<byte[]> agreements = new ArrayList<>();
        List<byte[]> measurements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            agreements.add(mapper.writeValueAsBytes(PartneringDocument.of(portfolio.agreements().get(i))));
            measurements.add(mapper.writeValueAsBytes(PartneringDocument.ofMeasurements(portfolio.measurements().get(i))));
        }
        ObjectReader module = mapper.readerFor(PartneringDocument.class);
        ObjectMapper plain = new ObjectMapper();
        ObjectReader plainAgreements = plain.readerFor(PlainJson.AgreementDocument.class);
        ObjectReader plainMeasurements = plain.readerFor(PlainJson.MeasurementsDocument.class);
        List<PartneringDocument> documents = new ArrayList<>();
        List<Object> plainDocuments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            documents.add(PartneringDocument.of(portfolio.agreements().get(i)));
            documents.add(PartneringDocument.ofMeasurements(portfolio.measurements().get(i)));
            plainDocuments.add(plainAgreements.readValue(agreements.get(i)));
            plainDocuments.add(plainMeasurements.readValue(measurements.get(i)));
        }
        ObjectWriter moduleWriter = mapper.writer();
        ObjectWriter plainWriter = plain.writer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (byte[] b : agreements) {
                module.readValue(b);
            }
            long c1 = threads.getCurrentThreadCpuTime();
            for (byte[] b : measurements) {
                module.readValue(b);
            }
            long c2 = threads.getCurrentThreadCpuTime();
            for (byte[] b : agreements) {
                plainAgreements.readValue(b);
            }
            long c3 = threads.getCurrentThreadCpuTime();
            for (byte[] b : measurements) {
                plainMeasurements.readValue(b);
            }
            long c4 = threads.getCurrentThreadCpuTime();
            for (PartneringDocument d : documents) {
                moduleWriter.writeValueAsBytes(d);
            }
            long c5 = threads.getCurrentThreadCpuTime();
            for (Object d : plainDocuments) {
                plainWriter.writeValueAsBytes(d);
            }
            long c6 = threads.getCurrentThreadCpuTime();
            System.out.printf("read: module agreements %d ms, measurements %d ms | plain agreements %d ms,"
                    + " measurements %d ms | ratio %.2f; write: module %d ms, plain %d ms | ratio %.2f%n",
                    (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000, (c4 - c3) / 1_000_000,
                    (double) (c2 - c0) / (c4 - c2), (c5 - c4) / 1_000_000, (c6 - c5) / 1_000_000,
                    (double) (c5 - c4) / (c6 - c5));
        }
    }
}
