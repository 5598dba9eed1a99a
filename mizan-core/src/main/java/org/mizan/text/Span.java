package org.mizan.text;

/** A range of a text: {@code text.substring(start, end)} is what it covers. */
public record Span(int start, int end) {
  public String of(String text) {
    return text.substring(start, end);
  }
}
