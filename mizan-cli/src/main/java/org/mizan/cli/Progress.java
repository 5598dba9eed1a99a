package org.mizan.cli;

import java.io.PrintStream;

/**
 * A one-line progress indicator on stderr, shown only when a terminal is attached (and not with
 * {@code --quiet}); silent otherwise so logs and pipes stay clean.
 */
public final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final boolean enabled;
  private final String label;
  private final long total;
  private long done;
  private long lastPrint;

  public Progress(String label, long total, boolean enabled) {
    this.err = System.err;
    this.enabled = enabled && System.console() != null;
    this.label = label;
    this.total = total;
  }

  public static boolean onTerminal() {
    return System.console() != null;
  }

  public synchronized void step() {
    done++;
    if (!enabled) return;
    long now = System.nanoTime();
    if (now - lastPrint < 100_000_000L && done != total) return;
    lastPrint = now;
    if (total > 0) {
      int width = 30;
      int filled = (int) (width * done / Math.max(1, total));
      err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    } else {
      err.print("\r" + label + " " + done);
    }
    err.flush();
  }

  @Override
  public void close() {
    if (enabled && done > 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
