package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.possessor-names}: after a relational title in construct state ({@code مستشار},
 * {@code صهر}, {@code نجل}) the first name is the possessor's and the next one the person's
 * ({@code مستشار كارتر جيمس هولدن}: Carter's adviser, James Holden). When the tagger printed both as one
 * person of three words or more and the article names a person by that first word elsewhere (the last
 * word of {@code جون كارتر}, or {@code كارتر} alone), the mention is parted into the two names.
 * Runs after {@code entities.adjacent-persons}, which may have glued the two.
 */
public final class PossessorNamesStage implements DocumentStage {
  private static final int MIN_WORDS = 3;

  @Override
  public String name() {
    return "entities.possessor-names";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Mention> ms = doc.mentions();
    List<Mention> out = new ArrayList<>(ms.size() + 1);
    boolean changed = false;
    for (Mention m : ms) {
      List<Token> w = Tokenizer.tokenize(m.text());
      if (m.type().equals("PER") && w.size() >= MIN_WORDS && afterRelational(body, m)
          && namedElsewhere(ms, m, w.get(0).norm())) {
        int cut = m.start() + w.get(0).end();
        int rest = m.start() + w.get(1).start();
        out.add(new Mention(m.start(), cut, body.substring(m.start(), cut), "PER", null, null));
        out.add(new Mention(rest, m.end(), body.substring(rest, m.end()), "PER", null, null));
        changed = true;
      } else {
        out.add(m);
      }
    }
    return changed ? doc.withMentions(out) : doc;
  }

  /** A relational title in construct state is the word right before the mention. */
  private static boolean afterRelational(String body, Mention m) {
    List<Token> before = Tokenizer.tokenize(body.substring(Math.max(0, m.start() - 30), m.start()));
    if (before.isEmpty()) return false;
    Token t = before.get(before.size() - 1);
    String gap = body.substring(Math.max(0, m.start() - 30) + t.end(), m.start());
    return gap.equals(" ") && RoleStage.isRelational(t.norm());
  }

  /** Another person mention of the article is {@code word} alone or closes with it. */
  private static boolean namedElsewhere(List<Mention> ms, Mention m, String word) {
    for (Mention o : ms) {
      if (o == m || !o.type().equals("PER") || o.overlaps(m.start(), m.end())) continue;
      List<String> w = NameForms.words(o.text());
      if (!w.isEmpty() && w.get(w.size() - 1).equals(word)) return true;
    }
    return false;
  }
}
