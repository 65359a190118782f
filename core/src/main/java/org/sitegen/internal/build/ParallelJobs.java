package org.sitegen.internal.build;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs a stage's jobs (each makes and writes one or more files) in parallel, and throws a failure
 * only once every running job is done: a parallel stream would rethrow at once while other
 * threads still write into the staging folder the caller then deletes. The failure of the first
 * job in order is the one reported, so the message is reproducible; jobs after a known failure
 * are skipped.
 */
public final class ParallelJobs {
    /** One job: makes and writes its files. */
    @FunctionalInterface
    public interface Job {
        void run() throws IOException;
    }

    private ParallelJobs() {}

    /**
     * Runs every job.
     *
     * @param done called after each job that succeeded with the number done so far, from the
     *     job's thread, one call at a time and in the order of the numbers (so progress lines
     *     never go backwards)
     * @throws IOException the first failing job's, by position; likewise an unchecked exception
     *     or error
     */
    public static void runAll(List<? extends Job> jobs, IntConsumer done) throws IOException {
        int[] count = {0};
        Object counting = new Object();
        AtomicReference<Failure> failure = new AtomicReference<>();
        IntStream.range(0, jobs.size()).parallel().forEach(i -> {
            Failure known = failure.get();
            if (known != null && known.index() < i) {
                return;
            }
            try {
                jobs.get(i).run();
            } catch (IOException | RuntimeException | Error e) {
                failure.accumulateAndGet(new Failure(i, e), (a, b) -> a == null || b.index() < a.index() ? b : a);
                return;
            }
            synchronized (counting) {
                done.accept(++count[0]);
            }
        });
        Throwable e = failure.get() == null ? null : failure.get().error();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException re) {
            throw re;
        } else if (e instanceof Error err) {
            throw err;
        }
    }

    /** The first job that failed, by position. */
    private record Failure(int index, Throwable error) {}
}
