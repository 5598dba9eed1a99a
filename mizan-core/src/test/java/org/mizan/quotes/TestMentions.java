package org.mizan.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.entities.Mention;

/** Hand-placed NER mentions for quote tests on invented sentences, and how they print a speaker. */
final class TestMentions {
  private TestMentions() {}

  /** PER mentions at each occurrence of the given surface forms, canonical = the form. */
  static List<Mention> persons(String text, String... names) {
    List<Mention> out = new ArrayList<>();
    for (String n : names) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        out.add(new Mention(at, at + n.length(), n, "PER", null, null, n));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The direct quotes among {@code quotes}, each printed as "speaker: text". */
  static List<String> direct(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind().equals("direct")).map(q -> speaker(q) + ": " + q.text().strip()).toList();
  }

  /** Every quote of {@code quotes}, printed as "speaker: text". */
  static List<String> all(List<Quote> quotes) {
    return quotes.stream().map(q -> speaker(q) + ": " + q.text().strip()).toList();
  }

  /** The quote's speaker as a test names it: canonical name, else description; {@code ?} when left unknown. */
  static String speaker(Quote q) {
    if (q.speaker() == null) return "?";
    return q.speaker().canonical() != null ? q.speaker().canonical() : q.speaker().description();
  }
}
