package org.mizan.pipeline;

/**
 * An input (or one record inside it) that could not be processed, with a one-line reason meant for
 * the user: {@code input: reason}. Never carries a stack trace.
 */
public record Problem(String input, String reason) {
  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
