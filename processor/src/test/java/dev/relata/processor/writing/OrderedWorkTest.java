package dev.relata.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {
    /** Results come in the order of the tasks, whichever thread finished which first. */
    @Test
    void resultsInTheOrderOfTheTasks() {
        List<Function<StringBuilder, String>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            tasks.add(buffer -> {
                buffer.setLength(0);
                // Uneven work, so that the threads finish out of order.
                for (int k = 0; k < (n % 7) * 500; k++) {
                    buffer.append(k % 10);
                }
                return "task " + n;
            });
        }
        List<OrderedWork.Result<String>> results = OrderedWork.start(tasks, 3).results();
        assertEquals(200, results.size());
        for (int i = 0; i < 200; i++) {
            assertEquals("task " + i, results.get(i).value());
            assertNull(results.get(i).failure());
        }
    }

    /** The helpers work before anyone asks for the results: that is the point of them. */
    @Test
    void helpersRunTheTasksInTheBackground() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(2);
        Function<StringBuilder, Thread> task = buffer -> {
            ran.countDown();
            return Thread.currentThread();
        };
        OrderedWork<Thread> work = OrderedWork.start(List.of(task, task), 1);
        assertTrue(ran.await(30, TimeUnit.SECONDS), "the helper did not run the tasks");
        List<OrderedWork.Result<Thread>> results = work.results();
        for (OrderedWork.Result<Thread> result : results) {
            assertNotEquals(Thread.currentThread(), result.value());
            assertTrue(result.value().isDaemon(), "a helper must not keep javac's JVM alive");
        }
    }

    /** With no helpers, or a single task, everything runs on the thread that asks for the results. */
    @Test
    void withoutHelpersTheCallerRunsEverything() {
        Function<StringBuilder, Thread> task = buffer -> Thread.currentThread();
        for (OrderedWork.Result<Thread> result : OrderedWork.start(List.of(task, task, task), 0).results()) {
            assertSame(Thread.currentThread(), result.value());
        }
        assertSame(Thread.currentThread(), OrderedWork.start(List.of(task), 4).results().get(0).value());
    }

    /** A task that throws leaves its exception as its result, and the other tasks still run. */
    @Test
    void aFailingTaskDoesNotStopTheOthers() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Function<StringBuilder, String>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            tasks.add(buffer -> {
                if (n == 5) {
                    throw boom;
                } else if (n == 6) {
                    throw new StackOverflowError("deep");
                }
                return "task " + n;
            });
        }
        List<OrderedWork.Result<String>> results = OrderedWork.start(tasks, 2).results();
        assertSame(boom, results.get(5).failure());
        assertNull(results.get(5).value());
        assertTrue(results.get(6).failure() instanceof StackOverflowError);
        for (int i = 0; i < 20; i++) {
            if (i != 5 && i != 6) {
                assertEquals("task " + i, results.get(i).value());
            }
        }
    }
}
