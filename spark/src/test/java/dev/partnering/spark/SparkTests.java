package dev.partnering.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession all tests of the module share (local[2], no UI, few shuffle partitions):
 * starting Spark takes seconds, so it is started once per test JVM and stopped when the JVM exits.
 */
final class SparkTests {

    private static SparkSession session;

    private SparkTests() {
    }

    static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("partnering-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
