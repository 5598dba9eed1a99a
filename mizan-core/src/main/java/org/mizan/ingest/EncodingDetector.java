package org.mizan.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the character encoding of Arabic text bytes: a byte-order mark wins; then valid UTF-8; then
 * UTF-16 without a mark (zero / 0x06 high bytes); then the two legacy Arabic code pages, Windows-1256
 * and ISO-8859-6, told apart by how plausible the decoded text is as Arabic. A declared charset (HTML
 * {@code <meta charset>}, HTTP header) is only a hint: it decides between the legacy pages, and it is
 * overruled when the bytes are valid UTF-8 (a common mislabel).
 */
public final class EncodingDetector {
  public static final Charset CP1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private EncodingDetector() {}

  /** The decoded text and how it was decided. */
  public record Decoded(String text, Charset charset, String evidence, boolean truncated) {}

  /** Decodes {@code bytes}; {@code declared} (may be null) is a charset name found in the container. */
  public static Decoded decode(byte[] bytes, int length, String declared) {
    // 1. byte-order marks
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return utf8(bytes, 3, length - 3, "UTF-8 byte-order mark");
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return lenient(bytes, 2, length - 2, StandardCharsets.UTF_16LE, "UTF-16LE byte-order mark");
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return lenient(bytes, 2, length - 2, StandardCharsets.UTF_16BE, "UTF-16BE byte-order mark");
    }
    // 2. UTF-16 without a mark: every other byte is a high byte 0x00 (ASCII) or 0x06 (Arabic)
    Charset utf16 = utf16Guess(bytes, length);
    if (utf16 != null) return lenient(bytes, 0, length, utf16, utf16.name() + " (byte pattern)");
    // 3. valid UTF-8 (the common case: one strict pass), or cut inside the last character
    String strict = strictUtf8(bytes, length);
    if (strict != null) return new Decoded(strict, StandardCharsets.UTF_8, "valid UTF-8", false);
    int invalidAt = firstInvalidUtf8(bytes, length);
    if (invalidAt < 0) return utf8(bytes, 0, length, "valid UTF-8");
    if (invalidAt >= length - 3 && incompleteTail(bytes, invalidAt, length)) {
      Decoded d = utf8(bytes, 0, invalidAt, "valid UTF-8, truncated inside the last character");
      return new Decoded(d.text(), d.charset(), d.evidence(), true);
    }
    // 4. legacy Arabic code pages
    Charset hint = legacyHint(declared);
    String cp1256 = lenient(bytes, 0, length, CP1256, "").text();
    String iso = lenient(bytes, 0, length, ISO_8859_6, "").text();
    int s1256 = plausibility(cp1256);
    int sIso = plausibility(iso);
    if (hint != null && Math.abs(s1256 - sIso) <= Math.max(4, Math.max(s1256, sIso) / 20)) {
      return new Decoded(hint == CP1256 ? cp1256 : iso, hint, "declared " + declared, false);
    }
    return s1256 >= sIso
        ? new Decoded(cp1256, CP1256, "invalid UTF-8; reads as Arabic in windows-1256", false)
        : new Decoded(iso, ISO_8859_6, "invalid UTF-8; reads as Arabic in ISO-8859-6", false);
  }

  public static Decoded decode(byte[] bytes, String declared) {
    return decode(bytes, bytes.length, declared);
  }

  /**
   * How much a decoding looks like Arabic prose: Arabic letters and the article "ال" count for it;
   * replacement characters, C1 controls and Latin-1 letters inside Arabic text count against it.
   */
  static int plausibility(String s) {
    int score = 0;
    char prev = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        score += 1;
        if (c == '\u0644' && prev == '\u0627') score += 2;
      } else if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u009F')) {
        score -= 6;
      } else if (c >= '\u00C0' && c <= '\u00FF' || c >= '\u0152' && c <= '\u02DC') {
        score -= 3;
      }
      prev = c;
    }
    return score;
  }

  private static Charset legacyHint(String declared) {
    if (declared == null) return null;
    String d = declared.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (d.contains("1256")) return CP1256;
    if (d.contains("8859-6") || d.equals("arabic") || d.contains("asmo-708") || d.contains("ecma-114")) return ISO_8859_6;
    return null;
  }

  private static Charset utf16Guess(byte[] b, int length) {
    int pairs = Math.min(length, 4096) / 2;
    if (pairs < 4) return null;
    int le = 0, be = 0;
    for (int i = 0; i < pairs; i++) {
      int lo = b[2 * i] & 0xFF, hi = b[2 * i + 1] & 0xFF;
      if ((hi == 0x00 || hi == 0x06) && lo != 0) le++;
      if ((lo == 0x00 || lo == 0x06) && hi != 0) be++;
    }
    if (le >= pairs * 0.7 && be < pairs * 0.3) return StandardCharsets.UTF_16LE;
    if (be >= pairs * 0.7 && le < pairs * 0.3) return StandardCharsets.UTF_16BE;
    return null;
  }

  /** Index of the first byte that starts an invalid or incomplete UTF-8 sequence, or -1. */
  static int firstInvalidUtf8(byte[] b, int length) {
    int i = 0;
    while (i < length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) { n = 1; min = 0x80; }
      else if (c >= 0xE0 && c <= 0xEF) { n = 2; min = 0x800; }
      else if (c >= 0xF0 && c <= 0xF4) { n = 3; min = 0x10000; }
      else return i;
      if (i + n >= length) return i; // incomplete at the end
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) return i;
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
      i += n + 1;
    }
    return -1;
  }

  /** True when the bytes from {@code at} are the valid beginning of a multi-byte character. */
  private static boolean incompleteTail(byte[] b, int at, int length) {
    int c = b[at] & 0xFF;
    int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
    if (n < 0 || at + n < length) return false;
    for (int k = at + 1; k < length; k++) if ((b[k] & 0xC0) != 0x80) return false;
    return true;
  }

  /** The text if the bytes are entirely valid UTF-8, else null. */
  private static String strictUtf8(byte[] b, int len) {
    String fast = new String(b, 0, len, StandardCharsets.UTF_8); // JDK fast path; bad bytes become U+FFFD
    if (fast.indexOf('\uFFFD') < 0) return fast;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, len)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded utf8(byte[] b, int off, int len, String evidence) {
    return lenient(b, off, len, StandardCharsets.UTF_8, evidence);
  }

  private static Decoded lenient(byte[] b, int off, int len, Charset cs, String evidence) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(b, off, Math.max(0, len)));
      return new Decoded(out.toString(), cs, evidence, false);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e); // cannot happen with REPLACE
    }
  }
}
