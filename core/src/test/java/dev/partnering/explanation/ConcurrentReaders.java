package dev.partnering.explanation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/** Starts readers on their own threads at the same moment, for the lazy values' tests. */
final class ConcurrentReaders {

    private ConcurrentReaders() {
    }

    /**
     * @param readers  how many threads read
     * @param read  what reader {@code i} reads, as text
     * @return what each reader read, in the order they finished
     */
    static List<String> read(int readers, IntFunction<String> read) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<String> texts = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < readers; i++) {
            int reader = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                texts.add(read.apply(reader));
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return texts;
    }
}
