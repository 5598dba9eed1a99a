package org.mizan.quotes;

import java.util.List;
import java.util.Set;
import org.mizan.entities.Mention;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.WordList;

/**
 * The last check on a speaker the cue reader found: a speaker's name or description opens with a
 * noun or a name, never with a preposition, a particle or a pronoun. A speaker that does ({@code
 * قبيل الزيارة}, {@code وهو يقرأ ورقة}, {@code بإرجاء الانتخابات}) is a phrase beside the cue taken
 * for its subject; the quote keeps its text and loses the speaker, since a wrong name in "who said
 * what" misleads a reader where an unknown one does not. A topic particle before a name ({@code أما
 * فلان}) is dropped and the name kept.
 */
final class SpeakerShape {
  private static final Set<String> NEVER_OPENS = WordList.normalized(SpeakerShape.class, "non-speaker-openings.txt");
  /** Topic particles: {@code أما فلان فقال}, the name follows. */
  private static final Set<String> TOPIC = Set.of("اما", "واما", "فيما", "بينما");

  private SpeakerShape() {}

  /**
   * Whether a speaker is a group named by a definite sound plural ({@code الموظفون في بيانهم},
   * {@code المحتجين}): a plural verb with no subject of its own ({@code وأضافوا}) continues it. Seven
   * letters at least, so a one-word name ending the same way ({@code الحسين}) is no plural.
   */
  static boolean plural(Quote.Speaker s) {
    if (s == null || s.entityId() != null) return false;
    String name = s.canonical() != null ? s.canonical() : s.description();
    if (name == null || name.isBlank()) return false;
    String head = ArabicNormalization.normalize(name.strip().split("\\s+")[0]);
    return head.length() >= 7 && head.startsWith("ال") && (head.endsWith("ون") || head.endsWith("ين"));
  }

  /** The speaker with its opening checked: the same, the name after a topic particle, or null. */
  static Quote.Speaker check(Quote.Speaker s, List<Mention> mentions) {
    if (s == null || s.entityId() != null) return s;
    String name = s.canonical() != null ? s.canonical() : s.description();
    if (name == null) return s;
    String[] words = name.strip().split("\\s+");
    String first = ArabicNormalization.normalize(words[0]);
    if (TOPIC.contains(first)) {
      if (words.length == 1) return null;
      String rest = name.strip().substring(words[0].length()).strip();
      return s.canonical() != null ? new Quote.Speaker(rest, s.description(), null) : new Quote.Speaker(null, rest, null);
    }
    if (NEVER_OPENS.contains(first)) return null;
    if (prepositional(words[0]) && !opensMention(words[0], mentions)) return null;
    return s;
  }

  /**
   * A preposition joined to a definite noun or a verbal noun ({@code بالبت}, {@code للطرف}, {@code
   * بإمكانية}, {@code لإنهاء}): a genitive, which no subject is. A foreign name can look the same
   * ({@code بالوتيلي}), so a word the tagger opened a mention with is spared.
   */
  private static boolean prepositional(String word) {
    String w = word.startsWith("و") ? word.substring(1) : word;
    return w.length() > 4 && (w.startsWith("بال") || w.startsWith("لل") || w.startsWith("بإ") || w.startsWith("لإ"));
  }

  private static boolean opensMention(String word, List<Mention> mentions) {
    for (Mention m : mentions) if (m.text().startsWith(word)) return true;
    return false;
  }
}
