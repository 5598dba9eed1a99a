package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.lexicon}: well-known names the tagger misses ({@code تنظيم الدولة الإسلامية},
 * {@code الأمم المتحدة} after an unusual word) are tagged wherever they are printed, clitics allowed
 * on the first word ({@code لتنظيم الدولة الإسلامية}, {@code وموسكو}). The names are the aliases of
 * {@code aliases.txt} that carry a type and the countries and cities of {@code places.txt}; the longest one wins, and a span a mention already touches
 * is left alone; shorter mentions wholly inside the name (the tagger's cut spans) give way to it.
 */
public final class LexiconNamesStage implements DocumentStage {
  private static final int MAX_WORDS = 6;
  /** First words of the typed aliases: most tokens start none, and are skipped after one lookup. */
  private static final java.util.Set<String> FIRST_WORDS = firstWords();

  private static java.util.Set<String> firstWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String k : EntityLexicon.TAGGED_NAMES.keySet()) out.add(k.split(" ")[0]);
    return java.util.Set.copyOf(out);
  }

  @Override
  public String name() {
    return "entities.lexicon";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> out = new ArrayList<>(doc.mentions());
    boolean added = false;
    for (int i = 0; i < toks.size(); i++) {
      if (!PropagateStage.startsAny(toks.get(i).norm(), FIRST_WORDS)) continue;
      for (int len = Math.min(MAX_WORDS, toks.size() - i); len >= 1; len--) {
        String key = PropagateStage.match(toks, i, len, EntityLexicon.TAGGED_NAMES, body);
        if (key == null || articleDropped(toks.get(i).norm(), key)) continue;
        String type = EntityLexicon.TAGGED_NAMES.get(key);
        int s = toks.get(i).start();
        int e = toks.get(i + len - 1).end();
        if (crossed(out, s, e)) {
          added |= retyped(out, s, e, key, type);
          break;
        }
        out.removeIf(m -> m.overlaps(s, e)); // a cut tag inside the name (حلف شمال | الأطلسي)
        out.add(new Mention(s, e, body.substring(s, e), type, null, null));
        added = true;
        i += len - 1;
        break;
      }
    }
    if (!added) return doc;
    out.sort(Comparator.comparingInt(Mention::start));
    return doc.withMentions(out);
  }

  /**
   * The printed word carries an article the place's name has not ({@code السيول}, the floods, is not
   * {@code سيول}; {@code التشيلي} is an adjective): only proclitics may come before a listed place.
   */
  static boolean articleDropped(String printedFirst, String key) {
    if (EntityLexicon.ALIAS_TYPES.containsKey(key)) return false; // an alias may drop it: الحلف الأطلسي
    String first = key.split(" ")[0];
    return !first.startsWith("ال") && printedFirst.endsWith("ال" + first);
  }

  /**
   * A mention of exactly the listed name keeps its span but takes the list's type where the tagger's
   * type cannot be right: a typed alias means nothing else ({@code فيسبوك} typed MISC is the company),
   * a listed place typed MISC is the place.
   */
  private static boolean retyped(List<Mention> mentions, int s, int e, String key, String type) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.start() != s || m.end() != e || m.type().equals(type)) continue;
      if (!m.type().equals("MISC") && !EntityLexicon.ALIAS_TYPES.containsKey(key)) return false;
      mentions.set(k, new Mention(m.start(), m.end(), m.text(), type, m.entityId(), m.role(), m.canonical()));
      return true;
    }
    return false;
  }

  /** A mention overlaps the span without lying strictly inside it (a mention of the same span is left as it is). */
  private static boolean crossed(List<Mention> mentions, int s, int e) {
    for (Mention m : mentions) {
      if (m.overlaps(s, e) && (m.start() <= s && m.end() >= e || m.start() < s || m.end() > e)) return true;
    }
    return false;
  }
}
