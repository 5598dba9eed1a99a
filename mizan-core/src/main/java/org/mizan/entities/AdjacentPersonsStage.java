package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code entities.adjacent-persons}: two person mentions one space apart are one person's name
 * the tagger or a rule cut in two ({@code [خالد] [العطية]}, {@code [ستيفان] [دي ميستورا]}): Arabic
 * lists part two people with و or a comma, never a bare space. Over whole days of news the same
 * full name is one mention in most articles and two halves in a few, so the halves are joined when
 * one of them is a single word and the second does not open with و (then it is the next person).
 * A one-word half that is an adjective of origin ({@code السعودي عادل الجبير}) or a verb
 * ({@code يؤديان}) is no part of the name, and after a relational title ({@code صهر}) the first
 * name is the relative's.
 * Runs after {@code entities.junk}, so a lone adjective typed person is gone before.
 */
public final class AdjacentPersonsStage implements DocumentStage {
  private static final int MAX_WORDS = 5;

  @Override
  public String name() {
    return "entities.adjacent-persons";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Mention> ms = doc.mentions();
    List<Mention> out = new ArrayList<>(ms.size());
    KnownNames known = new KnownNames(ms);
    boolean changed = false;
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      while (i + 1 < ms.size() && joins(body, m, ms.get(i + 1)) && known.allows(m, ms.get(i + 1)) && !afterRelationalTitle(body, m)) {
        Mention n = ms.get(++i);
        m = new Mention(m.start(), n.end(), body.substring(m.start(), n.end()), "PER", null,
            m.role() != null ? m.role() : n.role());
        changed = true;
      }
      out.add(m);
    }
    return changed ? doc.withMentions(out) : doc;
  }

  private static boolean joins(String body, Mention a, Mention b) {
    if (!a.type().equals("PER") || !b.type().equals("PER") || a.end() >= b.start()
        || !body.substring(a.end(), b.start()).equals(" ") || b.text().startsWith("و")) {
      return false;
    }
    List<String> wa = NameForms.words(a.text()), wb = NameForms.words(b.text());
    if (wa.size() == 1 && notAName(wa.get(0)) || wb.size() == 1 && notAName(wb.get(0))) return false;
    return Math.min(wa.size(), wb.size()) == 1 && wa.size() + wb.size() <= MAX_WORDS;
  }

  /**
   * The article's full names (person mentions of two words or more). A one-word half that opens or closes another
   * full name is that other person's ({@code [مارادونا] [ميسي]} beside {@code ليونيل ميسي}: a list of surnames), so
   * the halves stay apart, unless the joined name holds that full name ({@code [سامر عادل] [القيسي]} beside
   * {@code سامر القيسي}); so is a one-word half after the dative ل ({@code [ماهر] [لهارون]} beside {@code هارون
   * الزبيدي}). Only the article is seen: a full name printed in another article of the run does not part
   * the halves ({@code [بينيتيز] [راموس]}).
   */
  private static final class KnownNames {
    private final List<List<String>> full = new ArrayList<>();

    KnownNames(List<Mention> ms) {
      for (Mention m : ms) {
        List<String> w = NameForms.words(m.text());
        if (m.type().equals("PER") && w.size() >= 2) full.add(w);
      }
    }

    boolean allows(Mention a, Mention b) {
      List<String> wa = NameForms.words(a.text()), wb = NameForms.words(b.text());
      List<String> joined = new ArrayList<>(wa);
      joined.addAll(wb);
      return !(wa.size() == 1 && anotherOwns(wa.get(0), joined) || wb.size() == 1 && anotherOwns(wb.get(0), joined));
    }

    /** Whether a full name opening or closing with {@code word} is not contained in {@code joined}. */
    private boolean anotherOwns(String word, List<String> joined) {
      // (after the dative ل the word is still that person's: يسلم X لـY الرسالة, "to Y")
      String dative = NameForms.dativeRest(word) != null ? NameForms.dativeRest(word) : word;
      for (List<String> f : full) {
        boolean end = f.get(0).equals(word) || f.get(f.size() - 1).equals(word)
            || f.get(0).equals(dative) || f.get(f.size() - 1).equals(dative);
        if (end && !joined.containsAll(f)) return true;
      }
      return false;
    }
  }

  /**
   * Whether a kinship or relational title stands in the three words before {@code m} ({@code صهر
   * الوزير سامر [الحلبي] [نادر القيسي]}): the name after it is the relative's, the next one another person.
   */
  private static boolean afterRelationalTitle(String body, Mention m) {
    List<org.mizan.text.Token> before = org.mizan.text.Tokenizer.tokenize(body.substring(Math.max(0, m.start() - 60), m.start()));
    for (int k = before.size() - 1; k >= Math.max(0, before.size() - 3); k--) {
      if (EntityLexicon.RELATIONAL_TITLES.contains(before.get(k).norm())) return true;
    }
    return false;
  }

  /**
   * An adjective of origin, masculine or feminine, clitics allowed ({@code والسعودي}, {@code الأمريكية}),
   * or a finite verb ({@code يؤديان}): a word the tagger typed person beside a name it describes or
   * governs.
   */
  private static boolean notAName(String norm) {
    if (org.mizan.text.VerbForms.isVerb(norm)) return true;
    String w = org.mizan.text.Clitics.strip(norm);
    if (w.endsWith("ه")) w = w.substring(0, w.length() - 1);
    return EntityLexicon.NATIONALITIES.contains(w) || NameForms.isOrigin(w);
  }
}
