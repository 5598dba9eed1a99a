package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.WordList;

/**
 * Tags a named facility or landmark the tagger left out: a head noun of {@code facility-name-heads.txt}
 * in construct ({@code سد}, {@code نفق}, {@code حي}, also after و/ب/ل/ف) followed by a definite word
 * that no mention touches makes one place ({@code سد X}, {@code حي X}). A construct of a facility
 * noun with a definite word names the facility unless the pair is a common phrase ({@code سد العجز},
 * {@code مخيم اللاجئين}), which {@code facility-common-complements.txt} lists. A person named after a head
 * and a title is the facility's eponym ({@code ستاد الملك X}).
 */
final class FacilityNames {
  private static final Set<String> HEADS = WordList.normalized(FacilityNames.class, "facility-name-heads.txt");
  private static final Set<String> COMMON =
      WordList.normalized(FacilityNames.class, "facility-common-complements.txt");

  /** The adjective {@code الدولي} in matching form, both genders. */
  private static final Set<String> INTERNATIONAL = Set.of("الدولي", "الدوليه");

  private FacilityNames() {}

  /** The mentions plus one place per untagged facility head and name; sorted by start. */
  static List<Mention> apply(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = withEponyms(body, toks, mentions);
    for (int i = 0; i + 1 < toks.size(); i++) {
      Token head = toks.get(i), name = toks.get(i + 1);
      if (!isHead(head, false) || !isName(name) || !body.substring(head.end(), name.start()).isBlank()) continue;
      int s = head.start() + cliticLength(head);
      if (Mention.anyOverlaps(mentions, head.start(), name.end())) continue;
      int last = i + 1;
      // مطار الملك عبدالعزيز: a name the tagger found goes on; half of it would be a place of its own
      if (NameForms.nextWord(body, toks, i + 2) && startsMention(mentions, toks.get(i + 2).start())) continue;
      if (NameForms.nextWord(body, toks, i + 2)) {
        String after = toks.get(i + 2).norm();
        // مطار X الدولي: the adjective belongs to the name; one of origin describes it (سد X الإثيوبي);
        // any other nisba shows a common noun with its adjective (قاعدة السكك الحديدية)
        if (INTERNATIONAL.contains(after)) last = i + 2;
        else if (NameForms.isNisba(after) && !NameHeadsStage.isOriginAdjective(after)) continue;
      }
      if (Mention.anyOverlaps(mentions, s, toks.get(last).end())) continue;
      out.add(new Mention(s, toks.get(last).end(), body.substring(s, toks.get(last).end()), "LOC", null, null));
      i = last;
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return withInternational(body, toks, out);
  }

  /**
   * A person the tagger found right after a facility head and a title ({@code ستاد الملك | X}, {@code جسر
   * الأمير | X}), or with the title inside it, names the facility: the head, the title and the person are
   * one place (the person is the eponym, not a person of the story).
   */
  private static List<Mention> withEponyms(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    int ti = 0;
    for (int k = 0; k < out.size(); k++) {
      Mention m = out.get(k);
      if (!m.type().equals("PER")) continue;
      while (ti < toks.size() && toks.get(ti).start() < m.start()) ti++;
      if (ti >= toks.size() || toks.get(ti).start() != m.start()) continue;
      int h;
      if (RoleStage.isTitle(toks.get(ti).norm()) && NameForms.words(m.text()).size() > 1) h = ti - 1; // head [الملك X]
      else if (ti >= 2 && toks.get(ti - 1).norm().startsWith("ال") && RoleStage.isTitle(toks.get(ti - 1).norm())) h = ti - 2; // head الملك [X]
      else continue;
      if (h < 0 || !isHead(toks.get(h), false)) continue;
      String gap = body.substring(toks.get(h).end(), m.start()).strip();
      if (!gap.equals(h == ti - 1 ? "" : toks.get(ti - 1).text())) continue;
      int s = toks.get(h).start() + cliticLength(toks.get(h));
      if (Mention.anyOverlaps(out, s, m.start())) continue;
      out.set(k, new Mention(s, m.end(), body.substring(s, m.end()), "LOC", null, null));
    }
    return out;
  }

  private static boolean startsMention(List<Mention> mentions, int at) {
    for (Mention m : mentions) if (m.start() == at) return true;
    return false;
  }

  /** A place opening with a facility head takes {@code الدولي} after it ({@code مطار X الدولي}). */
  private static List<Mention> withInternational(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    int ti = 0;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      while (ti < toks.size() && toks.get(ti).end() <= m.end()) ti++;
      boolean extend = m.type().equals("LOC") && ti < toks.size() && toks.get(ti - 1).end() == m.end()
          && NameForms.nextWord(body, toks, ti) && INTERNATIONAL.contains(toks.get(ti).norm())
          && isHead(firstWord(m.text()), true) && (k + 1 >= mentions.size() || mentions.get(k + 1).start() >= toks.get(ti).end());
      out.add(extend ? m.withSpan(m.start(), toks.get(ti).end(), body.substring(m.start(), toks.get(ti).end())) : m);
    }
    return out;
  }

  /** A name of two words or more that opens with a facility head ({@code سد X}): a place, whatever follows it. */
  static boolean opensWithHead(String text) {
    List<Token> w = org.mizan.text.Tokenizer.tokenize(text);
    return w.size() >= 2 && isHead(w.get(0), true);
  }

  private static Token firstWord(String text) {
    return org.mizan.text.Tokenizer.tokenize(text).get(0);
  }

  /** A bare head of the list; {@code anyFacility} also takes the heads of {@code facility-heads.txt}. */
  private static boolean isHead(Token t, boolean anyFacility) {
    if (!t.isArabic() || t.norm().startsWith("ال")) return false;
    for (String v : Clitics.variants(t.norm())) {
      if (HEADS.contains(v) || anyFacility && EntityLexicon.FACILITY_HEADS.containsKey(v)) return true;
    }
    return false;
  }

  /** Length of the proclitics printed before the head ({@code وحي} → 1), 0 for the bare head. */
  private static int cliticLength(Token t) {
    for (String v : Clitics.variants(t.norm())) if (HEADS.contains(v)) return Math.max(0, t.norm().length() - v.length());
    return 0;
  }

  private static boolean isName(Token t) {
    String n = t.norm();
    return t.isArabic() && n.startsWith("ال") && n.length() >= 5 && !EntityLexicon.STOPWORDS.contains(n)
        && !COMMON.contains(n) && !NameForms.isNisba(n);
  }
}
