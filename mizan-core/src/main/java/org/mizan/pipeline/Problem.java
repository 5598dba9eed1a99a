package org.mizan.pipeline;

/**
 * An input (or one record inside it) that could not be processed, with a one-line reason meant for
 * the user: {@code input: reason}. Never carries a stack trace.
 */
public record Problem(String input, String reason) {

  /**
   * {@code input: reason} on one line, whatever the input's name holds: line breaks, control
   * characters and bidi overrides in hostile file names are shown as escapes ({@code \n}, {@code \u202E}).
   */
  @Override
  public String toString() {
    return printable(input) + ": " + printable(reason);
  }

  /** The text with control and bidi-control characters escaped, so it prints as one honest line. */
  public static String printable(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') sb.append("\\n");
      else if (c == '\r') sb.append("\\r");
      else if (c == '\t') sb.append("\\t");
      else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029'
          || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(s.charAt(i - 1))))) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
