package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.roles}: the title printed before a person ({@code وزير الخارجية الفرنسي جان نويل بارو})
 * becomes the mention's role; a title the tagger put inside the mention is moved out of it. A title
 * followed by an untagged name-like word ({@code المبعوث الأمريكي X Y}) also yields a person
 * mention: a word the model's gazetteer knows as a person, or one too rare in news to be in its
 * word clusters.
 */
public final class RoleStage implements DocumentStage {
  private static final int MAX_ROLE_WORDS = 6;
  private final NerFeatures lexicon;

  public RoleStage() {
    this(NerModel.shipped().features());
  }

  public RoleStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.roles";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.addAll(triggered(body, toks, mentions));
    mentions.sort(Comparator.comparingInt(Mention::start));
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) out.add(m.type().equals("PER") ? withRole(body, toks, m, mentions) : m);
    return doc.withMentions(out);
  }

  static boolean isTitle(String norm) {
    for (String v : Clitics.variants(norm)) if (EntityLexicon.TITLES.contains(v)) return true;
    return false;
  }

  /** Last letters of the slot nouns. */
  private static final String SLOT_ENDINGS = slotEndings();

  private static String slotEndings() {
    StringBuilder b = new StringBuilder();
    for (String w : EntityLexicon.SLOT_NOUNS) if (!w.isEmpty() && b.indexOf(w.substring(w.length() - 1)) < 0) b.append(w.charAt(w.length() - 1));
    return b.toString();
  }

  /** A description that is no role but precedes a name ({@code الطفل}, {@code المدعو}), in any clitic form. */
  static boolean isSlotNoun(String norm) {
    // cheap: a clitic comes off the front only, so the word must end as a slot noun does
    if (norm.isEmpty() || SLOT_ENDINGS.indexOf(norm.charAt(norm.length() - 1)) < 0) return false;
    for (String v : Clitics.variants(norm)) if (EntityLexicon.SLOT_NOUNS.contains(v)) return true;
    return false;
  }

  static boolean isRoleWord(String norm) {
    if (isTitle(norm)) return true;
    for (String v : Clitics.variants(norm)) if (EntityLexicon.ROLE_WORDS.contains(v)) return true;
    return norm.startsWith("ال") && NameForms.isNisba(norm);
  }

  /** A role word or a ministry portfolio ({@code النقل}, {@code والبلديات}), in any clitic form. */
  private static boolean isRoleOrPortfolio(String norm) {
    return isRoleWord(norm) || Clitics.anyVariantIn(norm, EntityLexicon.PORTFOLIOS);
  }

  /** A kinship or relational title in any clitic form ({@code وصهر}, {@code نجل}, {@code المستشار}). */
  static boolean isRelationalTitle(String norm) {
    for (String v : Clitics.variants(norm)) if (EntityLexicon.RELATIONAL_TITLES.contains(v)) return true;
    return false;
  }

  /** A kinship or relational title in construct state ({@code صهر}, {@code نجل}, not {@code المستشار}). */
  static boolean isRelational(String norm) {
    return !norm.startsWith("ال") && isRelationalTitle(norm);
  }

  /** Only white space (no punctuation) between two offsets. */
  private static boolean adjacent(String body, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(body.charAt(i))) return false;
    return true;
  }

  private Mention withRole(String body, List<Token> toks, Mention m, List<Mention> mentions) {
    // titles the tagger included at the start of the mention
    List<Token> inside = Tokenizer.tokenize(m.text());
    int lead = 0;
    while (lead < inside.size() - 1 && isRoleWord(inside.get(lead).norm()) && isTitle(inside.get(0).norm())
        && !givenBeforeNasab(inside, lead) && !TitledGivenNames.keeps(lexicon, body, m, inside, lead)) {
      lead++;
    }
    Mention name = m;
    if (lead > 0) {
      int s = m.start() + inside.get(lead).start();
      name = m.withSpan(s, m.end(), body.substring(s, m.end()));
    }
    // titles printed just before the mention; "مستشار لأردوغان" is someone else's title
    String first = inside.isEmpty() ? "" : inside.get(lead).norm();
    if (first.length() > 3 && (first.charAt(0) == 'ل' || first.charAt(0) == 'ب') && !first.startsWith("ال")) return name;
    int i = firstTokenAtOrAfter(toks, name.start()) - 1;
    int roleStart = -1;
    int prevStart = name.start();
    boolean onlyTitles = true; // only titles and adjectives of origin so far (الرئيس الأميركي)
    for (int k = 0; k < MAX_ROLE_WORDS && i >= 0; k++, i--) {
      Token t = toks.get(i);
      // "المتحدث باسم الرئيس X": the spokesman's title is someone else's; X's role begins after باسم
      if (roleStart >= 0 && onlyTitles && t.norm().equals("باسم")) break;
      if (!adjacent(body, t.end(), prevStart)
          || !(isRoleOrPortfolio(t.norm()) || isComplement(t, mentions) || representsBody(toks, i, k))) break;
      // "صهر الرئيس X": X is the possessor, the kinship title is the next person's role
      if (onlyTitles && isRelational(t.norm())) break;
      onlyTitles &= isTitle(t.norm()) || NameForms.isNisba(t.norm());
      if (isTitle(t.norm())) roleStart = t.start() + cliticLength(t.norm());
      prevStart = t.start();
    }
    if (roleStart < 0) {
      String after = roleAfter(body, toks, name, mentions);
      return after == null ? name : name.withRole(after);
    }
    String role = NameForms.stripClitics(body.substring(roleStart, name.start()).strip(), w -> false);
    return name.withRole(role);
  }

  /**
   * {@code عن} between a role word and the body walked so far: a representative's constituency or party
   * ({@code النائب عن حزب X فلان}, {@code النائب البرلماني عن دائرة X فلان}).
   */
  private static boolean representsBody(List<Token> toks, int i, int walked) {
    return walked > 0 && i > 0 && toks.get(i).norm().equals("عن") && isRoleOrPortfolio(toks.get(i - 1).norm());
  }

  /**
   * A title in apposition after the name ({@code X محافظ البنك المركزي}, {@code X، المدير الفني للنادي،}):
   * a bare listed title (no و: {@code X ووزير} is another person), not a kinship title, and at least one
   * more role word or place/body after it, closed by punctuation, a function word or a verb. A phrase
   * running into a person ({@code X رئيس الوزراء Y}) is that person's title.
   */
  private String roleAfter(String body, List<Token> toks, Mention name, List<Mention> mentions) {
    int i = firstTokenAtOrAfter(toks, name.end());
    if (i >= toks.size()) return null;
    Token t = toks.get(i);
    String gap = body.substring(name.end(), t.start()).strip();
    if (!gap.isEmpty() && !gap.equals("،") && !gap.equals(",")) return null;
    if (!EntityLexicon.TITLES.contains(t.norm()) || isRelationalTitle(t.norm())) return null;
    int j = i + 1;
    while (j < toks.size() && j - i < MAX_ROLE_WORDS && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())
        && !EntityLexicon.STOPWORDS.contains(toks.get(j).norm())
        && (isRoleOrPortfolio(toks.get(j).norm()) || isComplement(toks.get(j), mentions))) {
      j++;
    }
    int end = j;
    // a title at the end opens the next name (X المدير الفني السيد …), it is no part of X's role
    while (j > i + 1 && isTitle(toks.get(j - 1).norm())) j--;
    if (j == i + 1) return null;
    if (end < toks.size() && adjacent(body, toks.get(end - 1).end(), toks.get(end).start())) {
      String n = toks.get(end).norm();
      if (Mention.anyOverlaps(mentions, toks.get(end).start(), toks.get(end).end())) return null;
      if (!EntityLexicon.STOPWORDS.contains(n) && !org.mizan.text.VerbForms.isVerb(n) && !SpanRulesStage.isReportingVerb(n)) {
        return null;
      }
    }
    return body.substring(t.start(), toks.get(j - 1).end());
  }

  /**
   * A bare title word right before بن is the given name of a nasab ({@code مساعد بن محمد}, {@code أمين
   * بن علي}: "assistant" and "secretary" are names too), not a title.
   */
  private static boolean givenBeforeNasab(List<Token> words, int k) {
    String next = k + 1 < words.size() ? words.get(k + 1).norm() : "";
    return !words.get(k).norm().startsWith("ال") && (next.equals("بن") || next.equals("بنت"));
  }

  /** Letters of proclitics before a title word ({@code وصهر} → 1), 0 when the word is a title itself. */
  private static int cliticLength(String norm) {
    if (EntityLexicon.TITLES.contains(norm)) return 0;
    for (String v : Clitics.variants(norm)) {
      // a clitic chain with the article is left to NameForms.stripClitics (لل → ال)
      if (EntityLexicon.TITLES.contains(v)) return v.startsWith("ال") ? 0 : norm.length() - v.length();
    }
    return 0;
  }

  /** Index of the first token starting at or after {@code offset} (binary search). */
  static int firstTokenAtOrAfter(List<Token> toks, int offset) {
    int lo = 0, hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Person mentions right after a title, or a description that is no role ({@code الطفل X}, {@code المدعو X}), that the tagger missed. The title's complement may name a
   * place or body ({@code حاكم ولاية X}, {@code سيناتور [place]}, {@code محافظ [place]}): a word inside
   * a place or organisation mention, a place head or a word the gazetteer knows only as a place is
   * skipped like a role word. Then one or two name-like words, or two words that are both foreign-looking
   * with at least one name-like ({@link #isForeignLooking}); a one-word place the tagger put on a
   * given name the gazetteer knows ({@code تيد}) gives way to the person.
   */
  private List<Mention> triggered(String body, List<Token> toks, List<Mention> existing) {
    List<Mention> out = new ArrayList<>();
    java.util.Set<Mention> replaced = new java.util.HashSet<>();
    for (int i = 0; i < toks.size(); i++) {
      if (!isTitle(toks.get(i).norm()) && !isSlotNoun(toks.get(i).norm())) continue;
      if (insidePlace(existing, toks.get(i))) continue; // ستاد الملك X: the title of a place's eponym
      int j = i + 1;
      while (j < toks.size() && j - i <= MAX_ROLE_WORDS && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())
          && (isRoleWord(toks.get(j).norm()) || isComplement(toks.get(j), existing))) j++;
      j = pastGovernment(body, toks, j, existing);
      if (j + 1 < toks.size() && SpanRulesStage.isAyatollah(toks.get(j), toks.get(j + 1))) j += 2; // آية الله: a title too
      int first = j;
      List<Mention> taken = new ArrayList<>();
      while (j < toks.size() && j - first < 2 && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())) {
        Token t = toks.get(j);
        Mention over = soleMention(existing, t);
        if (over == NONE) break;
        if (over != null && !(isNameLike(t) && lexicon.isPersonWord(t.norm()) && !over.type().equals("PER"))
            || over != null && definiteBody(over, t)) break;
        boolean surname = j == first + 1 && lexicon.isPersonWord(toks.get(first).norm()) && isNameLike(toks.get(first))
            && over == null && (familyName(lexicon, t) || definiteFamilyName(lexicon, t));
        if (!surname && (!isNameLike(t) && !isForeignLooking(t) || !lexicon.isPersonWord(t.norm()) && !couldBeName(t))) break;
        if (over != null) taken.add(over);
        j++;
      }
      // foreign-looking words only as a pair with a name-like word (سكوت | ووكر), never alone
      int nameLike = 0, bare = 0;
      for (int k = first; k < j; k++) {
        if (isNameLike(toks.get(k))) nameLike++;
        if (isBareName(toks.get(k))) bare++;
      }
      if (nameLike == 0 || (j - first == 2 && nameLike == 1 && bare == 0)) j = first;
      // a foreign-looking word closes a name that a name-like given name opens (سكوت | ووكر), never opens one
      if (j - first == 2 && (!isNameLike(toks.get(first))
          || !isNameLike(toks.get(first + 1)) && !isBareName(toks.get(first)))) j = first;
      // the name goes on in a person the tagger found (X | [Y Z]): that mention is the name, not X
      if (j > first && j < toks.size() && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())) {
        Mention next = soleOrCovering(existing, toks.get(j));
        if (next != null && next.type().equals("PER")) j = first;
      }
      // after a description with no role, only a full name: a known given name and one more word (الطفل X Y)
      if (j > first && !isTitle(toks.get(i).norm()) && (j - first != 2 || !lexicon.isPersonWord(toks.get(first).norm()))) j = first;
      // علي prints like the preposition على: it opens a name only as two words that end there (الطفل علي X،)
      if (j > first && isAli(toks.get(first)) && (j - first != 2 || j < toks.size()
          && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())
          && (isNameLike(toks.get(j)) || Mention.anyOverlaps(existing, toks.get(j).start(), toks.get(j).end())))) {
        j = first;
      }
      // a family nisba closes the name (رئيس البرلمان X | الفلاني); an adjective of origin does not (NameForms.isFamilyNisba)
      if (j > first && j < toks.size() && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())
          && NameForms.isFamilyNisba(toks.get(j).norm()) && !Mention.anyOverlaps(existing, toks.get(j).start(), toks.get(j).end())) {
        j++;
      }
      if (j > first) {
        int s = toks.get(first).start();
        int e = toks.get(j - 1).end();
        out.add(new Mention(s, e, body.substring(s, e), "PER", null, null));
        for (Mention m : taken) if (m.start() >= s && m.end() <= e) replaced.add(m);
        i = j - 1;
      }
    }
    existing.removeAll(replaced);
    return out;
  }

  /** The government a minister's title names after في, both with the article and without. */
  private static final java.util.Set<String> GOVERNMENT = java.util.Set.of("حكومه", "الحكومه");
  /** How often the corpus must print a word for it to be a common word of a government's description. */
  private static final int MIN_COMMON_COUNT = 50;

  /**
   * The token after a title's government ({@code وزير الصحة في حكومة تصريف الأعمال | X}): في, the
   * government word and up to three words describing it that are places, bodies, role words or common
   * words no person bears; {@code j} itself when no government follows the title there.
   */
  private int pastGovernment(String body, List<Token> toks, int j, List<Mention> existing) {
    if (j + 2 >= toks.size() || !toks.get(j).norm().equals("في") || !GOVERNMENT.contains(toks.get(j + 1).norm())
        || !adjacent(body, toks.get(j).end(), toks.get(j + 1).start())) {
      return j;
    }
    int k = j + 2;
    while (k < toks.size() && k - j - 2 < 3 && adjacent(body, toks.get(k - 1).end(), toks.get(k).start())
        && (isRoleWord(toks.get(k).norm()) || isComplement(toks.get(k), existing) || commonWord(toks.get(k), existing))) {
      k++;
    }
    return k;
  }

  /** A frequent word that no person mention covers and the gazetteer does not know as a person's. */
  private boolean commonWord(Token t, List<Mention> existing) {
    return t.isArabic() && !lexicon.isPersonWord(t.norm()) && !Mention.anyOverlaps(existing, t.start(), t.end())
        && org.mizan.clean.Vocabulary.shipped().count(t.norm()) >= MIN_COMMON_COUNT;
  }

  /** A token inside a longer place mention ({@code الملك} in {@code ستاد الملك X}). */
  private static boolean insidePlace(List<Mention> mentions, Token t) {
    for (Mention m : mentions) {
      if (m.type().equals("LOC") && m.overlaps(t.start(), t.end()) && (m.start() < t.start() || m.end() > t.end())) return true;
    }
    return false;
  }

  /** Marker: the token is covered by a mention that is not exactly that one token. */
  private static final Mention NONE = new Mention(0, 0, "", "MISC", null, null);

  /** The mention covering exactly token {@code t}, null when none covers it, {@link #NONE} otherwise. */
  private static Mention soleMention(List<Mention> mentions, Token t) {
    for (Mention m : mentions) {
      if (!m.overlaps(t.start(), t.end())) continue;
      return m.start() == t.start() && m.end() == t.end() ? m : NONE;
    }
    return null;
  }

  private static Mention soleOrCovering(List<Mention> mentions, Token t) {
    for (Mention m : mentions) if (m.overlaps(t.start(), t.end())) return m;
    return null;
  }

  /** A one-word organisation with the article ({@code النصر}, {@code الوفاق}): a body, never a given name after a title. */
  private static boolean definiteBody(Mention m, Token t) {
    return m.type().equals("ORG") && !Clitics.strip(t.norm()).equals(t.norm()); // strip takes off a chain ending in ال
  }

  /** A word of a title's complement that names a place or body: inside such a mention, a place head, a known place. */
  private boolean isComplement(Token t, List<Mention> existing) {
    for (Mention m : existing) {
      if (!m.overlaps(t.start(), t.end())) continue;
      // a lone given name the tagger typed as a place (تيد) opens the name instead
      // (not a listed country or city: مندوب مصر الدائم is a title, مصر no given name)
      // (nor a definite word typed ORG: مدرب النصر is the club's coach, نصر a given name too)
      if (m.start() == t.start() && m.end() == t.end() && lexicon.isPersonWord(t.norm())
          && !"LOC".equals(EntityLexicon.TAGGED_NAMES.get(t.norm())) && !definiteBody(m, t)) return false;
      return m.type().equals("LOC") || m.type().equals("ORG");
    }
    String n = t.norm();
    for (String v : Clitics.variants(n)) if ("LOC".equals(EntityLexicon.NAME_HEADS.get(v))) return true;
    int g = lexicon.gazetteer().getOrDefault(n, 0);
    return (g & NerFeatures.LOC) != 0 && (g & NerFeatures.PER) == 0;
  }

  /** Most a foreign-looking word is printed in the corpus: names of the news are rare words. */
  static final int MAX_FOREIGN_COUNT = 100;

  /**
   * A word shaped like a transliterated name to the corpus: no article, never printed with one
   * (a common noun or adjective is: {@code الشامل}), rare, and no function word, role word or verb.
   */
  static boolean isForeignLooking(Token t) {
    String n = t.norm();
    if (!t.isArabic() || n.length() < 3 || n.startsWith("ال") || EntityLexicon.STOPWORDS.contains(n) || isRoleWord(n)) return false;
    if (org.mizan.text.VerbForms.isVerb(n) || !couldBeName(t)) return false;
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    if (v.count(n) > MAX_FOREIGN_COUNT) return false;
    // every reading without proclitics too: وتقارير is و + a common noun (التقارير)
    for (String w : Clitics.variants(n)) {
      if (w.length() < 3 || v.count("ال" + w) > 0 || EntityLexicon.STOPWORDS.contains(w) || isRoleWord(w)) return false;
    }
    return true;
  }

  /** Pronoun suffixes of nouns and verbs (جهودنا، صراعاتها، اتصالاته), longest first. */
  private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "كم", "نا", "ها", "ني", "ه"};
  /** How often the corpus may print a word the gazetteer does not know for it to close a name as a family name. */
  private static final int MAX_FAMILY_COUNT = 1000;
  /** How often the corpus must print a word for it to be the stem of an inflected rare word. */
  private static final int MIN_STEM_COUNT = 20;

  /**
   * Whether a rare word can be a name rather than an inflected Arabic word: no tanween (كاتباً), no
   * dual or plural ending (ذهبيتين), no future or imperfect verb prefix with و/ف (وسيخضع), and no
   * pronoun suffix on a word the corpus knows (جهود + نا).
   */
  static boolean couldBeName(Token t) {
    String printed = t.text();
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (c == '\u064b' || c == '\u064c' || c == '\u064d') return false;
    }
    String n = t.norm();
    if (n.endsWith("تين") || n.endsWith("يين")) return false;
    // a plural ending on a word the corpus knows (مسؤولون, مشاورات); a name may end so (… يون)
    if ((n.endsWith("ات") || n.endsWith("ون")) && knownPlural(n)) return false;
    if (n.startsWith("وسي") || n.startsWith("وست") || n.startsWith("سي") && n.length() >= 5) return false;
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    for (String suffix : SUFFIXES) {
      if (!n.endsWith(suffix) || n.length() - suffix.length() < 2) continue;
      String rest = n.substring(0, n.length() - suffix.length());
      for (String w : Clitics.variants(rest)) {
        if (v.count(w) >= MIN_STEM_COUNT || v.count("ال" + w) >= MIN_STEM_COUNT || EntityLexicon.STOPWORDS.contains(w)) return false;
        // the feminine ending is written ت before a pronoun (نظيرتها: النظيرة)
        if (w.endsWith("ت") && v.count("ال" + w.substring(0, w.length() - 1) + "ه") >= MIN_STEM_COUNT) return false;
      }
    }
    return true;
  }

  /** A word in ون or ات that the corpus prints with the article, or whose stem it knows (مسؤول + ون). */
  private static boolean knownPlural(String n) {
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    String stem = n.substring(0, n.length() - 2);
    if (stem.length() < 2) return true;
    for (String w : Clitics.variants(n)) if (v.count("ال" + w) > 0) return true;
    for (String w : Clitics.variants(stem)) {
      if (w.length() < 2 || v.count(w) >= MIN_STEM_COUNT || v.count("ال" + w) >= MIN_STEM_COUNT
          || v.count("ال" + w + "ه") >= MIN_STEM_COUNT || EntityLexicon.STOPWORDS.contains(w)) return true;
    }
    return false;
  }

  /** A name-like word that the corpus prints bare more often than with the article (not جديد, سابق). */
  private boolean isBareName(Token t) {
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    return isNameLike(t) && !t.norm().startsWith("ال") && v.count("ال" + t.norm()) <= v.count(t.norm());
  }

  /**
   * A word that may close a name after a known given name ({@code الطفل علي X}) though the corpus
   * knows it (a family name in the day's news, sometimes printed with the article: عائلة الX): no
   * function, role or verb word, no nisba, no inflection, no proclitic on a known word (بحروق), and
   * printed with the article less than a third as often as without, and not among the most frequent
   * words unless a known name (نتيجة is a common noun).
   */
  static boolean familyName(NerFeatures lexicon, Token t) {
    String n = t.norm();
    if (!t.isArabic() || n.length() < 4 || n.startsWith("ال") || EntityLexicon.STOPWORDS.contains(n) || isRoleWord(n)
        || NameForms.isNisba(n) || org.mizan.text.VerbForms.isVerb(n) || !couldBeName(t) || (lexicon.gazetteer().getOrDefault(n, 0) & (NerFeatures.LOC | NerFeatures.ORG)) != 0) {
      return false;
    }
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    for (String w : Clitics.variants(n)) {
      if (!w.equals(n) && (v.count(w) >= MIN_STEM_COUNT || v.count("ال" + w) >= MIN_STEM_COUNT)) return false;
    }
    // a common noun is printed with the article about as often as without, or is among the corpus's most
    // frequent words (نتيجة); a family name the gazetteer does not know is neither
    return v.count("ال" + n) * 3 <= v.count(n) && (v.count(n) <= MAX_FAMILY_COUNT || lexicon.isPersonWord(n));
  }

  /**
   * A family name printed with the article after a known given name ({@code الوزير سامر | الأبيض}, {@code
   * الزين}): a word the gazetteer knows as a person's and the corpus prints rarely, even one that may
   * continue a title elsewhere ({@code البيت الأبيض}); no title, nisba (left to {@link
   * NameForms#isFamilyNisba}), function word or verb. Frequent ones are common nouns ({@code الأمر}).
   */
  static boolean definiteFamilyName(NerFeatures lexicon, Token t) {
    String n = t.norm();
    return t.isArabic() && n.startsWith("ال") && n.length() >= 5 && lexicon.isPersonWord(n) && !isTitle(n)
        && !NameForms.isNisba(n) && !EntityLexicon.STOPWORDS.contains(n) && !org.mizan.text.VerbForms.isVerb(n)
        && org.mizan.clean.Vocabulary.shipped().count(n) <= MAX_FAMILY_COUNT;
  }

  /** The given name علي, which folds to the preposition على: the printed ي tells them apart. */
  private static boolean isAli(Token t) {
    return t.norm().equals("علي") && t.text().endsWith("ي");
  }

  private boolean isNameLike(Token t) {
    String n = t.norm();
    if (!t.isArabic() || n.length() < 3 || EntityLexicon.STOPWORDS.contains(n) && !isAli(t) || isRoleWord(n)) return false;
    if (lexicon.isPersonWord(n)) return true;
    return lexicon.nameLike(n) && !n.startsWith("ال");
  }
}
