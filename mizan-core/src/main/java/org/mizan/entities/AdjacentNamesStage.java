package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.adjacent}: names the tagger cut or mistyped where they stand side by side.
 * <ul>
 *   <li>Two organisation mentions one space apart (Arabic lists join names with و or a comma) are one
 *       name when the whole is known: the document tags it as one name elsewhere, the gazetteer lists
 *       the phrase as an organisation (then the parts may have been typed place or MISC), or both are single words the gazetteer lists as words of
 *       organisation names and the second has no article ({@code X نيوز}, {@code X تايمز}; a definite
 *       second word, {@code X الحكومة}, may be another body).</li>
 *   <li>An organisation takes in the untagged word before it when the gazetteer lists the longer
 *       phrase as an organisation (a club named after its city: {@code ريال} + {@code مدريد}).</li>
 *   <li>A title, an organisation or place, then a name typed organisation whose words are no
 *       organisation words ({@code وزيرة خارجية} [body] [X Y]): X Y holds the title, a person.</li>
 * </ul>
 */
public final class AdjacentNamesStage implements DocumentStage {
  private static final int MAX_WORDS = 5;
  private final NerFeatures lexicon;

  public AdjacentNamesStage() {
    this(NerModel.shipped().features());
  }

  public AdjacentNamesStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.adjacent";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Mention> ms = doc.mentions();
    Set<String> whole = new HashSet<>(); // organisations of two words or more, without clitics
    for (Mention m : ms) if (m.type().equals("ORG") && m.text().strip().indexOf(' ') > 0) whole.add(PropagateStage.bareKey(m.text()));
    if (ms.stream().allMatch(m -> m.type().equals("PER"))) return doc;
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> out = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (i + 1 < ms.size() && joins(body, m, ms.get(i + 1), whole)) {
        Mention n = ms.get(i + 1);
        m = new Mention(m.start(), n.end(), body.substring(m.start(), n.end()), "ORG", null, m.role());
        i++;
      }
      Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      Mention w = withWordBefore(body, toks, m, prev);
      if (w == m && prev != null && holdsTitle(body, toks, prev, m)) w = new Mention(m.start(), m.end(), m.text(), "PER", null, m.role());
      changed |= w != ms.get(i);
      out.add(w);
    }
    return changed ? doc.withMentions(out) : doc;
  }

  private boolean joins(String body, Mention a, Mention b, Set<String> whole) {
    if (a.type().equals("PER") || b.type().equals("PER") || a.end() >= b.start()
        || !body.substring(a.end(), b.start()).equals(" ")) {
      return false;
    }
    List<String> wa = NameForms.words(a.text()), wb = NameForms.words(b.text());
    if (wa.isEmpty() || wb.isEmpty() || wa.size() + wb.size() > MAX_WORDS) return false;
    List<String> w = new ArrayList<>(wa);
    w.addAll(wb);
    // a gazetteer organisation whatever the parts were typed (ريال | مدريد, a club and its city)
    if (orgPhrase(w)) return true;
    if (!a.type().equals("ORG") || !b.type().equals("ORG")) return false;
    String joined = body.substring(a.start(), b.end());
    if (whole.contains(PropagateStage.bareKey(joined))) return true;
    if (wa.size() != 1 || wb.size() != 1 || wb.get(0).startsWith("ال")) return false;
    for (String first : Clitics.variants(wa.get(0))) {
      if (first.length() >= 3 && orgWord(first) && orgWord(wb.get(0))) return true;
    }
    return false;
  }

  /** Whether the gazetteer lists the words (clitics allowed on the first) as an organisation. */
  private boolean orgPhrase(List<String> w) {
    String rest = String.join(" ", w.subList(1, w.size()));
    for (String first : Clitics.variants(w.get(0))) {
      if ((lexicon.gazetteer().getOrDefault(first + " " + rest, 0) & NerFeatures.ORG) != 0) return true;
    }
    return false;
  }

  private boolean orgWord(String norm) {
    return (lexicon.gazetteer().getOrDefault(norm, 0) & NerFeatures.ORG) != 0;
  }

  /**
   * The organisation (or place: a club named after its city) with the untagged word right before it,
   * when the gazetteer lists that phrase as an organisation.
   */
  private Mention withWordBefore(String body, List<Token> toks, Mention m, Mention prev) {
    if (!m.type().equals("ORG") && !m.type().equals("LOC")) return m;
    int k = tokenBefore(toks, m.start());
    if (k < 0 || !body.substring(toks.get(k).end(), m.start()).equals(" ")) return m;
    Token t = toks.get(k);
    if (prev != null && prev.end() > t.start() || EntityLexicon.STOPWORDS.contains(t.norm()) || RoleStage.isTitle(t.norm())) return m;
    // a head noun (نادي, شركة) is left to entities.orgs, which knows where names start after one
    for (String v : Clitics.variants(t.norm())) if (EntityLexicon.ORG_HEADS.containsKey(v)) return m;
    List<String> w = new ArrayList<>();
    w.add(t.norm());
    w.addAll(NameForms.words(m.text()));
    String phrase = String.join(" ", w);
    if (w.size() > MAX_WORDS || (lexicon.gazetteer().getOrDefault(phrase, 0) & NerFeatures.ORG) == 0) return m;
    return new Mention(t.start(), m.end(), body.substring(t.start(), m.end()), "ORG", null, m.role());
  }

  /**
   * {@code m}, typed organisation or MISC, follows {@code prev} (an organisation or place) by one
   * space, a title stands in the two words before {@code prev}, and {@code m}'s words are names no
   * gazetteer lists for a body: then {@code m} is the title holder.
   */
  private boolean holdsTitle(String body, List<Token> toks, Mention prev, Mention m) {
    if (!(m.type().equals("ORG") || m.type().equals("MISC")) || prev.type().equals("PER") || prev.type().equals("MISC")
        || !body.substring(prev.end(), m.start()).equals(" ")) {
      return false;
    }
    List<String> w = NameForms.words(m.text());
    if (w.size() < 2 || w.size() > 3) return false;
    for (String x : w) {
      int gaz = lexicon.gazetteer().getOrDefault(x, 0);
      if (x.startsWith("ال") || x.length() < 3 || EntityLexicon.STOPWORDS.contains(x)
          || (gaz & (NerFeatures.ORG | NerFeatures.LOC)) != 0 && (gaz & NerFeatures.PER) == 0) {
        return false;
      }
    }
    int k = tokenBefore(toks, prev.start());
    for (int back = 0; back < 2 && k - back >= 0; back++) {
      Token t = toks.get(k - back);
      int to = back == 0 ? prev.start() : toks.get(k - back + 1).start();
      if (!body.substring(t.end(), to).isBlank()) return false;
      if (RoleStage.isTitle(t.norm())) return true;
    }
    return false;
  }

  /** Index of the last token ending at or before {@code pos}, or -1. */
  private static int tokenBefore(List<Token> toks, int pos) {
    int lo = 0, hi = toks.size(); // first token ending after pos
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).end() <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
