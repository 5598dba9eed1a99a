package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.heads}: a foreign person found by the surname alone (tagged or propagated) gets the given name
 * printed before it. News introduces a foreigner by nationality, then given name and surname
 * ({@code الكرواتي} | X | [Y]): the word between a definite adjective of origin and a one-word person
 * is the given name when it is shaped like a name (a given name the gazetteer knows, or a rare word
 * that is no verb, title or function word) and no mention touches it. Once the document has shown
 * {@code X Y} so, every other {@code X} | [Y] (also {@code وX}) is the same full name: a surname alone
 * would otherwise link to another person of the family printed with another given name.
 */
public final class NameHeadsStage implements DocumentStage {

  @Override
  public String name() {
    return "entities.heads";
  }

  @Override
  public Document apply(Document doc) {
    if (doc.mentions().isEmpty()) return doc;
    String body = doc.body();
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    List<Token> toks = null;
    Set<String> pairs = new HashSet<>(); // "given\tsurname" shown after an adjective of origin
    List<int[]> candidates = new ArrayList<>(); // mention index, token index of the word before
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("PER") || m.text().indexOf(' ') >= 0) continue;
      if (toks == null) toks = Tokenizer.tokenize(body);
      int ti = tokenAt(toks, m.start());
      if (ti < 1 || toks.get(ti).end() != m.end() || !NameForms.nextWord(body, toks, ti)) continue;
      Token given = toks.get(ti - 1);
      if (Mention.anyOverlaps(mentions, given.start(), given.end()) || !givenShaped(given)) continue;
      candidates.add(new int[] {k, ti - 1});
      if (ti >= 2 && NameForms.nextWord(body, toks, ti - 1) && isOriginAdjective(toks.get(ti - 2).norm())) {
        pairs.add(given.norm() + "\t" + toks.get(ti).norm());
      }
    }
    if (pairs.isEmpty()) return doc;
    boolean changed = false;
    for (int[] c : candidates) {
      Mention m = mentions.get(c[0]);
      Token given = toks.get(c[1]);
      String g = given.norm();
      String surname = toks.get(c[1] + 1).norm();
      boolean shown = pairs.contains(g + "\t" + surname)
          || g.length() > 3 && g.charAt(0) == 'و' && pairs.contains(g.substring(1) + "\t" + surname);
      if (!shown) continue;
      mentions.set(c[0], m.withSpan(given.start(), m.end(), body.substring(given.start(), m.end())));
      changed = true;
    }
    return changed ? doc.withMentions(mentions) : doc;
  }

  private static int tokenAt(List<Token> toks, int start) {
    int lo = 0, hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < toks.size() && toks.get(lo).start() == start ? lo : -1;
  }

  /** Adjectives of the nationality list that name no origin (scope, time, status). */
  private static final Set<String> NO_ORIGIN = Set.of("محلي", "اقليمي", "رسمي", "سابق", "حالي", "جديد", "اممي");

  /** A definite adjective of origin, either gender ({@code الكرواتي}, {@code البريطانية}). */
  static boolean isOriginAdjective(String norm) {
    if (!norm.startsWith("ال")) return false;
    String bare = norm.substring(2);
    if (bare.endsWith("ه")) bare = bare.substring(0, bare.length() - 1);
    return NameForms.isOrigin(bare) && !NO_ORIGIN.contains(bare);
  }

  /** A word that may be a given name: one the gazetteer knows, or a rare name-shaped word. */
  private static boolean givenShaped(Token t) {
    String n = t.norm();
    if (!t.isArabic() || n.length() < 3 || n.startsWith("ال") || EntityLexicon.STOPWORDS.contains(n)
        || RoleStage.isTitle(n) || RoleStage.isRoleWord(n) || org.mizan.text.VerbForms.isVerb(n)
        || SpanRulesStage.isReportingVerb(n)) {
      return false;
    }
    if (NerModel.shipped().features().isPersonWord(n)) return true;
    if (NameForms.isNisba(n)) return false;
    if (RoleStage.isForeignLooking(t)) return true;
    // with و: the bare word (وتوميسلاف)
    return n.length() > 4 && n.charAt(0) == 'و' && RoleStage.isForeignLooking(Tokenizer.tokenize(t.text().substring(1)).get(0));
  }
}
