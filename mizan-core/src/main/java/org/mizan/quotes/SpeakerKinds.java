package org.mizan.quotes;

import java.util.List;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/** What kind of speaker a printed speaker name is, for the stages after the quotes stage. */
public final class SpeakerKinds {
  private SpeakerKinds() {}

  /**
   * True when the name is an institution's or an outlet's ({@code المديرية العامة للشؤون الصحية},
   * {@code وزارة الخارجية}, {@code صحيفة "…"}): its first word is an institution or outlet head.
   */
  public static boolean institution(String name) {
    if (name == null) return false;
    List<Token> toks = Tokenizer.tokenize(name);
    if (toks.isEmpty()) return false;
    String head = SpeakerPhrases.key(toks.get(0));
    return SpeakerPhrases.INSTITUTIONS.contains(head) || SpeakerPhrases.OUTLETS.contains(head)
        || SpeakerPhrases.AGENCIES.contains(head);
  }
}
