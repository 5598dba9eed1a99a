package org.mizan.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable document ids: the same content always gets the same id, whatever the run. */
public final class Ids {
  private Ids() {}

  /** First 16 hex digits of the SHA-256 of the text. */
  public static String contentId(String text) {
    return sha256(text).substring(0, 16);
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
