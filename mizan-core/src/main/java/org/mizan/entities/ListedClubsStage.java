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
import org.mizan.text.WordList;

/**
 * {@code entities.listed-clubs}: an Arab club named by a word with a common sense ({@code النصر},
 * {@code التعاون}, {@code السد}: {@code club-names.txt}) is the club in a sports document where the
 * context shows it: right after a word of the team or the fixture ({@code لاعبي}, {@code أمام},
 * {@code لملاقاة}: {@code club-cues.txt}), or joined by و to such a club ({@code لاعبي النصر والهلال}).
 * The club word is the name: an organisation printed {@code نادي X} or {@code فريق X} is cut to X,
 * the form the club goes by everywhere else. Clubs after a word naming the opponent: {@link RivalClubNames}.
 */
public final class ListedClubsStage implements DocumentStage {
  private static final Set<String> CLUBS = WordList.normalized(ListedClubsStage.class, "club-names.txt");
  private static final Set<String> CUES = WordList.normalized(ListedClubsStage.class, "club-cues.txt");
  private static final Set<String> TEAM_WORDS = Set.of("نادي", "فريق");

  @Override
  public String name() {
    return "entities.listed-clubs";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> out = new ArrayList<>();
    for (Mention m : doc.mentions()) out.add(withoutTeamWord(body, m)); // نادي X names the club in any story
    boolean changed = !out.equals(doc.mentions());
    if (!ClubNamesStage.aboutSport(toks)) return changed ? doc.withMentions(out) : doc;
    List<Mention> rivals = RivalClubNames.apply(body, toks, out); // أمام نظيره X: X is a club, listed or not
    if (rivals != out) {
      out = new ArrayList<>(rivals);
      changed = true;
    }
    boolean[] club = new boolean[toks.size()];
    for (int i = 1; i < toks.size(); i++) {
      club[i] = listed(toks.get(i)) && adjacent(body, toks, i - 1) && Clitics.anyVariantIn(toks.get(i - 1).norm(), CUES);
    }
    // a listed club joined by و to a club on either side (النصر والهلال, والهلال after النصر)
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (!adjacent(body, toks, i) || !listed(toks.get(i)) || !listed(toks.get(i + 1))) continue;
      if (toks.get(i + 1).norm().charAt(0) != 'و') continue;
      boolean either = club[i] || club[i + 1];
      club[i] |= either;
      club[i + 1] |= either;
    }
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (!club[i] || Mention.anyOverlaps(out, t.start(), t.end())) continue;
      out.add(new Mention(t.start(), t.end(), t.text(), "ORG", null, null));
      changed = true;
    }
    if (!changed) return doc;
    out.sort(Comparator.comparingInt(Mention::start));
    return doc.withMentions(out);
  }

  /**
   * A mention {@code نادي X} / {@code فريق X} of a listed club, proclitic allowed ({@code لنادي الهلال}),
   * as the organisation X, whatever type the tagger gave it (a club word is often a place to it); any
   * other mention as it is.
   */
  private static Mention withoutTeamWord(String body, Mention m) {
    if (m.type().equals("PER")) return m;
    List<Token> w = Tokenizer.tokenize(m.text());
    if (w.size() != 2 || !Clitics.anyVariantIn(w.get(0).norm(), TEAM_WORDS) || !listed(w.get(1))) return m;
    int s = m.start() + w.get(1).start();
    return new Mention(s, m.end(), body.substring(s, m.end()), "ORG", m.entityId(), m.role(), null);
  }

  /** Whether a token is a listed club word, proclitics allowed ({@code والهلال}, {@code للنصر}). */
  static boolean listed(Token t) {
    return t.isArabic() && Clitics.anyVariantIn(t.norm(), CLUBS);
  }


  /** Tokens {@code i} and {@code i + 1} are separated by spaces only. */
  private static boolean adjacent(String body, List<Token> toks, int i) {
    return i + 1 < toks.size() && body.substring(toks.get(i).end(), toks.get(i + 1).start()).isBlank();
  }
}
