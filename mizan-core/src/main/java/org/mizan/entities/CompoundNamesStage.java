package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.compounds}: Arabic compound names that the tagger cuts at their connector word
 * ({@code عبد}, {@code أبو}, {@code بن}): a person mention that ends in a connector takes the word after
 * it and then a person mention or a family nisba right after ({@code عبد} | {@code الملك} | {@code
 * الحوثي} → {@code عبد الملك الحوثي}; {@code الملك} is a title elsewhere, not here; {@code ولد} at the
 * end too: {@code X ولد} | {@code الشيخ}); a mention that ends in a whole compound takes a family nisba
 * after it ({@code عبد الفتاح} | {@code X الفلاني}); a connector, or a connector
 * and its word, right before a person joins it ({@code أبو} | {@code بكر X}); and a person that starts with a connector takes the given name
 * printed right before it ({@code علي} + {@code عبد الله صالح}, also fused: {@code علي} + {@code
 * عبدالله صالح}) when the gazetteer knows that word as a person's name. A connector may carry و
 * ({@code وعبد}). European name particles work alike: a person mention that ends in one ({@code X دي})
 * takes the name word after it, one that starts with one ({@code دي X}) the name word before it, unless
 * that word is the verb opening the clause ({@code ونقل دي X}).
 */
public final class CompoundNamesStage implements DocumentStage {
  private static final Set<String> CONNECTORS = Set.of("عبد", "ابو", "ابي", "بن", "ابن", "بنت");
  private static final Set<String> PARTICLES = Set.of("دي", "دو", "دا", "فان", "فون", "ديل", "ديلا");
  private final NerFeatures lexicon;

  public CompoundNamesStage() {
    this(NerModel.shipped().features());
  }

