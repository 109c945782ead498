package io.crosscheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A one-line "checking N articles... 4 s" on stderr while a check runs longer than a couple of
 * seconds, erased when it ends. Only on a terminal: logs and CI output never see it.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_MS = 2000;
  private static final long PERIOD_MS = 1000;

  private final PrintWriter err;
  private final ScheduledExecutorService timer;
  private final ScheduledFuture<?> task;
  private final long start = System.nanoTime();
  private int shown;

  private Progress() {
    this.err = null;
    this.timer = null;
    this.task = null;
  }

  private Progress(PrintWriter err, String what) {
    this.err = err;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "crosscheck-progress");
      t.setDaemon(true);
      return t;
    });
    this.task = timer.scheduleAtFixedRate(() -> show(what), DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  /** Starts the indicator when stderr is a terminal; otherwise returns one that does nothing. */
  static Progress start(PrintWriter err, int articles, boolean terminal) {
    if (!terminal) {
      return new Progress();
    }
    return new Progress(err, "checking " + articles + " article" + (articles == 1 ? "" : "s") + "...");
  }

  private synchronized void show(String what) {
    String line = what + " " + (System.nanoTime() - start) / 1_000_000_000L + " s";
    err.print("\r" + line);
    err.flush();
    shown = line.length();
  }

  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    task.cancel(false);
    timer.shutdownNow();
    synchronized (this) {
      if (shown > 0) {
        err.print("\r" + " ".repeat(shown) + "\r");
        err.flush();
        shown = 0;
      }
    }
  }
}
