package dev.partnering.examples.data;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Reports how far the reading of a large file has come. {@link #none()} reports nothing;
 * {@link #onStderr(PrintStream)} stays silent for the first two seconds, then prints a line about
 * every second and a last line when done, so small files read quietly and large ones show they
 * are moving.
 *
 * @since 0.1.0
 */
public interface Progress {

    /**
     * Called every few thousand rows.
     *
     * @param file  the file's name, not null
     * @param rows  the data rows read so far
     * @param bytes  the bytes read so far
     * @param size  the file's size in bytes, if known
     */
    void update(String file, long rows, long bytes, OptionalLong size);

    /**
     * Called once at the end of a file read without problems.
     *
     * @param file  the file's name, not null
     * @param rows  the data rows read
     */
    void finished(String file, long rows);

    /** @return a progress that reports nothing, never null */
    static Progress none() {
        return new Progress() {
            @Override
            public void update(String file, long rows, long bytes, OptionalLong size) {
            }

            @Override
            public void finished(String file, long rows) {
            }
        };
    }

    /**
     * @param err  where to print, usually {@code System.err}, not null
     * @return a progress that prints once a read has taken more than two seconds, never null
     */
    static Progress onStderr(PrintStream err) {
        return timed(err, System::nanoTime, Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /**
     * @param out  where to print, not null
     * @param nanoClock  the clock, in nanoseconds, not null
     * @param after  how long a read runs before the first line is printed, not null
     * @param every  the time between lines, not null
     * @return a progress printing to {@code out}, never null
     */
    static Progress timed(PrintStream out, LongSupplier nanoClock, Duration after, Duration every) {
        return new TimedProgress(out, nanoClock, after.toNanos(), every.toNanos());
    }

    /** Prints progress lines once a read takes long; see {@link Progress#timed}. */
    final class TimedProgress implements Progress {
        private final PrintStream out;
        private final LongSupplier clock;
        private final long after;
        private final long every;
        private String file;
        private long started;
        private long lastPrinted;
        private boolean shown;

        TimedProgress(PrintStream out, LongSupplier clock, long after, long every) {
            this.out = Objects.requireNonNull(out, "out");
            this.clock = Objects.requireNonNull(clock, "clock");
            this.after = after;
            this.every = every;
        }

        @Override
        public void update(String file, long rows, long bytes, OptionalLong size) {
            long now = clock.getAsLong();
            if (!file.equals(this.file)) {
                this.file = file;
                started = now;
                shown = false;
                return;
            }
            if (now - started < after || (shown && now - lastPrinted < every)) {
                return;
            }
            shown = true;
            lastPrinted = now;
            String share = size.isPresent() && size.getAsLong() > 0
                    ? String.format(" (%d %%)", Math.min(100, bytes * 100 / size.getAsLong())) : "";
            out.printf("reading %s: %,d rows%s%n", file, rows, share);
            out.flush();
        }

        @Override
        public void finished(String file, long rows) {
            if (shown && file.equals(this.file)) {
                out.printf("reading %s: %,d rows in %.1f s%n", file, rows, (clock.getAsLong() - started) / 1e9);
                out.flush();
            }
            this.file = null;
        }
    }
}
