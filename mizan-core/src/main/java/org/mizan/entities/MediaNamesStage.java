package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.media}: an outlet named after a media noun ({@code وكالة فرانس برس}, {@code صحيفة
 * نيويورك تايمز}, {@code قناة فوكس نيوز}) is the name after the noun: outlets print the noun or leave it
 * out, and both must give one entity. The noun stays when it is part of the name: before a definite
 * word or a generic noun ({@code وكالة الأنباء السعودية}, {@code وكالة أنباء فارس}), before a place
 * alone ({@code تلفزيون دبي}), before one word that is also a given name ({@code وكالة فارس}), or when
 * an adjective closes the name ({@code إذاعة فرنسا الدولية}).
 */
public final class MediaNamesStage implements DocumentStage {
  /** Media nouns, indefinite, in matching form (شبكة is left out: it also heads armed groups' names). */
  private static final Set<String> MEDIA_NOUNS = Set.of("وكاله", "صحيفه", "جريده", "مجله", "قناه", "تلفزيون",
      "اذاعه", "موقع");
  /** Generic nouns that make the media noun part of the name (وكالة أنباء X). */
  private static final Set<String> GENERIC = Set.of("انباء", "اخبار", "صحافه", "اعلام", "تلفزيون", "اذاعه");

  @Override
  public String name() {
    return "entities.media";
  }

  @Override
  public Document apply(Document doc) {
    List<Mention> out = null;
    for (int k = 0; k < doc.mentions().size(); k++) {
      Mention m = doc.mentions().get(k);
      Mention named = m.type().equals("ORG") ? outletName(m) : null;
      if (named == null) continue;
      if (out == null) out = new ArrayList<>(doc.mentions());
      out.set(k, named);
    }
    return out == null ? doc : doc.withMentions(out);
  }

  /** The mention without its leading media noun, or null when the noun is part of the name. */
  static Mention outletName(Mention m) {
    List<Token> w = Tokenizer.tokenize(m.text());
    if (w.size() < 2 || !w.get(0).isArabic() || !isMediaNoun(w.get(0).norm())) return null;
    String next = w.get(1).norm();
    String last = w.get(w.size() - 1).norm();
    if (!w.get(1).isArabic() || next.startsWith("ال") || GENERIC.contains(next) || next.length() < 2) return null;
    if (w.size() > 2 && NameForms.isNisba(last) && last.startsWith("ال")) return null;
    // a one-word name that is also a given name (وكالة فارس) keeps the noun: alone it would join a person
    if (w.size() == 2 && NerModel.shipped().features().isPersonWord(next)) return null;
    String rest = m.text().substring(w.get(1).start());
    if ("LOC".equals(EntityLexicon.TAGGED_NAMES.get(NameForms.key(rest)))) return null;
    int s = m.start() + w.get(1).start();
    return m.withSpan(s, m.end(), rest);
  }

  private static boolean isMediaNoun(String norm) {
    for (String v : Clitics.variants(norm)) if (MEDIA_NOUNS.contains(v)) return true;
    return false;
  }
}
