package org.mizan.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.WordList;

/**
 * Reporting verbs (قال، أضاف، أوضح …) in every inflected form a news text uses. The resource lists
 * one lemma per line (past, present, participle); this class generates the feminine, plural and dual
 * forms, the accusative and feminine participles and the و/ف prefixes, all in matching form.
 */
public final class ReportingVerbs {
  /** What a matched token is. {@code participle} forms (مضيفاً) continue the current speaker. */
  public record Form(String lemma, boolean participle) {}

  private static final ReportingVerbs DEFAULT = new ReportingVerbs(WordList.lines(ReportingVerbs.class,
      "reporting-verbs.tsv"));

  private final Map<String, Form> forms = new HashMap<>();

  ReportingVerbs(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t");
      String past = ArabicNormalization.normalize(f[0]);
      Form verb = new Form(past, false);
      addWithPrefixes(past, verb);
      for (String suffix : new String[] {"ت", "وا", "ا", "تا"}) addWithPrefixes(past + suffix, verb);
      if (f.length > 1 && !f[1].equals("-")) {
        String present = ArabicNormalization.normalize(f[1]);
        addWithPrefixes(present, verb);
        addWithPrefixes(present + "ون", verb);
        addWithPrefixes(present + "ان", verb);
        if (present.startsWith("ي")) addWithPrefixes("ت" + present.substring(1), verb);
      }
      if (f.length > 2 && !f[2].equals("-")) {
        String part = ArabicNormalization.normalize(f[2]);
        Form p = new Form(past, true);
        for (String suffix : new String[] {"", "ا", "ه", "ين", "ون"}) addWithPrefixes(part + suffix, p);
      }
      if (f.length > 3) {
        for (String extra : f[3].split(",")) {
          String e = ArabicNormalization.normalize(extra.strip());
          // participles (مبينا، نافيا) and the verbal noun (بالقول، بقوله) continue the current speaker
          boolean continues = e.startsWith("م") || e.endsWith("يا") && !e.startsWith("ي") || e.startsWith("ب")
              || e.startsWith("ال");
          addWithPrefixes(e, new Form(past, continues));
        }
      }
    }
  }

  /** The shared instance built from {@code reporting-verbs.tsv}. */
  public static ReportingVerbs standard() {
    return DEFAULT;
  }

  private void addWithPrefixes(String form, Form what) {
    forms.putIfAbsent(form, what);
    forms.putIfAbsent("و" + form, what);
    forms.putIfAbsent("ف" + form, what);
  }

  /** The reporting verb a token in matching form is, or null. */
  public Form lookup(String norm) {
    return forms.get(norm);
  }

  /** Number of generated forms (for tests and docs). */
  public int size() {
    return forms.size();
  }
}
