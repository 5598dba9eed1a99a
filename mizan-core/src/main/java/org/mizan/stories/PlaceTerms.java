package org.mizan.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.text.ArabicNormalization;

/**
 * An article's place names as clustering terms, and a vector without them: what an article shares
 * with a story beyond where it happened (see {@link JoinEvidence#placeOnly}). Split out of
 * {@link StoryClusterer}; the terms are the same.
 */
final class PlaceTerms {
  private PlaceTerms() {}

  /**
   * The clustering terms of the article's place names: each place mention's entity term and the
   * words of its name ("الباحة", "حائل"). A story matched on these alone is a place, not an event.
   */
  static Set<String> of(Document d) {
    Set<String> out = new java.util.HashSet<>();
    // "بمنطقة الجوف", "محافظة العلا": the word after region or governorate names a place, tagged or not
    // (the tagger misses many provinces, and a short article may have only its headline)
    String lead = d.paragraphs().isEmpty() ? "" : d.paragraphs().get(0).text();
    List<org.mizan.text.Token> toks = org.mizan.text.Tokenizer.tokenize((d.headline() == null ? "" : d.headline()) + "\n" + lead);
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (!regionNoun(toks.get(i).norm()) || toks.get(i + 1).isNumber()) continue;
      String term = StoryFeatures.term(toks.get(i + 1));
      if (term != null) out.add(term);
    }
    for (org.mizan.entities.Mention m : d.mentions()) {
      if (!"LOC".equals(m.type())) continue;
      out.add("e:" + (m.entityId() != null ? m.entityId() : ArabicNormalization.normalize(m.text())));
      for (org.mizan.text.Token t : org.mizan.text.Tokenizer.tokenize(m.text())) {
        String term = StoryFeatures.term(t);
        if (term != null && !t.isNumber()) out.add(term);
      }
    }
    return out;
  }

  /** Nouns of administrative areas whose next word is the area's name (region, governorate). */
  private static final List<String> REGION_NOUNS = List.of(ArabicNormalization.normalize("منطقة"),
      ArabicNormalization.normalize("محافظة"));

  /** A region noun, bare or after up to two proclitic letters ("بمنطقة", "وبمحافظة"). */
  static boolean regionNoun(String norm) {
    for (String r : REGION_NOUNS) if (norm.endsWith(r) && norm.length() <= r.length() + 2) return true;
    return false;
  }

  /** The vector without {@code terms} (not renormalised: its cosine is the share of the full match); itself when none is in it. */
  static Map<String, Float> without(Map<String, Float> v, Set<String> terms) {
    boolean any = false;
    for (String t : terms) if (v.containsKey(t)) { any = true; break; }
    if (!any) return v;
    Map<String, Float> out = new HashMap<>(v);
    out.keySet().removeAll(terms);
    return out;
  }
}
