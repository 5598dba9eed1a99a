package org.mizan.stories;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;

/**
 * The past days an article's text recalls, and whether one of them is a story's event day. A
 * developing story's follow-up (the victims named, the inquiry, the funeral) looks back at the day
 * of the event ("الجمعة الماضي", "أول من أمس") while its own news is of a later day; a new event by
 * the same actors states its own day. A feature for {@link JoinModel}; it decides nothing alone.
 */
final class RecalledDays {
  private RecalledDays() {}

  /** Characters of the text read: a follow-up recalls the event's day after its own news, past the lead. */
  static final int CHARS = 1500;

  /** The days before its publication day that the article's headline and first {@link #CHARS} characters state. */
  static Set<String> of(Document d) {
    String published = d.published() == null ? null : d.published().value();
    if (published == null || published.length() < 10) return Set.of();
    StringBuilder text = new StringBuilder();
    for (Paragraph p : d.paragraphs()) {
      if (text.length() >= CHARS) break;
      text.append(p.text()).append("\n\n");
    }
    String day = published.substring(0, 10);
    Set<String> out = new LinkedHashSet<>();
    for (String s : EventDates.of(d.headline(), text.toString(), published, false, CHARS)) {
      if (s.compareTo(day) < 0) out.add(s);
    }
    return out;
  }

  /** Whether {@code recalled} holds the story's main event day (the day its reports state most; the earliest of a tie). */
  static boolean refersBack(Set<String> recalled, StoryCluster c) {
    if (recalled.isEmpty() || c.eventDates.isEmpty()) return false;
    String main = null;
    int most = 0;
    for (Map.Entry<String, Integer> en : c.eventDates.entrySet()) {
      if (en.getValue() > most || (en.getValue() == most && main != null && en.getKey().compareTo(main) < 0)) {
        main = en.getKey();
        most = en.getValue();
      }
    }
    return recalled.contains(main);
  }
}
