package org.mizan.store;

/** A store operation that failed, with a one-line message naming the data directory. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
