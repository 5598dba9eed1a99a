package org.mizan.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The boilerplate phrase list ({@code boilerplate.tsv}): share/follow/app notices, "read also"
 * markers, tag lines, advertisement markers, navigation and credit labels, each with the reason a
 * matching line is removed.
 */
public final class Phrases {
  /** How a phrase must sit in a line to match. */
  enum Mode { LINE, START, LABEL, END }

  record Phrase(String reason, Mode mode, String key, int words) {}

  private static final List<Phrase> ALL = load();
  /** Phrases matched at a line's start, and those matched at its end. */
  private static final List<Phrase> HEADS = ALL.stream().filter(p -> p.mode() != Mode.END).toList();
  private static final List<Phrase> TAILS = ALL.stream().filter(p -> p.mode() == Mode.END).toList();
  /** The heads by the first character of their key, in the same order: a line's key can only start with those (hot path). */
  private static final java.util.Map<Character, List<Phrase>> HEADS_BY_FIRST = HEADS.stream()
      .collect(java.util.stream.Collectors.groupingBy(p -> p.key().charAt(0), java.util.stream.Collectors.toList()));
  private static final List<Phrase> CREDITS = ALL.stream().filter(p -> p.reason().equals("credit")).toList();
  private static final List<Phrase> READ_ALSO = ALL.stream().filter(p -> p.reason().equals("read-also")).toList();

  private Phrases() {}

  private static List<Phrase> load() {
    List<Phrase> out = new ArrayList<>();
    for (String row : Lines.resource("/org/mizan/clean/boilerplate.tsv")) {
      String[] f = row.split("\t");
      if (f.length != 3) throw new IllegalStateException("bad row in boilerplate.tsv: " + row);
      String key = Lines.key(f[2]);
      if (key.isEmpty()) throw new IllegalStateException("empty phrase in boilerplate.tsv: " + row);
      out.add(new Phrase(f[0], Mode.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), key, key.split(" ").length));
    }
    // longest first, so "اقرأ أيضا على" wins over "اقرأ أيضا"
    out.sort((a, b) -> Integer.compare(b.key().length(), a.key().length()));
    return List.copyOf(out);
  }

  /** The removal reason of a boilerplate line, if it is one. */
  public static Optional<String> reason(String line) {
    // phrases sit at the start of a line: a long line's head is enough (hot path)
    String key = Lines.key(line.length() > 120 ? line.substring(0, 120) : line);
    if (key.isEmpty()) return Optional.empty();
    int words = line.length() > 120 ? Lines.words(line, 13) : spaces(key) + 1; // only "few" matters
    for (Phrase p : HEADS_BY_FIRST.getOrDefault(key.charAt(0), List.of())) {
      if (!key.startsWith(p.key())) continue;
      boolean whole = key.length() == p.key().length();
      boolean boundary = whole || key.charAt(p.key().length()) == ' ';
      switch (p.mode()) {
        case LINE -> {
          if (whole) return Optional.of(p.reason());
        }
        case START -> {
          if (boundary && words - p.words() <= 4 && !Lines.isBody(line)) return Optional.of(p.reason());
        }
        case LABEL -> {
          if (boundary && (p.words() >= 3 || words <= 8 || labelled(line, p.words()))) return Optional.of(p.reason());
        }
      }
    }
    // a call to action closing a short line: "لمتابعة أخبارنا عبر واتساب اضغط هنا"
    if (line.length() <= 120 && words <= 12) {
      for (Phrase p : TAILS) {
        if (key.endsWith(p.key()) && (key.length() == p.key().length()
            || key.charAt(key.length() - p.key().length() - 1) == ' ') && !Lines.isBody(line)) {
          return Optional.of(p.reason());
        }
      }
    }
    // a short line carrying a credit label after a site name: "العربية المصدر: العربية"
    if (words <= 8) {
      for (Phrase p : CREDITS) {
        if (Lines.containsWords(key, p.key()) && line.contains(":")) {
          return Optional.of("credit");
        }
      }
    }
    return Optional.empty();
  }

  private static int spaces(String key) {
    int n = 0;
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
    return n;
  }

  /**
   * True when the line's first {@code n} words are followed by a colon or dash (a label), directly or after a
   * qualifier of one or two words opening with a preposition ({@code رابط الخبر بصحيفة فلان:}).
   */
  private static boolean labelled(String line, int n) {
    var toks = Lines.tokens(line);
    for (int k = n; k <= n + 2 && k <= toks.size(); k++) {
      if (k > n && !QUALIFIER.matcher(toks.get(n).text()).matches()) return false;
      String rest = line.substring(toks.get(k - 1).end()).stripLeading();
      if (rest.startsWith(":") || rest.startsWith("-") || rest.startsWith("–")) return true;
    }
    return false;
  }

  /** The first word of a label's qualifier: a preposition glued or standing alone ({@code بصحيفة}, {@code على}). */
  private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("ب\\p{L}{2,}|في|على|عبر");

  /** True for a "read also" / "related news" marker line. */
  public static boolean isReadAlso(String line) {
    return reason(line).filter("read-also"::equals).isPresent();
  }

  /**
   * Length of a read-also marker glued to the following text without a space
   * ({@code "اقرأ أيضاًالوزير: …"}), in characters of {@code line}; 0 when there is none.
   */
  public static int gluedMarkerLength(String line) {
    String key = Lines.key(line.length() > 40 ? line.substring(0, 40) : line);
    for (Phrase p : READ_ALSO) {
      if (p.words() < 2 || !key.startsWith(p.key())) continue;
      // walk the line until its matching form covers the phrase
      for (int end = 1; end < line.length(); end++) {
        String k = Lines.key(line.substring(0, end));
        if (k.length() > p.key().length()) break;
        // a space before the next word is no glue: "وقد يهمك أيضا:" is a longer marker, not "وقد يهمك" glued on
        if (k.equals(p.key()) && Character.isLetter(line.charAt(end)) && !Character.isWhitespace(line.charAt(end - 1))
            && !org.mizan.text.ArabicNormalization.isMark(line.charAt(end))) {
          return end;
        }
      }
    }
    return 0;
  }
}
