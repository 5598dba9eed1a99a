package org.mizan.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * Month names in matching form: Gregorian transliterations (نوفمبر) and Levantine/Iraqi names
 * (تشرين الثاني), one or two words. Names that are also ordinary words (مارس, آب, تموز, نيسان) count
 * as months only with a day, a year, a pair ({@code فبراير/شباط}) or {@code شهر} beside them.
 */
public final class Months {
  /** A month name at a token: its number, its length in tokens, and whether it needs context. */
  record Match(int month, int length, boolean ambiguous) {}

  private static final Map<String, Match> NAMES = new HashMap<>();
  private static final java.util.Set<String> FIRST = new java.util.HashSet<>();

  static {
    for (String line : WordList.lines(Months.class, "months.tsv")) {
      String[] f = line.split("\t");
      int m = Integer.parseInt(f[0]);
      for (String name : f[1].split(",")) {
        boolean amb = name.startsWith("*");
        String norm = ArabicNormalization.normalize(name.replace("*", ""));
        NAMES.put(norm, new Match(m, norm.split(" ").length, amb));
        FIRST.add(norm.split(" ")[0]);
      }
    }
  }

  private Months() {}

  /** The month name starting at token {@code i} (two-word names first), or null. */
  static Match at(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) return null;
    String n = toks.get(i).norm();
    if (!FIRST.contains(n) && (n.length() < 4 || !FIRST.contains(n.substring(1)))) return null; // fast path
    if (i + 1 < toks.size()) {
      Match two = NAMES.get(toks.get(i).norm() + " " + toks.get(i + 1).norm());
      if (two != null) return two;
    }
    Match one = NAMES.get(n);
    if (one == null && n.length() > 3 && (n.startsWith("و") || n.startsWith("ب") || n.startsWith("ل"))) {
      one = NAMES.get(n.substring(1));
    }
    if (one != null && one.length() == 2) return null;
    // آب must be printed with its madda: اب (father) is not a month
    if (one != null && one.month() == 8 && n.equals("اب") && !toks.get(i).text().contains("آ")) return null;
    return one;
  }

  /** True when a month name starts at token {@code i} (ambiguous names such as نيسان included). */
  public static boolean isMonthAt(List<Token> toks, int i) {
    return at(toks, i) != null;
  }

  /** True when a Gregorian, Levantine or Hijri month name ({@code شعبان}) starts at token {@code i}. */
  public static boolean isAnyMonthAt(List<Token> toks, int i) {
    return at(toks, i) != null || HijriMonths.at(toks, i) != null;
  }

  /** True when a month name ends at token {@code i}. */
  static boolean isMonthEndingAt(List<Token> toks, int i) {
    return at(toks, i) != null || (i > 0 && at(toks, i - 1) != null && at(toks, i - 1).length() == 2);
  }
}
