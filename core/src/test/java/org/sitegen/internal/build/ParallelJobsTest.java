package org.sitegen.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ParallelJobsTest {
    @Test
    void runsEveryJobAndCountsThem() throws IOException {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        AtomicInteger last = new AtomicInteger();
        List<ParallelJobs.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int n = i;
            jobs.add(() -> ran.add(n));
        }
        ParallelJobs.runAll(jobs, n -> last.accumulateAndGet(n, Math::max));
        assertEquals(500, ran.size());
        assertEquals(500, last.get());
    }

    @RepeatedTest(5)
    void theCountsOfJobsDoneArriveOneAtATimeInOrder() throws IOException {
        List<Integer> counts = new ArrayList<>(); // not thread-safe on purpose: calls must not overlap
        List<ParallelJobs.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            jobs.add(() -> Thread.onSpinWait());
        }
        ParallelJobs.runAll(jobs, counts::add);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            expected.add(i);
        }
        assertEquals(expected, counts);
    }

    @RepeatedTest(5)
    void theFirstFailureInOrderIsThrownAfterTheRunningJobsEnd() {
        IOException first = new IOException("job 100");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunningAtThrow = new AtomicInteger(-1);
        List<ParallelJobs.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            jobs.add(() -> {
                running.incrementAndGet();
                try {
                    if (n == 100) {
                        throw first;
                    }
                    if (n == 300) {
                        throw new IllegalStateException("job 300");
                    }
                } finally {
                    running.decrementAndGet();
                }
            });
        }
        IOException e = assertThrows(IOException.class, () -> {
            try {
                ParallelJobs.runAll(jobs, n -> {});
            } finally {
                maxRunningAtThrow.set(running.get());
            }
        });
        assertSame(first, e);
        assertEquals(0, maxRunningAtThrow.get(), "no job still runs when the failure is thrown");
    }

    @Test
    void anUncheckedFailureIsThrownAsItIs() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<ParallelJobs.Job> jobs = List.of(() -> {}, () -> {
            throw boom;
        });
        assertSame(boom, assertThrows(IllegalStateException.class, () -> ParallelJobs.runAll(jobs, n -> {})));
    }
}