  public CompoundNamesStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.compounds";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Token> toks = null;
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start));
    boolean changed = false;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("PER")) continue;
      if (toks == null) toks = Tokenizer.tokenize(body);
      int a = tokenAt(toks, m.start()), b = tokenAt(toks, m.end() - 1);
      if (a < 0 || b < 0) continue;
      int a0 = a, b0 = b;
      // ولد alone (its given name cut off with a verb: بأن يجمل | ولد الشيخ) goes on only over a definite word
      while ((isConnector(toks, b) && b + 1 < toks.size() && carriesCompound(toks.get(b + 1))
          || b == b0 && isTrailingConnector(toks, b)
          && (b > a || b + 1 < toks.size() && NameForms.isDefiniteCommon(toks.get(b + 1).norm())))
          && NameForms.nextWord(body, toks, b + 1)) {
        b++; // ... عبد | الملك [X الحوثي], ... ولد | الشيخ
        // the person the tagger found after بن/بنت is the rest of the name (X بنت | [Y الفلانية])
        Mention after = startingAt(mentions, toks, b);
        b = after != null && after != m && after.type().equals("PER") ? Math.max(b, tokenAt(toks, after.end() - 1))
            : withFamilyName(body, toks, mentions, b);
      }
      // a compound given name the tagger closed (عبد الفتاح | X الفلاني): the family name after it
      if (b == b0 && b > a && isConnector(toks, b - 1) && NameForms.nextWord(body, toks, b)) {
        b = withFamilyName(body, toks, mentions, b);
      }
      if (a >= 2 && isConnector(toks, a - 2) && NameForms.nextWord(body, toks, a - 1) && NameForms.nextWord(body, toks, a)
          && !Mention.anyOverlaps(mentions, toks.get(a - 2).start(), toks.get(a - 1).end())) {
        a -= 2; // عبد ربه | X
      } else if (isConnector(toks, a - 1) && NameForms.nextWord(body, toks, a)
          && !Mention.anyOverlaps(mentions, toks.get(a - 1).start(), toks.get(a - 1).end())) {
        a--; // بن | X, أبو | X
      }
      if (a >= 1 && (isConnector(toks, a) || isFusedCompound(toks.get(a).norm())) && NameForms.nextWord(body, toks, a)
          && isGivenName(toks.get(a - 1))
          && !Mention.anyOverlaps(mentions, toks.get(a - 1).start(), toks.get(a - 1).end())) {
        a--; // علي | عبد الله صالح
      }
      // European particles (ستيفان دي | X, Y | دي سانتيس): the name goes on after one, starts before one
      if (b == b0 && b > a && isParticle(toks.get(b)) && NameForms.nextWord(body, toks, b + 1) && nameWord(toks.get(b + 1))) {
        Mention next = startingAt(mentions, toks, b + 1);
        b = next != null ? tokenAt(toks, next.end() - 1) : Mention.anyOverlaps(mentions, toks.get(b + 1).start(),
            toks.get(b + 1).end()) ? b : b + 1;
      }
      if (a == a0 && a < b && a >= 1 && isParticle(toks.get(a)) && NameForms.nextWord(body, toks, a)
          && nameWord(toks.get(a - 1)) && !Mention.anyOverlaps(mentions, toks.get(a - 1).start(), toks.get(a - 1).end())
          && !SpanRulesStage.opensWithVerb(lexicon, body, toks.get(a - 1).start(), toks.get(a - 1).norm())) {
        a--;
      }
      if (a == a0 && b == b0) continue;
      int s = toks.get(a).start(), e = toks.get(b).end();
      mentions.removeIf(x -> x != m && x.overlaps(s, e));
      Mention joined = new Mention(s, e, body.substring(s, e), "PER", null, m.role());
      k = mentions.indexOf(m);
      mentions.set(k, joined);
      changed = true;
    }
    return changed ? doc.withMentions(mentions) : doc;
  }

  /**
   * The person mention or family nisba right after token {@code b}, the second word of a compound
   * name, taken in: the index of the name's new last token ({@code b} when there is none).
   */
  private static int withFamilyName(String body, List<Token> toks, List<Mention> mentions, int b) {
    if (!NameForms.nextWord(body, toks, b + 1)) return b;
    Mention next = startingAt(mentions, toks, b + 1);
    if (next != null) return tokenAt(toks, next.end() - 1);
    if (NameForms.isFamilyNisba(toks.get(b + 1).norm())
        && !Mention.anyOverlaps(mentions, toks.get(b + 1).start(), toks.get(b + 1).end())) {
      return b + 1; // عبد الملك | الحوثي: the family name the tagger left out
    }
    return b;
  }

  /**
   * {@code ولد} ("son of", in Mauritanian names: X ولد الشيخ) at the end of a person mention: the name
   * goes on, whatever the next word. Only at the end: before a name it is also the verb "was born".
   */
  private static boolean isTrailingConnector(List<Token> toks, int b) {
    return toks.get(b).norm().equals("ولد");
  }

  /**
   * A word that can follow a connector in a name: no function word ({@code آبي} | {@code إلى}: the
   * Japanese surname, not أبي + name) and no common word behind ب ({@code بشكل}: "in a manner").
   */
  private static boolean carriesCompound(Token t) {
    String n = t.norm();
    if (EntityLexicon.STOPWORDS.contains(n)) return false;
    if (n.length() < 4 || n.charAt(0) != 'ب') return true;
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    String rest = n.substring(1);
    return v.count(rest) < COMMON_COUNT || v.count("ال" + rest) < COMMON_COUNT;
  }

  /** How often the corpus prints a word, bare and with the article, to be a common word. */
  private static final int COMMON_COUNT = 200;

  /** A word that binds the next into a compound name ({@code عبد}, {@code أبو}, {@code بن}, {@code آل}). */
  static boolean isLinkWord(String norm) {
    return CONNECTORS.contains(norm) || norm.equals("ال") || norm.equals("اَل");
  }

  /** A connector, also after و ({@code وعبد} | {@code الخالق X}: the و is a clitic the scorer and linker strip). */
  private static boolean isConnector(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) return false;
    String n = toks.get(i).norm();
    return CONNECTORS.contains(n) || n.length() >= 3 && n.charAt(0) == 'و' && CONNECTORS.contains(n.substring(1))
        && !n.equals("وبن");
  }

  /** A particle of European names ({@code دي}, {@code فان}, {@code فون}), printed as its own word; not {@code فإن}. */
  private static boolean isParticle(Token t) {
    return PARTICLES.contains(t.norm()) && !SpanRulesStage.isHamzaParticle(t);
  }

  /**
   * A word that can carry a name on: no stopword, title, verb or definite word, and a person's name,
   * name-like, or a word the gazetteer lists for nothing else (foreign names are often unlisted).
   */
  private boolean nameWord(Token t) {
    String n = t.norm();
    if (n.length() < 3 || n.startsWith("ال") || EntityLexicon.STOPWORDS.contains(n) || RoleStage.isTitle(n)
        || RoleStage.isRoleWord(n) || org.mizan.text.VerbForms.isListedVerb(n) || SpanRulesStage.isReportingVerb(n)) {
      return false;
    }
    return (lexicon.gazetteer().getOrDefault(n, NerFeatures.PER) & NerFeatures.PER) != 0 || lexicon.nameLike(n);
  }

  /** A compound name printed as one word ({@code عبدالله}, {@code عبدالرحمن}, {@code ابوبكر}). */
  private static boolean isFusedCompound(String norm) {
    return norm.length() >= 6 && (norm.startsWith("عبد") || norm.startsWith("ابو")) && !norm.startsWith("عبدو");
  }

  /**
   * A word the gazetteer lists as a person's name, not definite, not a title, and not the preposition
   * على (which folds to the name علي in matching form: the printed ى tells them apart).
   */
  private boolean isGivenName(Token t) {
    String n = t.norm();
    if (n.startsWith("ال") || t.text().endsWith("ى") || RoleStage.isTitle(n)) return false;
    if (EntityLexicon.STOPWORDS.contains(n) && !t.text().endsWith("ي")) return false;
    return lexicon.isPersonWord(n);
  }

  private static Mention startingAt(List<Mention> mentions, List<Token> toks, int i) {
    if (i >= toks.size()) return null;
    for (Mention m : mentions) if (m.type().equals("PER") && m.start() == toks.get(i).start()) return m;
    return null;
  }

  /** Index of the token covering {@code pos}, or -1. */
  private static int tokenAt(List<Token> toks, int pos) {
    int lo = 0, hi = toks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = toks.get(mid);
      if (pos < t.start()) hi = mid - 1;
      else if (pos >= t.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
