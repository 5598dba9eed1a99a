package org.mizan.synthesis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.stories.Story;
import org.mizan.synthesis.StoryDigest.Coverage;
import org.mizan.synthesis.StoryDigest.Source;

/** Sources of a story in publication order, their syndication groups, and the first and last report. */
final class CoverageBuilder {
  private CoverageBuilder() {}

  /** @param anchor the story's first dated report, against which a stated weekday is placed; may be null */
  static Coverage build(Story story, List<Document> docs, LocalDate anchor) {
    List<Source> sources = new ArrayList<>();
    for (Document d : docs) {
      List<String> with = List.of();
      String agency = null;
      for (Story.SyndicationGroup g : story.syndication()) {
        if (g.documents().contains(d.id())) {
          with = g.documents().stream().filter(x -> !x.equals(d.id())).toList();
          agency = g.agency();
        }
      }
      String published = d.published() == null ? null : d.published().value();
      String weekday = d.published() == null ? null : d.published().weekday();
      String placed = null;
      if (published == null && weekday != null && anchor != null) {
        DayOfWeek day = StoryDates.weekday(weekday);
        if (day != null) placed = StoryDates.nearest(anchor, day).toString();
      }
      sources.add(new Source(d.id(), d.outlet(), d.headline(), published, weekday, placed, d.creditedSources(), with,
          agency));
    }
    // publication order (an article placed by its weekday among them); undated ones keep arrival order last
    sources.sort(Comparator.comparing(CoverageBuilder::when, Comparator.nullsLast(Comparator.naturalOrder())));
    String first = story.firstSeen();
    String last = story.lastSeen();
    List<String> dated = sources.stream().map(Source::published).filter(p -> p != null).sorted().toList();
    if (first == null && !dated.isEmpty()) first = dated.get(0);
    if (last == null && !dated.isEmpty()) last = dated.get(dated.size() - 1);
    return new Coverage(sources, first, last);
  }

  private static String when(Source s) {
    return s.published() != null ? s.published() : s.placedOn();
  }
}
