package dev.relata.processor.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Tasks run on helper threads while javac's thread does what only it may do, their results taken in
 * the order of the tasks.
 *
 * <p>javac compiles on one thread, and its processing environment ({@code Elements}, {@code Types},
 * the {@code Filer}, the {@code Messager}) is for that thread alone: a task must ask javac nothing,
 * and change nothing another task reads. {@link #results} then has javac's thread take the tasks no
 * helper has taken yet, and wait for the rest; the results do not depend on which thread ran what.
 *
 * <p>Each thread has a {@link StringBuilder} of its own for the tasks it runs, kept from one task to
 * the next. A task that throws does not stop the others; what it threw is its result.
 *
 * @param <T> what a task makes
 */
public final class OrderedWork<T> {
    /** At most this many helper threads, beside javac's own: the compile's other work needs the rest. */
    private static final int MAX_HELPERS = 3;
    /** Fewer tasks than this are run on javac's thread alone: a thread would cost more than it saves. */
    private static final int MIN_TASKS_FOR_HELPERS = 2;

    /**
     * A task's result: what it made, or what it threw. ({@link #results} gives null for a task whose
     * result could not even be recorded: the JVM out of memory.)
     */
    public record Result<T>(T value, Throwable failure) {}

    private final List<Function<StringBuilder, T>> tasks;
    private final Object[] results;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;

    private OrderedWork(List<Function<StringBuilder, T>> tasks) {
        this.tasks = List.copyOf(tasks);
        this.results = new Object[this.tasks.size()];
        this.done = new CountDownLatch(this.tasks.size());
    }

    /**
     * Starts the tasks on helper threads: one fewer than the machine's cores (javac's thread is the
     * other), at most {@value #MAX_HELPERS}.
     */
    public static <T> OrderedWork<T> start(List<Function<StringBuilder, T>> tasks) {
        return start(tasks, Runtime.getRuntime().availableProcessors() - 1);
    }

    /**
     * Starts the tasks on at most {@code helpers} helper threads (none: all on javac's thread, in
     * {@link #results}). When the JVM cannot start a thread, the tasks run on those it did start.
     */
    static <T> OrderedWork<T> start(List<Function<StringBuilder, T>> tasks, int helpers) {
        OrderedWork<T> work = new OrderedWork<>(tasks);
        int threads = tasks.size() < MIN_TASKS_FOR_HELPERS ? 0 : Math.min(Math.min(helpers, MAX_HELPERS), tasks.size() - 1);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(work::runTasks, "relata-writer-" + (i + 1));
            thread.setDaemon(true);
            try {
                thread.start();
            } catch (OutOfMemoryError e) {
                // No native thread to be had ("unable to create native thread"): javac's thread does the rest.
                break;
            }
        }
        return work;
    }

    /**
     * Stops handing out tasks: the helpers finish the ones they run and end. For a round that ends
     * without {@link #results}, an error on javac's thread having made the files useless.
     */
    public void abandon() {
        next.set(results.length);
    }

    /**
     * Every task's result, in the order of the tasks: runs the tasks no helper has taken yet on this
     * thread, then waits for the helpers' last ones.
     */
    public List<Result<T>> results() {
        runTasks();
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                // The tasks are short and always finish; the interrupt is kept for the caller.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<Result<T>> list = new ArrayList<>(results.length);
        for (Object result : results) {
            @SuppressWarnings("unchecked")
            Result<T> typed = (Result<T>) result;
            list.add(typed);
        }
        return list;
    }

    private void runTasks() {
        StringBuilder buffer = new StringBuilder(1 << 16);
        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
            Result<T> result = null;
            try {
                result = new Result<>(tasks.get(i).apply(buffer), null);
            } catch (Throwable e) {
                // Whatever a task throws is its result, reported by javac's thread; never a helper
                // that dies and leaves javac waiting for a task that will not finish.
                result = new Result<>(null, e);
            } finally {
                results[i] = result;
                done.countDown();
            }
        }
    }
}
