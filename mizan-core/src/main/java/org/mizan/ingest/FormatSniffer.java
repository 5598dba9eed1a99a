package org.mizan.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an input's format from its first bytes, never from its name: magic numbers for containers
 * and binaries, then the shape of the decoded text (markup, feed roots, JSON, prose).
 */
public final class FormatSniffer {
  /** How many leading bytes are looked at. */
  public static final int HEAD = 8192;

  private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_MARK = Pattern.compile(
      "<(!doctype\\s+html|html|head|body|meta|title|div|p|article|section|br|span|h[1-6]|table|script)[\\s>/]",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHARSET = Pattern.compile(
      "(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);

  private FormatSniffer() {}

  /** The verdict: a format, and for binaries a short description (e.g. {@code "a PNG image"}). */
  public record Sniffed(Format format, String what) {}

  public static Sniffed sniff(byte[] head, int n) {
    if (n == 0) return new Sniffed(Format.EMPTY, "empty");
    String binary = magic(head, n);
    if (binary != null) {
      return switch (binary) {
        case "zip" -> new Sniffed(Format.ZIP, "zip archive");
        case "gzip" -> new Sniffed(Format.GZIP, "gzip stream");
        default -> new Sniffed(Format.BINARY, binary);
      };
    }
    if (startsWith(head, n, "WARC/")) return new Sniffed(Format.WARC, "WARC");
    // the shape of the text shows in its first 2 KB; decoding all 8 KB would cost more than the rest
    EncodingDetector.Decoded d = EncodingDetector.decode(head, Math.min(n, 2048), declaredCharset(head, n));
    String text = d.text();
    if (looksBinary(text)) return new Sniffed(Format.BINARY, "binary data");
    int start = 0;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) start++;
    if (start == text.length()) return new Sniffed(Format.EMPTY, "only white space");
    String t = start == 0 ? text : text.substring(start);
    char c = t.charAt(0);
    if (c == '[') return new Sniffed(Format.JSON, "JSON array");
    if (c == '{') return new Sniffed(firstLineIsObject(t) ? Format.JSONL : Format.JSON, "JSON");
    if (c == '<' && FEED_ROOT.matcher(t).find() && !t.toLowerCase(Locale.ROOT).contains("<html")) {
      return new Sniffed(Format.RSS, "feed");
    }
    Matcher m = HTML_MARK.matcher(t);
    if (c == '<' && m.find()) return new Sniffed(Format.HTML, "HTML");
    int tags = 0;
    m.reset();
    while (m.find() && tags < 3) tags++;
    if (tags >= 3) return new Sniffed(Format.HTML, "HTML");
    return new Sniffed(Format.TEXT, "text");
  }

  /** A charset named in the first bytes: {@code <meta charset>}, {@code http-equiv}, XML prolog. */
  public static String declaredCharset(byte[] head, int n) {
    String ascii = new String(head, 0, Math.min(n, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(ascii);
    return m.find() ? m.group(1) : null;
  }

  /**
   * A JSONL file's first line is a whole object; a pretty-printed JSON document's is not. A first
   * line that runs past the sniffed text (a long article on one line) and opens with a key is JSONL
   * too (a one-line JSON document reads the same either way).
   */
  private static boolean firstLineIsObject(String t) {
    int nl = t.indexOf('\n');
    String first = (nl < 0 ? t : t.substring(0, nl)).strip();
    if (nl < 0) return first.matches("(?s)\\{\\s*\".*");
    return first.length() > 1 && first.endsWith("}");
  }

  /** Text with NULs or many control characters is not prose in any encoding we read. */
  private static boolean looksBinary(String s) {
    int bad = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) return true;
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') bad++;
    }
    return bad > 8 && bad * 20 > s.length();
  }

  private static String magic(byte[] b, int n) {
    if (n >= 4 && (b[0] & 0xFF) == 'P' && (b[1] & 0xFF) == 'K' && b[2] == 3 && b[3] == 4) return "zip";
    if (n >= 4 && (b[0] & 0xFF) == 'P' && (b[1] & 0xFF) == 'K' && b[2] == 5 && b[3] == 6) return "zip";
    if (n >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return "gzip";
    if (n >= 8 && (b[0] & 0xFF) == 0x89 && startsWith(b, n, 1, "PNG")) return "a PNG image";
    if (n >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "a JPEG image";
    if (startsWith(b, n, "GIF87a") || startsWith(b, n, "GIF89a")) return "a GIF image";
    if (startsWith(b, n, "RIFF") && startsWith(b, n, 8, "WEBP")) return "a WebP image";
    if (startsWith(b, n, "BM") && n > 14 && b[6] == 0 && b[7] == 0) return "a BMP image";
    if (startsWith(b, n, "II*\0") || startsWith(b, n, "MM\0*")) return "a TIFF image";
    if (startsWith(b, n, "%PDF")) return "a PDF document";
    if (n >= 4 && (b[0] & 0xFF) == 0x7F && startsWith(b, n, 1, "ELF")) return "an executable";
    if (n >= 4 && (b[0] & 0xFF) == 0xCA && (b[1] & 0xFF) == 0xFE && (b[2] & 0xFF) == 0xBA) return "a Java class file";
    if (startsWith(b, n, "7z") && n > 2 && (b[2] & 0xFF) == 0xBC) return "a 7-zip archive";
    if (startsWith(b, n, "BZh")) return "a bzip2 stream (decompress it first)";
    if (n >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11) return "an Office document";
    return null;
  }

  private static boolean startsWith(byte[] b, int n, String s) {
    return startsWith(b, n, 0, s);
  }

  private static boolean startsWith(byte[] b, int n, int at, String s) {
    if (n < at + s.length()) return false;
    for (int i = 0; i < s.length(); i++) if ((b[at + i] & 0xFF) != s.charAt(i)) return false;
    return true;
  }
}
