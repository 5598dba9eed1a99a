package org.mizan.synthesis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.figures.TextDate;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.TimelineEvent;
import org.mizan.synthesis.StoryText.Sentence;

/**
 * Dated events: every body sentence holding a resolved date becomes an event on its first date; the same
 * event told by several articles (similar sentences, same date) is one entry citing them all.
 * Dates more than {@link #BACKGROUND_DAYS} days before the story's first report are background.
 */
final class TimelineBuilder {
  static final long BACKGROUND_DAYS = 30;
  /** Cosine at or above which two sentences on the same date tell the same event. */
  private static final double SAME_EVENT = 0.3;
  private static final int MAX_PER_DATE = 3;
  /** Cosine at or above which an undated sentence of another article tells the same event. */
  private static final double SUPPORT = 0.45;

  private TimelineBuilder() {}

  private record Item(String date, String dateText, boolean inferred, Sentence sentence, int at) {}

  private static final class Event {
    final String date;
    final String dateText;
    final boolean inferred;
    final Sentence head;
    final List<Sentence> all = new ArrayList<>();
    final Set<Integer> docs = new LinkedHashSet<>();

    Event(Item it) {
      date = it.date();
      dateText = it.dateText();
      inferred = it.inferred();
      head = it.sentence();
      all.add(head);
      docs.add(head.doc());
    }
  }

  static List<TimelineEvent> build(StoryText st, List<StoryDates.Dated> dates, LocalDate anchor) {
    List<Item> items = new ArrayList<>();
    for (StoryDates.Dated x : dates) {
      TextDate td = x.date();
      Sentence s = st.at(x.doc(), td.start());
      if (s == null || s.subheading() || referencePoint(st.docs.get(x.doc()).body(), td.start())) continue;
      String v = x.value().length() > 10 ? x.value().substring(0, 10) : x.value();
      items.add(new Item(v, td.text(), x.inferred(), s, td.start()));
    }
    // one date per sentence: its first, which in news prose dates the main clause ("قال يوم الاثنين
    // إن الحرب التي بدأت في فبراير 2022 …" is Monday's statement); a sentence listed under each of
    // its dates repeated itself down the timeline
    // … except a span since (الحرب المستمرة منذ نحو أربع سنوات، أعلن الكرملين الثلاثاء): it measures how long a
    // state has lasted, and the sentence's own event is its other date
    java.util.Map<Integer, Item> first = new java.util.LinkedHashMap<>();
    for (Item it : items) first.merge(it.sentence().index(), it, TimelineBuilder::sentenceDate);
    items = new ArrayList<>(first.values());
    List<Event> events = new ArrayList<>();
    for (Item it : items) {
      Event into = null;
      for (Event e : events) {
        if (!e.date.equals(it.date())) continue;
        if (e.all.contains(it.sentence())) {
          into = e;
          break;
        }
        for (Sentence s : e.all) {
          if (StoryText.cosine(s.vector(), it.sentence().vector()) >= SAME_EVENT) {
            into = e;
            break;
          }
        }
        if (into != null) break;
      }
      if (into == null) events.add(new Event(it));
      else if (!into.all.contains(it.sentence())) {
        into.all.add(it.sentence());
        into.docs.add(it.sentence().doc());
      }
    }
    // articles telling the same event without a date support it too
    for (Event e : events) {
      for (int d = 0; d < st.docs.size(); d++) {
        if (e.docs.contains(d)) continue;
        Sentence best = null;
        double bestSim = SUPPORT;
        for (Sentence s : st.byDoc.get(d)) {
          double c = s.subheading() ? 0 : StoryText.cosine(s.vector(), e.head.vector());
          if (c >= bestSim) {
            bestSim = c;
            best = s;
          }
        }
        if (best != null) {
          e.all.add(best);
          e.docs.add(d);
        }
      }
    }
    // keep the best-supported events of each date
    events.sort(Comparator.comparing((Event e) -> sortKey(e.date)).thenComparing(e -> -e.docs.size())
        .thenComparingInt(e -> e.head.index()));
    List<TimelineEvent> out = new ArrayList<>();
    String lastDate = null;
    int perDate = 0;
    for (Event e : events) {
      perDate = e.date.equals(lastDate) ? perDate + 1 : 1;
      lastDate = e.date;
      if (perDate > MAX_PER_DATE) continue;
      List<Citation> cites = new ArrayList<>();
      Set<Integer> seen = new LinkedHashSet<>();
      for (Sentence s : e.all) if (seen.add(s.index())) cites.add(Summarizer.cite(st, s));
      out.add(new TimelineEvent(e.date, e.dateText, e.inferred, e.head.text(), isBackground(e.date, anchor), cites));
    }
    return out;
  }

