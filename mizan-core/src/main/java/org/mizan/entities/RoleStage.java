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
    for (Mention m : mentions) out.add(m.type().equals("PER") ? withRole(body, toks, m) : m);
    return doc.withMentions(out);
  }

  static boolean isTitle(String norm) {
    for (String v : Clitics.variants(norm)) if (EntityLexicon.TITLES.contains(v)) return true;
    return false;
  }

  static boolean isRoleWord(String norm) {
    if (isTitle(norm)) return true;
    for (String v : Clitics.variants(norm)) if (EntityLexicon.ROLE_WORDS.contains(v)) return true;
    return norm.startsWith("ال") && NameForms.isNisba(norm);
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

  private Mention withRole(String body, List<Token> toks, Mention m) {
    // titles the tagger included at the start of the mention
    List<Token> inside = Tokenizer.tokenize(m.text());
    int lead = 0;
    while (lead < inside.size() - 1 && isRoleWord(inside.get(lead).norm()) && isTitle(inside.get(0).norm())) lead++;
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
      if (!adjacent(body, t.end(), prevStart) || !isRoleWord(t.norm())) break;
      // "صهر الرئيس X": X is the possessor, the kinship title is the next person's role
      if (onlyTitles && isRelational(t.norm())) break;
      onlyTitles &= isTitle(t.norm()) || NameForms.isNisba(t.norm());
      if (isTitle(t.norm())) roleStart = t.start() + cliticLength(t.norm());
      prevStart = t.start();
    }
    if (roleStart < 0) return name;
    String role = NameForms.stripClitics(body.substring(roleStart, name.start()).strip(), w -> false);
    return name.withRole(role);
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

  private static int firstTokenAtOrAfter(List<Token> toks, int offset) {
    int lo = 0, hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Person mentions right after a title that the tagger missed. */
  private List<Mention> triggered(String body, List<Token> toks, List<Mention> existing) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      if (!isTitle(toks.get(i).norm())) continue;
      int j = i + 1;
      while (j < toks.size() && j - i <= MAX_ROLE_WORDS && isRoleWord(toks.get(j).norm())
          && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())) j++;
      if (j + 1 < toks.size() && SpanRulesStage.isAyatollah(toks.get(j), toks.get(j + 1))) j += 2; // آية الله: a title too
      int first = j;
      while (j < toks.size() && j - first < 2 && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())
          && isNameLike(toks.get(j)) && !Mention.anyOverlaps(existing, toks.get(j).start(), toks.get(j).end())) j++;
      // a family nisba closes the name (رئيس البرلمان X | الفلاني); an adjective of origin does not (NameForms.isFamilyNisba)
      if (j > first && j < toks.size() && adjacent(body, toks.get(j - 1).end(), toks.get(j).start())
          && NameForms.isFamilyNisba(toks.get(j).norm()) && !Mention.anyOverlaps(existing, toks.get(j).start(), toks.get(j).end())) {
        j++;
      }
      if (j > first) {
        int s = toks.get(first).start();
        int e = toks.get(j - 1).end();
        out.add(new Mention(s, e, body.substring(s, e), "PER", null, null));
        i = j - 1;
      }
    }
    return out;
  }

  private boolean isNameLike(Token t) {
    String n = t.norm();
    if (!t.isArabic() || n.length() < 3 || EntityLexicon.STOPWORDS.contains(n) || isRoleWord(n)) return false;
    if (lexicon.isPersonWord(n)) return true;
    return lexicon.nameLike(n) && !n.startsWith("ال");
  }
}
