package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.place-frames}: places the tagger never tags, found by the words around them. A word
 * shaped like a name ({@link RoleStage#isForeignLooking}, or too rare to have a word cluster) is a
 * place after a head noun of towns and regions ({@code مدينة X}, {@code بلدة X}, {@code ولاية X}), or
 * after a preposition and before a feminine adjective of origin ({@code في X السويسرية}: the adjective
 * agrees with the unnamed {@code مدينة}). A second such word joins the first where the phrase ends
 * ({@code مدينة X Y،}).
 * Words a mention already covers, and words the gazetteer knows as a person's name, are left alone.
 */
public final class PlaceFramesStage implements DocumentStage {
  /** Head nouns of towns and regions, in matching form, without article (العاصمة is read with it). */
  private static final Set<String> HEADS = Set.of("مدينه", "بلده", "قريه", "محافظه", "ولايه", "اقليم", "مقاطعه",
      "جزيره", "عاصمه");
  /** Adjectives in the nationality list that name no country (في X المحلية is no place frame). */
  private static final Set<String> NOT_ORIGIN = Set.of("دولي", "اممي", "محلي", "اقليمي", "رسمي", "سابق", "حالي", "جديد",
      "عربي", "خليجي", "اوروبي", "افريقي");
  private static final Set<String> PREPOSITIONS = Set.of("في", "من", "الي", "الى", "نحو");
  private final NerFeatures lexicon;

  public PlaceFramesStage() {
    this(NerModel.shipped().features());
  }

  public PlaceFramesStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.place-frames";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> found = new ArrayList<>();
    for (int i = 1; i < toks.size(); i++) {
      Token prev = toks.get(i - 1);
      // the cheap test first: most words follow neither a head nor a preposition
      if (!PREPOSITIONS.contains(prev.norm()) && !isHead(prev)) continue;
      if (!NameForms.nextWord(body, toks, i) || !candidate(toks.get(i), doc.mentions())) continue;
      int end = i + 1;
      if (isHead(prev)) {
        // a second word joins only where the phrase ends (بلدة X Y،): before more words it may be a verb (مدينة X لقيا حتفهما)
        if (end < toks.size() && NameForms.nextWord(body, toks, end) && candidate(toks.get(end), doc.mentions())
            && !NameForms.nextWord(body, toks, end + 1)) {
          end++;
        }
      } else if (!(PREPOSITIONS.contains(prev.norm()) && end < toks.size() && NameForms.nextWord(body, toks, end)
          && isFeminineOrigin(toks.get(end).norm()))) {
        continue;
      }
      int s = toks.get(i).start();
      int e = toks.get(end - 1).end();
      found.add(new Mention(s, e, body.substring(s, e), "LOC", null, null));
      i = end - 1;
    }
    if (found.isEmpty()) return doc;
    List<Mention> out = new ArrayList<>(doc.mentions());
    out.addAll(found);
    out.sort(Comparator.comparingInt(Mention::start));
    return doc.withMentions(out);
  }

  private boolean candidate(Token t, List<Mention> mentions) {
    if (Mention.anyOverlaps(mentions, t.start(), t.end()) || lexicon.isPersonWord(t.norm())) return false;
    // an active participle (متماسك، مستقل) describes the place; it does not name it
    if (t.norm().length() >= 5 && (t.norm().startsWith("مت") || t.norm().startsWith("مست"))) return false;
    if (RoleStage.isForeignLooking(t)) return true;
    if (!t.isArabic() || t.norm().length() < 3 || !RoleStage.couldBeName(t)) return false;
    // too rare for a word cluster, in every reading without proclitics (ليتمكن is ل + a verb the clusters know)
    for (String v : Clitics.variants(t.norm())) {
      if (v.startsWith("ال") || lexicon.clusters().containsKey(v) || EntityLexicon.STOPWORDS.contains(v)) return false;
    }
    return true;
  }

  private static boolean isHead(Token t) {
    String norm = t.norm();
    if (norm.length() < 4 || norm.charAt(norm.length() - 1) != 'ه' && !norm.endsWith("اقليم")) return false; // cheap
    // بلده printed with ه is "his country", not بلدة "town": a head that ends in ta marbuta must print it
    if (norm.endsWith("ه") && !t.text().endsWith("ة")) return false;
    // an indefinite head only (مدينة X, بمدينة X): after المدينة the next word is no name
    if (norm.startsWith("لل")) return false;
    for (String v : Clitics.variants(norm)) if (v.startsWith("ال")) return false;
    for (String v : Clitics.variants(norm)) if (HEADS.contains(v)) return true;
    return false;
  }

  /** A definite feminine adjective of origin ({@code السويسرية}). */
  private static boolean isFeminineOrigin(String norm) {
    if (!norm.startsWith("ال") || !norm.endsWith("يه")) return false;
    String bare = norm.substring(2, norm.length() - 1);
    return NameForms.isOrigin(bare) && !NOT_ORIGIN.contains(bare);
  }
}
