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
      "جزيره", "عاصمه", "منطقه");
  /** Indefinite heads of lakes, tunnels, seas, straits and rivers, in matching form: the name includes them. */
  private static final Set<String> FEATURE_HEADS = Set.of("بحيره", "نفق", "بحر", "مضيق", "نهر");
  /** Adjectives in the nationality list that name no country (في X المحلية is no place frame). */
  private static final Set<String> NOT_ORIGIN = Set.of("دولي", "اممي", "محلي", "اقليمي", "رسمي", "سابق", "حالي", "جديد",
      "عربي", "خليجي", "اوروبي", "افريقي");
  private static final Set<String> PREPOSITIONS = Set.of("في", "من", "الي", "الى", "نحو");
  /** Plural heads whose names come as a list (جزر X وY وZ), in matching form, with their clitic forms read too. */
  private static final Set<String> PLURAL_HEADS = Set.of("جزر", "مدن", "قري", "بلدات", "ولايات", "مقاطعات", "اقاليم");
  /** Articles of French and Spanish place names (لا ريونيون, لاس بالماس), printed as a word of their own. */
  private static final Set<String> FOREIGN_ARTICLES = Set.of("لا", "لو", "لاس", "لوس");
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
    List<Mention> replaced = new ArrayList<>();
    for (int i = 1; i < toks.size(); i++) {
      Token prev = toks.get(i - 1);
      if (isFeatureHead(prev)) {
        Mention f = feature(body, toks, i, doc.mentions());
        if (f != null) {
          found.add(f);
          for (Mention m : doc.mentions()) if (m.overlaps(f.start(), f.end())) replaced.add(m);
          continue;
        }
      }
      // the cheap test first: most words follow neither a head nor a preposition
      if (!PREPOSITIONS.contains(prev.norm()) && !isHead(prev)) {
        if (isPluralHead(prev)) i = listItems(body, toks, i, doc.mentions(), found, replaced);
        continue;
      }
      if (!NameForms.nextWord(body, toks, i)) continue;
      Mention article = withForeignArticle(body, toks, i, doc.mentions());
      if (article != null) {
        found.add(article);
        for (Mention m : doc.mentions()) if (m.overlaps(article.start(), article.end())) replaced.add(m);
        i++;
        continue;
      }
      // right after a head, a word the unlabelled data knows as a place only is one too (منطقة X, a
      // region the tagger skips); منطقة also heads common phrases (منطقة منزوعة السلاح), so only that
      boolean known = isHead(prev) && knownPlace(toks.get(i), doc.mentions());
      if (!known && (isRegionHead(prev) || !candidate(toks.get(i), doc.mentions()))) continue;
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
    placesTakenForPersons(body, toks, doc.mentions(), found, replaced);
    statesWithAdjectives(body, toks, doc.mentions(), found, replaced);
    List<Mention> out = new ArrayList<>(doc.mentions());
    out.removeAll(replaced);
    out.addAll(found);
    out.sort(Comparator.comparingInt(Mention::start));
    List<Mention> joined = RegionCountryNames.apply(body, out);
    if (found.isEmpty() && joined == out) return doc;
    return doc.withMentions(joined);
  }

  /** Nouns of a state that its official name opens with (المملكة الأردنية الهاشمية), in matching form. */
  private static final Set<String> STATE_NOUNS = Set.of("المملكه", "الجمهوريه", "السلطنه", "الاماره");

  /**
   * A place mention that is a state noun alone ({@code المملكة}) before definite nisba adjectives is
   * the state's official name, the adjectives included ({@code المملكة الأردنية الهاشمية}); a place
   * mention on one of them ({@code السعودية} in {@code المملكة العربية السعودية}) gives way. Adds to
   * {@code found} and {@code replaced} as the main loop does.
   */
  private static void statesWithAdjectives(String body, List<Token> toks, List<Mention> mentions, List<Mention> found,
      List<Mention> replaced) {
    int ti = 0;
    for (Mention m : mentions) {
      if (!m.type().equals("LOC")) continue;
      while (ti < toks.size() && toks.get(ti).start() < m.start()) ti++;
      if (ti >= toks.size() || toks.get(ti).end() != m.end() || !isStateNoun(toks.get(ti).norm())) continue;
      int last = ti;
      List<Mention> absorbed = new ArrayList<>();
      while (last - ti < 3 && NameForms.nextWord(body, toks, last + 1)) {
        Token t = toks.get(last + 1);
        if (!t.norm().startsWith("ال") || !NameForms.isNisba(t.norm())) break;
        Mention on = null;
        boolean blocked = false;
        for (Mention o : mentions) {
          if (!o.overlaps(t.start(), t.end())) continue;
          if (o.type().equals("LOC") && o.start() == t.start() && o.end() == t.end()) on = o;
          else blocked = true;
        }
        if (blocked) break;
        if (on != null) absorbed.add(on);
        last++;
      }
      if (last == ti) continue;
      int e = toks.get(last).end();
      found.add(new Mention(m.start(), e, body.substring(m.start(), e), "LOC", null, null));
      replaced.add(m);
      replaced.addAll(absorbed);
    }
  }

  private static boolean isStateNoun(String norm) {
    for (String v : Clitics.variants(norm)) if (STATE_NOUNS.contains(v)) return true;
    return false;
  }

  /**
   * A person mention right after a head noun of towns ({@code مدينة X}, {@code بلدية X}: "the
   * municipality of X"): its first word is the town, since no head of a place governs a person. One
   * word is the place; three or more are the place and the person after it ({@code رئيس بلدية X Y Z}:
   * the mayor Y Z of X). Not after {@code ولاية}, also a term of office ({@code ولاية أوباما}). Adds to
   * {@code found} and {@code replaced} as the main loop does.
   */
  private static void placesTakenForPersons(String body, List<Token> toks, List<Mention> mentions, List<Mention> found,
      List<Mention> replaced) {
    int ti = 0;
    for (Mention m : mentions) {
      if (!m.type().equals("PER")) continue;
      while (ti < toks.size() && toks.get(ti).start() < m.start()) ti++;
      if (ti == 0 || ti >= toks.size() || toks.get(ti).start() != m.start()) continue;
      Token prev = toks.get(ti - 1);
      if (!townHead(prev) || !body.substring(prev.end(), m.start()).isBlank()) continue;
      List<Token> w = Tokenizer.tokenize(m.text());
      if (w.size() == 2 || found.stream().anyMatch(f -> f.overlaps(m.start(), m.end()))) continue;
      int pe = m.start() + w.get(0).end();
      found.add(new Mention(m.start(), pe, body.substring(m.start(), pe), "LOC", null, null));
      if (w.size() >= 3) {
        int s = m.start() + w.get(1).start();
        found.add(new Mention(s, m.end(), body.substring(s, m.end()), "PER", null, null));
      }
      replaced.add(m);
    }
  }

  /**
   * A head noun of towns that no person follows: {@code مدينة}, {@code بلدة}, {@code بلدية}…; not
   * {@code ولاية}, also a term of office ({@code ولاية أوباما}).
   */
  static boolean townHead(Token prev) {
    return isHead(prev) && !Clitics.variants(prev.norm()).contains("ولايه")
        || Clitics.variants(prev.norm()).contains("بلديه") && prev.text().endsWith("ة");
  }

  /**
   * {@code لا} / {@code لو} after a place head or a preposition, then a name-shaped word or a place
   * mention of that one word: the place named with its article ({@code في لا ريونيون}); or null.
   */
  private Mention withForeignArticle(String body, List<Token> toks, int i, List<Mention> mentions) {
    if (!FOREIGN_ARTICLES.contains(toks.get(i).norm()) || !NameForms.nextWord(body, toks, i + 1)) return null;
    Token name = toks.get(i + 1);
    boolean place = false;
    for (Mention m : mentions) {
      if (!m.overlaps(toks.get(i).start(), name.end())) continue;
      if (m.start() != name.start() || m.end() != name.end() || !m.type().equals("LOC")) return null;
      place = true;
    }
    if (!place && !candidate(name, mentions)) return null;
    if (EntityLexicon.TAGGED_NAMES.containsKey(name.norm())) return null; // لا سوريا ولا العراق: a negation
    // لا before a verb is the negation (لا يورد, لا تزال)
    if (name.norm().isEmpty() || "يتن".indexOf(name.norm().charAt(0)) >= 0 || org.mizan.text.VerbForms.isVerb(name.norm())) return null;
    int s = toks.get(i).start(), e = name.end();
    return new Mention(s, e, body.substring(s, e), "LOC", null, null);
  }

  /**
   * Names listed after a plural place head ({@code جزر X وY وZ}): two or more items, the first bare and
   * the others joined by و, each name-shaped or a mention inside the list, are places, one mention
   * each (the tagger often reads {@code وY وZ} as one person). Adds them to {@code found}, the
   * mentions they replace to {@code replaced}; returns the index of the last token read.
   */
  private int listItems(String body, List<Token> toks, int i, List<Mention> mentions, List<Mention> found,
      List<Mention> replaced) {
    List<int[]> items = new ArrayList<>();
    int k = i;
    while (k < toks.size() && items.size() < 12 && NameForms.nextWord(body, toks, k)) {
      Token t = toks.get(k);
      int skip = 0;
      if (k > i) {
        if (!t.norm().startsWith("و") || t.norm().length() < 4) break;
        skip = 1; // the و, and any marks on it
        while (skip < t.text().length() && org.mizan.text.ArabicNormalization.isMark(t.text().charAt(skip))) skip++;
      }
      if (!listItem(t, t.norm().substring(k > i ? 1 : 0), mentions)) break;
      items.add(new int[] {t.start() + skip, t.end()});
      k++;
    }
    if (items.size() < 2) return i;
    int s = items.get(0)[0], e = items.get(items.size() - 1)[1];
    for (Mention m : mentions) {
      if (!m.overlaps(s, e)) continue;
      if (m.start() < toks.get(i).start() || m.end() > e) return i; // a mention runs out of the list
      replaced.add(m);
    }
    for (int[] it : items) found.add(new Mention(it[0], it[1], body.substring(it[0], it[1]), "LOC", null, null));
    return k - 1;
  }

  /** An item of a place list: inside a mention, or a rare bare word the gazetteer does not know as a person's. */
  private boolean listItem(Token t, String bare, List<Mention> mentions) {
    if (bare.length() < 3 || EntityLexicon.STOPWORDS.contains(bare)) return false;
    if (Mention.anyOverlaps(mentions, t.start(), t.end())) return true;
    if (bare.startsWith("ال") || lexicon.isPersonWord(bare)) return false;
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    return v.count(bare) <= RoleStage.MAX_FOREIGN_COUNT && v.count("ال" + bare) == 0
        && !org.mizan.text.VerbForms.isVerb(bare);
  }

  /**
   * A lake, tunnel, sea, strait or river named by its head noun and one word ({@code بحيرة X},
   * {@code نفق المانش}): the whole phrase is the place. The word is a one-word place mention, a word
   * shaped like a name, or a definite word too rare in news for a word cluster (a common word after
   * {@code بحر} is the idiom "in the course of": {@code في بحر الأسبوع}); or null.
   */
  private Mention feature(String body, List<Token> toks, int i, List<Mention> mentions) {
    if (!NameForms.nextWord(body, toks, i)) return null;
    Token t = toks.get(i);
    Mention over = null;
    for (Mention m : mentions) if (m.overlaps(t.start(), t.end())) over = m;
    boolean place;
    if (over != null) {
      place = over.type().equals("LOC") && over.start() == t.start() && over.end() == t.end();
    } else if (t.norm().startsWith("ال") && t.norm().length() >= 5) {
      String bare = t.norm().substring(2);
      place = t.isArabic() && !lexicon.clusters().containsKey(t.norm()) && !lexicon.clusters().containsKey(bare)
          && !EntityLexicon.STOPWORDS.contains(bare) && !NameForms.isNisba(t.norm()) && !lexicon.isPersonWord(bare);
    } else {
      place = candidate(t, mentions);
    }
    if (!place) return null;
    int s = toks.get(i - 1).start() + cliticLength(toks.get(i - 1).norm());
    return new Mention(s, t.end(), body.substring(s, t.end()), "LOC", null, null);
  }

  /** Letters of proclitics before a feature head ({@code وبحيرة} → 2). */
  private static int cliticLength(String norm) {
    if (FEATURE_HEADS.contains(norm)) return 0;
    for (String v : Clitics.variants(norm)) if (FEATURE_HEADS.contains(v)) return norm.length() - v.length();
    return 0;
  }

  private static boolean isFeatureHead(Token t) {
    String n = t.norm();
    if (n.length() < 3 || n.startsWith("لل")) return false;
    char last = n.charAt(n.length() - 1); // cheap: every head ends in ه, ر or ق
    if (last != 'ه' && last != 'ر' && last != 'ق') return false;
    for (String v : Clitics.variants(n)) if (FEATURE_HEADS.contains(v)) return true;
    return false;
  }

  private static boolean isPluralHead(Token t) {
    String n = t.norm();
    boolean maybe = false; // cheap: the word must end in a head
    for (String h : PLURAL_HEADS) maybe |= n.endsWith(h);
    if (!maybe) return false;
    for (String v : Clitics.variants(n)) if (PLURAL_HEADS.contains(v)) return true;
    return false;
  }

  /** An indefinite word, no mention's, that the lexicon knows as a place only. */
  private boolean knownPlace(Token t, List<Mention> mentions) {
    String n = t.norm();
    // (an adjective of origin describes the place: جزيرة فرنسية)
    return t.isArabic() && !n.startsWith("ال") && n.length() >= 3 && !EntityLexicon.STOPWORDS.contains(n)
        && !NameForms.isNisba(n) && !lexicon.isPersonWord(n) && RoleStage.couldBeName(t)
        && !Mention.anyOverlaps(mentions, t.start(), t.end()) && lexicon.placeLike(n);
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

  private static boolean isRegionHead(Token t) {
    return Clitics.variants(t.norm()).contains("منطقه");
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
