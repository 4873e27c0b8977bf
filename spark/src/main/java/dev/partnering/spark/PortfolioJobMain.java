package dev.partnering.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import dev.partnering.ValidationException;

/**
 * The job's command line, the jar's main class. With no Spark master configured (plain
 * {@code java -jar}) it runs on an embedded local Spark using every core ({@code local[*]});
 * under {@code spark-submit} the master and resources are the cluster's.
 * <pre>
 * java -jar partnering-spark.jar --agreements in/agreements --measurements in/measurements.csv \
 *     [--events in/events.csv] [--costs in/costs.csv] [--format csv|parquet] [--agreements-per-line] \
 *     [--column measurements.value=measured_value ...] [--no-scorecard-documents] [--overwrite] --out out
 * </pre>
 * Embedded, it uses twice as many shuffle partitions as cores (unless
 * {@code spark.sql.shuffle.partitions} is set) and logs warnings only. Exit codes: 0 done (rejects, if any, are in {@code out/rejects} and counted in the summary line),
 * 2 wrong arguments, 1 the job failed.
 *
 * @since 0.1.0
 */
public final class PortfolioJobMain {

    private PortfolioJobMain() {
    }

    /**
     * @param args  the arguments above
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the job as {@link #main} does, without exiting.
     *
     * @param args  the arguments, not null
     * @param out  where the summary goes, not null
     * @param err  where problems go, not null
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        // what Spark's launcher sets on Java 17; java -jar has no launcher
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        boolean created = SparkSession.getDefaultSession().isEmpty();
        SparkSession.Builder builder = SparkSession.builder().appName("partnering portfolio evaluation");
        SparkConf conf = new SparkConf();
        boolean local = !conf.contains("spark.master");
        if (local) {
            // embedded: every core, no UI, and as many shuffle partitions as cores rather than 200
            int partitions = 2 * Runtime.getRuntime().availableProcessors();
            builder.master("local[*]").config("spark.ui.enabled", "false");
            if (!conf.contains("spark.sql.shuffle.partitions")) {
                builder.config("spark.sql.shuffle.partitions", String.valueOf(partitions));
            }
        }
        SparkSession spark = builder.getOrCreate();
        if (local && created) {
            spark.sparkContext().setLogLevel("WARN");
        }
        PortfolioJob job = options.scorecardDocuments ? PortfolioJob.standard() : PortfolioJob.standard().withoutScorecardDocuments();
        try (PortfolioResult result = job.evaluate(spark, options.inputs)) {
            result.write(options.out, options.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
            out.println(result.summary() + "; written to " + options.out);
            return 0;
        } catch (RuntimeException e) {
            err.println("the job failed: " + e);
            return 1;
        } finally {
            if (created) {
                spark.stop();
            }
        }
    }

    static final String USAGE = "usage: java -jar partnering-spark.jar --agreements PATH --measurements PATH"
            + " [--events PATH] [--costs PATH] [--format csv|parquet] [--agreements-per-line]"
            + " [--column INPUT.FIELD=COLUMN ...] [--no-scorecard-documents] [--overwrite] --out DIR";

    /** The parsed arguments. */
    private static final class Options {
        PortfolioInputs inputs;
        String out;
        boolean overwrite;
        boolean scorecardDocuments = true;

        static Options parse(String[] args) {
            String agreements = null;
            String measurements = null;
            String events = null;
            String costs = null;
            String out = null;
            InputFormat format = InputFormat.CSV;
            boolean perLine = false;
            boolean overwrite = false;
            boolean scorecardDocuments = true;
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--agreements" -> agreements = value(args, ++i, a);
                    case "--measurements" -> measurements = value(args, ++i, a);
                    case "--events" -> events = value(args, ++i, a);
                    case "--costs" -> costs = value(args, ++i, a);
                    case "--out" -> out = value(args, ++i, a);
                    case "--format" -> format = format(value(args, ++i, a));
                    case "--column" -> columns.add(value(args, ++i, a));
                    case "--agreements-per-line" -> perLine = true;
                    case "--overwrite" -> overwrite = true;
                    case "--no-scorecard-documents" -> scorecardDocuments = false;
                    default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            if (agreements == null || measurements == null || out == null) {
                throw new IllegalArgumentException("--agreements, --measurements and --out are required");
            }
            PortfolioInputs inputs = PortfolioInputs.of(agreements, measurements).withFormat(format);
            inputs = perLine ? inputs.withAgreementsPerLine() : inputs;
            inputs = events == null ? inputs : inputs.withEvents(events);
            inputs = costs == null ? inputs : inputs.withCosts(costs);
            for (String c : columns) {
                inputs = column(inputs, c);
            }
            Options o = new Options();
            o.inputs = inputs;
            o.out = out;
            o.overwrite = overwrite;
            o.scorecardDocuments = scorecardDocuments;
            return o;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static InputFormat format(String text) {
            try {
                return InputFormat.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format '" + text + "': use csv or parquet", e);
            }
        }

        private static PortfolioInputs column(PortfolioInputs inputs, String text) {
            int dot = text.indexOf('.');
            int eq = text.indexOf('=');
            if (dot < 1 || eq < dot + 2 || eq == text.length() - 1) {
                throw new IllegalArgumentException("--column '" + text + "': use INPUT.FIELD=COLUMN, e.g. measurements.value=measured");
            }
            String input = text.substring(0, dot);
            ColumnMapping base = switch (input) {
                case "measurements" -> inputs.measurementColumns();
                case "events" -> inputs.eventColumns();
                case "costs" -> inputs.costColumns();
                default -> throw new IllegalArgumentException("--column '" + text + "': the input is measurements, events or costs");
            };
            try {
                return inputs.withColumns(base.withColumn(text.substring(dot + 1, eq), text.substring(eq + 1)));
            } catch (ValidationException e) {
                throw new IllegalArgumentException("--column '" + text + "': " + e.getMessage(), e);
            }
        }
    }
}
