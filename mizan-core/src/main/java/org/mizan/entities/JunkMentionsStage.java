package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.figures.Months;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.junk}: drops one-word mentions that are not names in any news text: an adjective
 * of nationality standing alone ({@code روسي}, {@code الأمريكيون}: a description, not a person or a
 * place), a month name printed as a date ({@code ونيسان (إبريل)}, {@code 12 حزيران}), and a title
 * or kinship word with a pronoun or plural ending ({@code وقائدين}) that propagation tagged again,
 * and a title or a name's head noun standing alone ({@code أمير}, {@code مدينة}). A
 * nationality word that the document also prints as the last word of a person's name ({@code نبيل
 * العربي} … {@code العربي}) is that person's surname and stays.
 */
public final class JunkMentionsStage implements DocumentStage {
  @Override
  public String name() {
    return "entities.junk";
  }

  @Override
  public Document apply(Document doc) {
    if (doc.mentions().isEmpty()) return doc;
    Set<String> surnames = new HashSet<>();
    for (Mention m : doc.mentions()) {
      List<String> w = NameForms.words(m.text());
      if (m.type().equals("PER") && w.size() >= 2) surnames.add(Clitics.strip(w.get(w.size() - 1)));
    }
    List<Token> toks = Tokenizer.tokenize(doc.body());
    List<Mention> out = new ArrayList<>();
    int ti = 0;
    boolean dropped = false;
    for (Mention m : doc.mentions()) {
      while (ti < toks.size() && toks.get(ti).end() <= m.start()) ti++;
      boolean one = ti < toks.size() && toks.get(ti).start() == m.start() && toks.get(ti).end() == m.end();
      if (one && (isNationality(toks.get(ti).norm(), surnames) || isDateMonth(doc.body(), toks, ti)
          || SpanRulesStage.isInflectedTitle(toks.get(ti).norm(), toks.get(ti).text()) || isBareHead(toks.get(ti).norm()))) {
        dropped = true;
        continue;
      }
      out.add(m);
    }
    return dropped ? doc.withMentions(out) : doc;
  }

  /**
   * A masculine adjective of nationality, singular, dual or plural, clitics allowed, not a surname of
   * the document. Feminine forms are names too often to drop ({@code السعودية} the country,
   * {@code العربية} the channel).
   */
  static boolean isNationality(String norm, Set<String> surnames) {
    String bare = Clitics.strip(norm);
    if (surnames.contains(bare)) return false;
    for (String v : Clitics.variants(norm)) {
      String w = v.startsWith("ال") ? v.substring(2) : v;
      for (String s : new String[] {"", "ين", "ون", "ان"}) {
        if (s.isEmpty() || w.endsWith(s) && w.length() > s.length() + 2) {
          String stem = w.substring(0, w.length() - s.length());
          if (NameForms.isOrigin(stem)) return true;
        }
      }
    }
    return false;
  }

  /**
   * A title alone ({@code أمير}, {@code الأستاذ}), or the head noun of a name without the name
   * ({@code مدينة}, {@code مجموعة}, {@code وجامعة}): a name needs the words after it. A definite head
   * stays ({@code الاتحاد}, {@code المدينة} name a club and a city).
   */
  static boolean isBareHead(String norm) {
    if (RoleStage.isTitle(norm)) return true;
    List<String> variants = Clitics.variants(norm);
    for (String v : variants) if (v.startsWith("ال")) return false;
    for (String v : variants) {
      if (RoleStage.isTitle("ال" + v)) return true;
      if (EntityLexicon.NAME_HEADS.containsKey(v) || EntityLexicon.ORG_HEADS.containsKey(v)
          || EntityLexicon.GROUP_NOUNS.contains(v) || EntityLexicon.FACILITY_HEADS.containsKey(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A month name at token {@code i} printed as a date: beside another month name ({@code نيسان
   * (إبريل)}), a number, or brackets.
   */
  static boolean isDateMonth(String body, List<Token> toks, int i) {
    if (!Months.isMonthAt(toks, i)) return false;
    Token t = toks.get(i);
    String after = body.substring(t.end(), Math.min(body.length(), t.end() + 3)).strip();
    String before = body.substring(Math.max(0, t.start() - 3), t.start()).strip();
    if (after.startsWith("(") || before.endsWith("(") || after.startsWith(")") || before.endsWith(")")) return true;
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= toks.size()) continue;
      if (Months.isMonthAt(toks, j) || Character.isDigit(toks.get(j).text().charAt(0))) return true;
    }
    return false;
  }
}
