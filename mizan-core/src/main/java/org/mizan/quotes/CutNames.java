package org.mizan.quotes;

import java.util.List;
import org.mizan.entities.Mention;

/**
 * The last check on a speaker's name: a name the phrase rules cut from a longer person the NER
 * tagged at the same place is given back whole. A title word inside a name ({@code حسن شيخ محمود},
 * {@code ولد الشيخ أحمد}) or a short foreign family name ({@code إيدوين لو}) ends the rules' name
 * run, so they keep one part of it, or run a pronoun into its first word ({@code أحدهم محمد}). The
 * name's last printing before the quote is looked up: when it lies inside a tagged person that is
 * longer, or runs into the start of one, the tagged person is the speaker. A rules' name that
 * covers a whole mention and goes on (a family name the tagger cut) is left as it is.
 */
final class CutNames {
  private CutNames() {}

  /** The speaker of a quote starting at {@code quoteStart}, its name completed from {@code persons}. */
  static Quote.Speaker complete(Quote.Speaker s, int quoteStart, String body, List<Mention> persons) {
    if (s == null || s.canonical() == null || s.entityId() != null) return s;
    String name = s.canonical().strip();
    if (name.isEmpty()) return s;
    int at = body.lastIndexOf(name, Math.max(0, quoteStart - name.length()));
    if (at < 0) return s;
    int end = at + name.length();
    for (Mention m : persons) {
      boolean inside = m.start() <= at && end <= m.end() && m.end() - m.start() > name.length();
      boolean runsIn = at < m.start() && m.start() < end && end < m.end();
      if ((inside || runsIn) && wholeName(MentionSpeakers.name(m)) && bareEdges(body, m, at, end)) {
        return new Quote.Speaker(MentionSpeakers.name(m).strip(), s.description(), null);
      }
    }
    return s;
  }

  /**
   * The words the mention adds to the name are no definite words ({@code الكولومبي فلان}: an
   * adjective or title the tagger took in), except after a connector ({@code ولد الشيخ}).
   */
  private static boolean bareEdges(String body, Mention m, int at, int end) {
    List<org.mizan.text.Token> words = org.mizan.text.Tokenizer.tokenize(body.substring(m.start(), m.end()));
    for (int i = 0; i < words.size(); i++) {
      int from = m.start() + words.get(i).start();
      boolean added = from < at || from >= end;
      if (added && SpeakerPhrases.definite(words.get(i)) && !MentionSpeakers.afterConnector(words, i)) return false;
    }
    return true;
  }

  /** A tagged person that is a name alone: no role word, and no adjective of origin ({@code الكولومبي فلان}). */
  private static boolean wholeName(String name) {
    if (!MentionSpeakers.personName(name)) return false;
    for (org.mizan.text.Token t : org.mizan.text.Tokenizer.tokenize(name)) if (SpeakerPhrases.nationality(t)) return false;
    return true;
  }
}
