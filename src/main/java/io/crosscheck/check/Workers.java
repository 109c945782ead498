package io.crosscheck.check;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drains an iterator (of stories, usually) on a few threads: each worker takes the next item
 * under a lock and works on it; the first failure stops the others. With one thread the work runs
 * on the caller's thread.
 */
public final class Workers {
  /** Work on one item; may throw anything, which stops the run. */
  @FunctionalInterface
  public interface Work<T> {
    void accept(T item) throws Exception;
  }

  private Workers() {}

  /**
   * Runs {@code work} on every item on {@code threads} threads named {@code name-N}.
   *
   * @return the first failure, or null when every item was done
   */
  public static <T> Throwable forEach(Iterator<T> items, int threads, String name, Work<T> work) {
    Object lock = new Object();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      while (failure.get() == null) {
        T item;
        synchronized (lock) {
          if (!items.hasNext()) {
            return;
          }
          item = items.next();
        }
        try {
          work.accept(item);
        } catch (Exception | Error e) {
          failure.compareAndSet(null, e);
        }
      }
    };
    if (threads <= 1) {
      worker.run();
      return failure.get();
    }
    List<Thread> ts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(worker, name + "-" + i);
      t.setDaemon(true);
      ts.add(t);
      t.start();
    }
    for (Thread t : ts) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.compareAndSet(null, e);
      }
    }
    return failure.get();
  }

  /** Rethrows a failure from {@link #forEach} as it was, wrapping checked exceptions. */
  public static void rethrow(Throwable t) {
    if (t == null) {
      return;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }
}
