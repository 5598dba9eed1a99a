package org.mizan.figures;

import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * A fuel's grade printed beside its name ({@code البنزين 90}, {@code أوكتان 95 ليصبح}, {@code 95 " اوكتان "}) names
 * the fuel, as a model number does, and counts nothing. A number after the name that a unit or currency follows
 * is a price, not a grade ({@code سعر لتر البنزين 13 جنيها}).
 */
final class FuelGrades {
  private FuelGrades() {}

  private static final Set<String> NAMES = WordList.normalized(FigureExtractor.class, "grade-words.txt");

  /** Whether the number at {@code i} is a fuel grade. */
  static boolean isGrade(String body, List<Token> toks, int i, boolean measuredNext) {
    if (i + 1 < toks.size() && named(toks.get(i + 1).norm())) return true; // 95 أوكتان
    return i > 0 && named(toks.get(i - 1).norm()) && !measuredNext; // البنزين 90، أوكتان 95 ليصبح
  }

  private static boolean named(String norm) {
    return NAMES.contains(norm) || NAMES.contains(Clitics.strip(norm));
  }
}
