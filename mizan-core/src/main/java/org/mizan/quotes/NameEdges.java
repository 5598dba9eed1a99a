package org.mizan.quotes;

import java.util.ArrayList;
import java.util.List;
import org.mizan.entities.Mention;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Person mentions the tagger cut short, completed from the words printed around them: a first
 * name left out between a reporting verb and the rest ({@code وقال رام فلان علان} tagged {@code فلان
 * علان}), a second family name after a hyphen ({@code فلانة علان - لايتنر}), a family nisba left
 * after a name of two words ({@code فلان علان القرني}). A word that may be a title, a description, a
 * nationality, a function or time word never joins.
 */
final class NameEdges {
  private NameEdges() {}

  /** Pronouns that open an aside after a dash ({@code فلان -وهو متحدث باسم …-}). */
  private static final java.util.Set<String> ASIDES = java.util.Set.of("وهو", "وهي", "هو", "هي", "وهم", "هم");

  static List<Mention> completed(String body, List<Mention> mentions) {
    return completed(body, Tokenizer.tokenize(body), mentions);
  }

  /** As {@link #completed(String, List)}, with the body's tokens already cut. */
  static List<Mention> completed(String body, List<Token> toks, List<Mention> mentions) {
    if (mentions.stream().noneMatch(m -> "PER".equals(m.type()))) return new ArrayList<>(mentions);
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (!"PER".equals(m.type())) {
        out.add(m);
        continue;
      }
      int start = m.start();
      int end = m.end();
      int first = Tokens.covering(toks, m.start());
      int last = Tokens.covering(toks, m.end() - 1);
      boolean particle = first >= 0 && last == first + 1 && MentionSpeakers.particleEnded(body, m);
      while (first >= 0 && last > first && tail(toks.get(last)) && !particle) {
        end = toks.get(--last).end(); // فلان علان وهو قائد / فلان علان فإن: the name stops before the aside
      }
      for (int k = first + 1; first >= 0 && k <= last; k++) {
        if (toMedium(toks, k, last)) {
          end = toks.get(k - 1).end(); // فلان لفرانس برس، فلان لوكالة …: the name stops before the medium
          last = k - 1;
          break;
        }
      }
      if (first >= 2 && blank(body, toks, first - 2, first) && free(toks.get(first - 1)) && verb(toks.get(first - 2))) {
        start = toks.get(first - 1).start(); // وقال رام فلان: the first name after the verb
      }
      if (last >= 0 && last + 1 < toks.size()) {
        Token next = toks.get(last + 1);
        String gap = body.substring(toks.get(last).end(), next.start());
        // (a spaced or a tight hyphen: "فلان -وهو متحدث" opens an aside, not a second family name)
        boolean hyphen = (gap.equals(" - ") || gap.equals("-")) && !next.norm().startsWith("ال") && free(next)
            && !ASIDES.contains(next.norm());
        boolean nisba = gap.equals(" ") && words(body.substring(start, end)) >= 2 && nisba(next);
        if (hyphen || nisba) end = next.end();
      }
      for (Mention o : mentions) {
        if (o != m && o.start() < end && o.end() > start && (MentionSpeakers.linkedElsewhere(o) || !"PER".equals(o.type()))) {
          // the word is another name's (اليامي linked to مبارك اليامي) or a place's: leave it
          start = m.start();
          end = m.end();
        }
      }
      if (start == m.start() && end == m.end()) {
        String canonical = m.canonical() == null ? null : beforeMedium(m.canonical());
        out.add(canonical == null || canonical.equals(m.canonical()) ? m
            : new Mention(start, end, m.text(), m.type(), m.entityId(), m.role(), canonical));
        continue;
      }
      String text = body.substring(start, end);
      out.add(new Mention(start, end, text, m.type(), m.entityId(), m.role(),
          MentionSpeakers.linkedElsewhere(m) ? beforeMedium(MentionSpeakers.name(m)) : text));
    }
    return out;
  }

  /**
   * A function word the tagger ran a name into: a pronoun or complementizer, alone or after و or ف
   * ({@code وهو}, {@code فإن}, {@code الذي}); a printed علي stays (the name, not the preposition).
   */
  private static boolean tail(Token t) {
    if (SpeakerPhrases.printedAli(t)) return false;
    String n = t.norm();
    String bare = (n.startsWith("و") || n.startsWith("ف")) && n.length() > 2 ? n.substring(1) : n;
    return SpeakerPhrases.STOP.contains(n) || ASIDES.contains(n) || Complementizers.is(bare)
        || (bare.length() <= 3 && SpeakerPhrases.STOP.contains(bare));
  }

  /** A linked name cut before a medium it ran into ({@code سيف لفرانس برس} → {@code سيف}), the other names as they are. */
  private static String beforeMedium(String name) {
    List<Token> w = Tokenizer.tokenize(name);
    for (int k = 1; k < w.size(); k++) if (toMedium(w, k, w.size() - 1)) return name.substring(0, w.get(k - 1).end());
    return name;
  }

  /**
   * A لـ-word inside a name that opens the medium the words were given to: an agency or a media noun
   * after the لـ ({@code لرويترز}, {@code لوكالة}, {@code للتلفزيون}), or an agency word right after it
   * ({@code لفرانس برس}), or a definite broadcaster ({@code لهيئة الإذاعة}).
   */
  private static boolean toMedium(List<Token> toks, int k, int last) {
    String n = toks.get(k).norm();
    if (n.length() < 4 || !n.startsWith("ل")) return false;
    String rest = n.startsWith("لل") ? n.substring(2) : n.substring(1);
    if (SpeakerPhrases.AGENCIES.contains(rest) || SpeakerPhrases.MEDIA.contains(rest) || SpeakerPhrases.OUTLETS.contains(rest)) return true;
    if (k + 1 > last) return false;
    String next = toks.get(k + 1).norm();
    // لفرانس برس; لهيئة الإذاعة البريطانية: a body whose next word is a definite broadcaster
    return SpeakerPhrases.AGENCIES.contains(next) || next.startsWith("ال") && SpeakerPhrases.OUTLETS.contains(next.substring(2));
  }

  private static boolean blank(String body, List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) if (!body.substring(toks.get(k).end(), toks.get(k + 1).start()).equals(" ")) return false;
    return true;
  }

  /** A past reporting verb (قال، وأضاف), not a participle or verbal noun. */
  private static boolean verb(Token t) {
    ReportingVerbs.Form f = ReportingVerbs.standard().lookup(t.norm());
    return f != null && !f.participle();
  }

  /** An indefinite word of three letters or more that no word list claims. */
  private static boolean free(Token t) {
    String n = t.norm();
    if (n.length() < 3 || n.startsWith("ال") || !n.chars().allMatch(Character::isLetter)) return false;
    // خاله، شقيقها: a noun with a possessive pronoun (printed ه, not the ة of أسامة) is kin, not a name
    String shown = t.text().strip();
    if (shown.endsWith("ه") || shown.endsWith("ها") || QuoteWords.PARTITIVES.contains(n)) return false; // أحدهم
    String k = SpeakerPhrases.key(t);
    return !listed(n) && !listed(k) && ReportingVerbs.standard().lookup(n) == null;
  }

  /** {@code القرني}, {@code الزهراني}: a definite word in ي no list claims (not a nationality or title). */
  private static boolean nisba(Token t) {
    String n = t.norm();
    return n.startsWith("ال") && n.endsWith("ي") && n.length() >= 6 && !listed(n) && !listed(SpeakerPhrases.key(t));
  }

  private static boolean listed(String w) {
    return SpeakerPhrases.STOP.contains(w) || SpeakerPhrases.TITLES.contains(w) || SpeakerPhrases.DESCRIPTION_HEADS.contains(w)
        || SpeakerPhrases.NATIONALITIES.contains(w) || SpeakerPhrases.INSTITUTIONS.contains(w)
        || SpeakerPhrases.MEDIA.contains(w) || SpeakerPhrases.OUTLETS.contains(w) || QuoteWords.AFTER_NAME.contains(w);
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }
}