  /** Of two dates of one sentence, the one dating its event: the first, unless it is a span since and the other not. */
  private static Item sentenceDate(Item a, Item b) {
    boolean sa = sinceSpan(a.dateText()), sb = sinceSpan(b.dateText());
    if (sa != sb) return sa ? b : a;
    return a.at() <= b.at() ? a : b;
  }

  /** A date read from a span counted back with منذ ({@code منذ ثلاثة أعوام}, {@code ومنذ نحو شهرين}). */
  static boolean sinceSpan(String dateText) {
    String t = dateText.strip();
    return t.startsWith("منذ ") || t.startsWith("ومنذ ");
  }

  /** Words between منذ or تسليم and the date they govern: منذ أوائل أبريل, منذ شهر فبراير. */
  private static final Set<String> FRAME_WORDS = org.mizan.text.WordList.of("أوائل", "أواخر", "أول", "آخر", "مطلع", "منتصف", "نهاية", "بداية", "شهر",
      "عام", "يوم");
  /** Superlatives and ordinals that make a منذ date the start of a record: أدنى مستوى منذ, الخامسة من نوعها منذ. */
  private static final Set<String> RECORD_WORDS = org.mizan.text.WordList.of("أدنى", "أعلى", "أكبر", "أصغر", "أسوأ", "أقل", "أكثر", "أفضل",
      "أطول", "أسرع", "أضعف", "أقوى", "أرفع", "أخفض", "أول", "نوعها", "نوعه");
  /** How far before منذ a record word is looked for. */
  private static final int RECORD_REACH = 8;

  /**
   * A date the sentence measures against, not one it happens on: the start of a record ({@code أدنى
   * مستوى له منذ أوائل أبريل}, the lowest since April, reached today) or a futures month ({@code لتسليم
   * سبتمبر}, a contract to come). A plain "since" dates its event's start ({@code منذ الاثنين ضاعف
   * الحزب هجماته}) and stays.
   */
  static boolean referencePoint(String body, int pos) {
    List<org.mizan.text.Token> before = org.mizan.text.Tokenizer.tokenize(body.substring(Math.max(0, pos - 120), pos));
    int k = before.size() - 1;
    while (k >= 0 && FRAME_WORDS.contains(org.mizan.text.Clitics.strip(before.get(k).norm()))) k--;
    if (k < 0) return false;
    if (before.get(k).norm().endsWith("تسليم")) return true; // تسليم، لتسليم، بتسليم
    String n = before.get(k).norm();
    if (!n.equals("منذ") && !n.equals("ومنذ")) return false;
    for (int j = k - 1; j >= 0 && j >= k - RECORD_REACH; j--) {
      String w = before.get(j).norm();
      if (RECORD_WORDS.contains(w) || w.startsWith("ال") && RECORD_WORDS.contains(w.substring(2))) return true;
    }
    return false;
  }

  /** Chronological key of a date value: ISO weeks ({@code 2025-W48}) sort at their Monday. */
  static String sortKey(String value) {
    if (value.matches("\\d{4}-W\\d{2}")) {
      try {
        return LocalDate.parse(value + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE).toString();
      } catch (RuntimeException e) {
        return value;
      }
    }
    return value;
  }

  /**
   * A timeline date as a reader reads it: an ISO week ({@code 2025-W49}) becomes the date of its
   * Monday after {@code weekOf} ({@code week of 2025-12-01}); other values are shown as they are.
   */
  static String readable(String value, String weekOf) {
    if (value == null || !value.matches("\\d{4}-W\\d{2}")) return value;
    LocalDate monday = LocalDate.parse(value.substring(0, 4) + "-01-04")
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(value.substring(6)))
        .with(java.time.DayOfWeek.MONDAY);
    return weekOf + " " + monday;
  }

  /** True when {@code value} (a date or year-month) ends well before {@code anchor}. */
  static boolean isBackground(String value, LocalDate anchor) {
    if (anchor == null) return false;
    LocalDate end;
    try {
      if (value.contains("W")) end = LocalDate.parse(sortKey(value)).plusDays(6);
      else if (value.length() == 4) end = LocalDate.of(Integer.parseInt(value), 12, 31);
      else if (value.length() == 7) end = LocalDate.parse(value + "-01").plusMonths(1).minusDays(1);
      else end = LocalDate.parse(value.substring(0, 10));
    } catch (RuntimeException e) {
      return false;
    }
    return ChronoUnit.DAYS.between(end, anchor) > BACKGROUND_DAYS;
  }
}
