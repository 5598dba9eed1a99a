package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Statement;
import org.mizan.text.ArabicNormalization;

/**
 * Folds a speaker's statement whose words run, in order, inside another statement of the same speaker
 * into that one: the words an outlet quotes directly inside its own indirect report ({@code ونود أن ندعم
 * الاقتصاد} in {@code مكافحة الإرهاب تتطلب … "ونود أن ندعم الاقتصاد"}), or a fragment another outlet
 * quotes of the longer statement, were listed as a second statement of the same person.
 */
final class ContainedStatements {
  /** A fragment shorter than this says too little to be matched inside another statement. */
  static final int MIN_WORDS = 3;

  private ContainedStatements() {}

  /** {@code statements} of one speaker, each contained one folded into the longest statement holding it. */
  static List<Statement> fold(List<Statement> statements) {
    List<String> words = statements.stream().map(ContainedStatements::words).toList();
    List<Statement> out = new ArrayList<>(statements);
    boolean[] gone = new boolean[statements.size()];
    for (int i = 0; i < statements.size(); i++) {
      String w = words.get(i);
      if (w.split(" ").length - 1 < MIN_WORDS) continue;
      int into = -1;
      for (int j = 0; j < statements.size(); j++) {
        if (j == i || gone[j] || words.get(j).length() <= w.length() || !words.get(j).contains(w)) continue;
        if (into < 0 || words.get(j).length() > words.get(into).length()) into = j;
      }
      if (into < 0) continue;
      gone[i] = true;
      out.set(into, merged(out.get(into), out.get(i)));
    }
    List<Statement> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) if (!gone[i]) kept.add(out.get(i));
    return kept;
  }

  /** Whether the words of {@code part} run, in order, inside {@code whole}. */
  static boolean within(String part, String whole) {
    return words(whole).contains(words(part));
  }

  /** {@code into} with the contained statement's kinds, citations and outlets added. */
  private static Statement merged(Statement into, Statement part) {
    Set<String> kinds = new LinkedHashSet<>(into.kinds());
    kinds.addAll(part.kinds());
    List<Citation> cites = new ArrayList<>(into.citations());
    for (Citation c : part.citations()) if (!cites.contains(c)) cites.add(c);
    Set<String> outlets = new LinkedHashSet<>();
    for (Citation c : cites) outlets.add(StoryText.outletKey(c.outlet(), c.documentId()));
    return new Statement(into.text(), List.copyOf(kinds), into.medium() != null ? into.medium() : part.medium(),
        outlets.size(), cites);
  }

  /** The statement's normalized words, space-separated with a space at each end. */
  private static String words(Statement s) {
    return words(s.text());
  }

  private static String words(String text) {
    StringBuilder sb = new StringBuilder(" ");
    for (String w : ArabicNormalization.normalize(text).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) sb.append(w).append(' ');
    }
    return sb.toString();
  }
}
