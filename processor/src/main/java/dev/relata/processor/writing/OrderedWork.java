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
 * the {@code Filer}, the {@code Messager}) is for that thread alone. Writing the code of a DAO needs
 * none of it: the writers work on the processor's own model, which was read from javac's elements
 * before. So the sources are built on helper threads, started once everything javac knows that they
 * need has been asked, while javac's thread goes on with its own part of the round (looking up the
 * names of the new types, which only javac can do); then javac's thread takes the remaining tasks
 * itself and waits for the rest. The output does not depend on which thread built what: each task
 * builds one file from data no other task changes, and the files are handed to the filer in the
 * order of the tasks.
 *
 * <p>Each thread has a {@link StringBuilder} of its own for the tasks it runs, kept from one task to
 * the next. A task that throws does not stop the others; its exception is its result.
 *
 * @param <T> what a task makes
 */
public final class OrderedWork<T> {
    /** At most this many helper threads, beside javac's own: the compile's other work needs the rest. */
    private static final int MAX_HELPERS = 3;
    /** Fewer tasks than this are run on javac's thread alone: a thread would cost more than it saves. */
    private static final int MIN_TASKS_FOR_HELPERS = 2;

    /** A task's result: what it made, or what it threw. */
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

    /** Starts the tasks on helper threads, as many as the machine has cores to spare. */
    public static <T> OrderedWork<T> start(List<Function<StringBuilder, T>> tasks) {
        return start(tasks, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Starts the tasks on at most {@code helpers} helper threads (none: all on javac's thread, in {@link #results}). */
    static <T> OrderedWork<T> start(List<Function<StringBuilder, T>> tasks, int helpers) {
        OrderedWork<T> work = new OrderedWork<>(tasks);
        int threads = tasks.size() < MIN_TASKS_FOR_HELPERS ? 0 : Math.min(Math.min(helpers, MAX_HELPERS), tasks.size() - 1);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(work::runTasks, "relata-writer-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
        }
        return work;
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
            Result<T> result;
            try {
                result = new Result<>(tasks.get(i).apply(buffer), null);
            } catch (RuntimeException | Error e) {
                result = new Result<>(null, e);
            }
            results[i] = result;
            done.countDown();
        }
    }
}
