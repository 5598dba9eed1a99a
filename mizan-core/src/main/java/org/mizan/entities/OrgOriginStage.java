package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.org-origin}: an adjective of origin after an organisation's proper name describes
 * it and is no part of it ({@code جامعة X البريطانية}, {@code وكالة X التركية}: the university is
 * {@code جامعة X}); the tagger's span is cut before it. After a definite common word the adjective
 * belongs to the name ({@code وزارة الخارجية الروسية}, {@code الخطوط الجوية الماليزية}, {@code حركة
 * الشباب الصومالية}) and stays.
 */
public final class OrgOriginStage implements DocumentStage {

  @Override
  public String name() {
    return "entities.org-origin";
  }

  @Override
  public Document apply(Document doc) {
    List<Mention> out = null;
    for (int k = 0; k < doc.mentions().size(); k++) {
      Mention m = doc.mentions().get(k);
      if (!m.type().equals("ORG") || m.text().indexOf(' ') < 0) continue;
      Mention cut = withoutOrigin(m);
      if (cut == m) continue;
      if (out == null) out = new ArrayList<>(doc.mentions());
      out.set(k, cut);
    }
    return out == null ? doc : doc.withMentions(out);
  }

  /** The mention without a closing adjective of origin after a proper name, or the mention itself. */
  static Mention withoutOrigin(Mention m) {
    List<Token> w = Tokenizer.tokenize(m.text());
    if (w.size() < 2) return m;
    Token last = w.get(w.size() - 1), prev = w.get(w.size() - 2);
    if (!last.isArabic() || !prev.isArabic() || !NameHeadsStage.isOriginAdjective(last.norm())) return m;
    if (!properName(prev)) return m;
    String gap = m.text().substring(prev.end(), last.start());
    if (!gap.isBlank()) return m;
    return m.withSpan(m.start(), m.start() + prev.end(), m.text().substring(0, prev.end()));
  }

  /**
   * A proper name: no definite common word, head noun or adjective, and a word the gazetteer knows,
   * shaped like a name to the word clusters, or a rare transliteration ({@code بقيادة} is none).
   */
  private static boolean properName(Token t) {
    String n = t.norm();
    if (n.length() < 2 || EntityLexicon.STOPWORDS.contains(n) || NameForms.isNisba(n)) return false;
    for (String v : Clitics.variants(n)) {
      if (v.startsWith("ال") || EntityLexicon.ORG_HEADS.containsKey(v) || EntityLexicon.NAME_HEADS.containsKey(v)) return false;
    }
    NerFeatures lexicon = NerModel.shipped().features();
    return lexicon.gazetteer().containsKey(n) || lexicon.nameLike(n) || RoleStage.isForeignLooking(t);
  }
}
