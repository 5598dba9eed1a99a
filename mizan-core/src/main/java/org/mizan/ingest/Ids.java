package org.mizan.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Stable document ids: the same content always gets the same id, whatever the run. */
public final class Ids {
  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,127}");

  private Ids() {}

  /** First 16 hex digits of the SHA-256 of the text. */
  public static String contentId(String text) {
    return sha256(text).substring(0, 16);
  }

  /**
   * An id given by the input, made safe to use as a file name: kept as is when it is letters, digits,
   * dots, dashes and underscores (at most 128); otherwise the unsafe characters become {@code _} and
   * a short hash of the original keeps distinct ids distinct. Null when nothing usable is left.
   */
  public static String safeId(String given) {
    if (given == null) return null;
    String g = given.strip();
    if (g.isEmpty()) return null;
    if (SAFE.matcher(g).matches()) return g;
    StringBuilder sb = new StringBuilder();
    g.codePoints().limit(64).forEach(cp -> sb.appendCodePoint(
        Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' ? cp : '_'));
    String base = sb.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    return (base.isEmpty() ? "id" : base) + "-" + contentId(g).substring(0, 8);
  }

  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
