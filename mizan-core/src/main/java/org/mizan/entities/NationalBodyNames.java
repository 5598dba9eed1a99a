package org.mizan.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * A country's body named by a definite noun and the country's adjective ({@code الرئاسة المصرية},
 * {@code الخارجية الألمانية}, {@code القناة 12 العبرية}): a head of {@code national-body-heads.txt}
 * followed by an adjective of origin of the head's gender (a channel's number may stand between) is one
 * organisation. The gender keeps a title's adjective out: in {@code وزير الخارجية المصري} the adjective
 * describes the minister, and no body is named.
 */
final class NationalBodyNames {
  private static final Map<String, Boolean> HEADS = new HashMap<>(); // head -> feminine
  private static final Set<String> EXTRA = new HashSet<>(); // language adjectives (عبري)
  private static final Map<String, String> FULL = new HashMap<>(); // الخارجيه -> وزارة

  static {
    for (String line : EntityLexicon.lines("national-body-heads.txt")) {
      if (line.startsWith("=")) {
        EXTRA.add(ArabicNormalization.normalize(line.substring(1).strip()));
        continue;
      }
      String[] c = line.split("\t");
      HEADS.put(ArabicNormalization.normalize(c[0].strip()), c.length > 1 && c[1].strip().equals("f"));
      if (c.length > 2) FULL.put(ArabicNormalization.normalize(c[0].strip()), c[2].strip());
    }
  }

  private static final String[] CORES = HeadSuffixes.cores(HEADS.keySet());

  private NationalBodyNames() {}

  /** Adds each such body as an ORG mention over what the tagger put there (no person); whether any was added. */
  static boolean apply(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    for (int i = 0; i + 1 < toks.size(); i++) {
      Boolean feminine = head(toks.get(i).norm());
      if (feminine == null) continue;
      // after a definite noun the head is its adjective (الموجودات الخارجية الخليجية: "Gulf external assets")
      if (NameForms.nextWord(body, toks, i) && toks.get(i - 1).norm().startsWith("ال")
          && toks.get(i).norm().startsWith("ال")) {
        continue;
      }
      int j = i + 1;
      if (j + 1 < toks.size() && toks.get(j).text().chars().allMatch(Character::isDigit) && NameForms.nextWord(body, toks, j + 1)) {
        j++;
      } else if (!NameForms.nextWord(body, toks, j)) {
        continue;
      }
      if (!origin(toks.get(j).norm(), feminine)) continue;
      Token h = toks.get(i);
      int s = h.start() + cliticChars(h), e = toks.get(j).end();
      if (Mention.anyOverlaps(mentions.stream().filter(m -> m.type().equals("PER")).toList(), s, e)) continue;
      if (mentions.stream().anyMatch(m -> m.type().equals("ORG") && m.start() <= s && m.end() >= e)) continue;
      mentions.removeIf(m -> m.overlaps(s, e));
      mentions.add(new Mention(s, e, body.substring(s, e), "ORG", null, null));
      changed = true;
      i = j;
    }
    return changed;
  }

  /** The head's gender if the word is a listed head, after proclitics ({@code وللخارجية}); else null. */
  private static Boolean head(String norm) {
    if (!HeadSuffixes.mayEnd(norm, CORES)) return null; // cheap test first: most words end in no head
    for (String v : Clitics.variants(norm)) if (HEADS.containsKey(v)) return HEADS.get(v);
    return null;
  }

  /** A definite adjective of origin of that gender ({@code المصرية}; {@code السوري} for a masculine head). */
  private static boolean origin(String norm, boolean feminine) {
    if (!norm.startsWith("ال")) return false;
    String bare = norm.substring(2);
    if (feminine != bare.endsWith("ه")) return false;
    if (feminine) bare = bare.substring(0, bare.length() - 1);
    return NameForms.isOrigin(bare) || EXTRA.contains(bare);
  }

  /**
   * Characters of the proclitics printed before the head's article ({@code وبالخارجية}: two); before
   * {@code لل} (the article's alef not printed) the ل stays in the span, and resolution reads it.
   */
  private static int cliticChars(Token t) {
    String text = t.text();
    int k = 0;
    if (k < text.length() && "وف".indexOf(text.charAt(k)) >= 0 && !text.startsWith("ال", k)) k++;
    if (text.startsWith("لل", k)) return k;
    if (k < text.length() && "بلك".indexOf(text.charAt(k)) >= 0 && text.startsWith("ال", k + 1)) k++;
    return text.startsWith("ال", k) ? k : 0;
  }

  /**
   * The full name of a ministry named by its portfolio and country ({@code الخارجية القطرية} → {@code وزارة
   * الخارجية القطرية}), for linking the two; null for any other name.
   */
  static String fullName(String name) {
    List<String> w = NameForms.words(name);
    if (w.size() != 2 || !FULL.containsKey(w.get(0)) || !origin(w.get(1), true)) return null;
    return FULL.get(w.get(0)) + " " + name.strip();
  }
}
