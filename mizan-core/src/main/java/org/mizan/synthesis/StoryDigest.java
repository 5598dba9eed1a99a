package org.mizan.synthesis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Everything a reader needs about one story, every statement traceable to its articles: a cited
 * summary, a timeline, who said what, figures per source, divergences and coverage. Serialised by
 * {@link org.mizan.doc.Json}; the JSON form is documented in {@code docs/schema-digest.md}.
 */
public record StoryDigest(
    @JsonProperty("schema_version") int schemaVersion,
    String storyId,
    String label,
    List<String> documents,
    List<SummarySentence> summary,
    List<TimelineEvent> timeline,
    List<SpeakerStatements> quotes,
    List<Quantity> figures,
    List<Divergence> divergences,
    Coverage coverage,
    List<org.mizan.stories.RelatedStories.Link> related) {

  /** Version of the JSON form; bump on any incompatible change. */
  public static final int SCHEMA_VERSION = 1;

  public StoryDigest {
    documents = List.copyOf(documents);
    summary = List.copyOf(summary);
    timeline = List.copyOf(timeline);
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    divergences = List.copyOf(divergences);
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** A digest with no related stories yet: they are found over a whole run ({@link DigestReport}). */
  public StoryDigest(int schemaVersion, String storyId, String label, List<String> documents,
      List<SummarySentence> summary, List<TimelineEvent> timeline, List<SpeakerStatements> quotes,
      List<Quantity> figures, List<Divergence> divergences, Coverage coverage) {
    this(schemaVersion, storyId, label, documents, summary, timeline, quotes, figures, divergences, coverage, List.of());
  }

  /** The same digest with these related stories. */
  public StoryDigest withRelated(List<org.mizan.stories.RelatedStories.Link> links) {
    return new StoryDigest(schemaVersion, storyId, label, documents, summary, timeline, quotes, figures, divergences,
        coverage, links);
  }

  /**
   * A span of one article that supports a statement: {@code text} is exactly
   * {@code body().substring(start, end)} of document {@code documentId}.
   */
  public record Citation(String documentId, String outlet, int start, int end, String text) {}

  /** One summary sentence (as printed in its first citation) and every article that carries it. */
  public record SummarySentence(String text, List<Citation> citations, int outlets) {
    public SummarySentence {
      citations = List.copyOf(citations);
    }
  }

  /**
   * A dated event: the sentence stating it, the date as resolved and as printed.
   *
   * @param inferred true when the article left the date unresolved and it was inferred from the
   *     story's time (a weekday read against the first report)
   * @param background true when the date is far from the story's own time (context, not news)
   */
  public record TimelineEvent(String date, String dateText, boolean inferred, String text, boolean background,
      List<Citation> citations) {
    public TimelineEvent {
      citations = List.copyOf(citations);
    }
  }

  /** Statements of one speaker (a canonical entity, else the description the articles give). */
  public record SpeakerStatements(String speaker, String entityId, List<Statement> statements) {
    public SpeakerStatements {
      statements = List.copyOf(statements);
    }
  }

  /**
   * One statement, possibly reported by several outlets (a same-statement group).
   *
   * @param kinds {@code direct} and/or {@code indirect}
   * @param outlets how many distinct outlets report it
   */
  public record Statement(String text, List<String> kinds, String medium, int outlets, List<Citation> citations) {
    public Statement {
      kinds = List.copyOf(kinds);
      citations = List.copyOf(citations);
    }
  }

  /**
   * One quantity (same unit and counted thing in a similar context) with each value the sources give.
   *
   * @param agreement true when one value is given by two or more outlets and no source differs
   * @param conflict true when sources give different values
   */
  public record Quantity(String unit, String counted, List<FigureValue> values, boolean agreement,
      boolean conflict) {
    public Quantity {
      values = List.copyOf(values);
    }
  }

  /** One value of a quantity, as printed, with the articles that give it. */
  public record FigureValue(double value, String text, List<String> outlets, List<Citation> citations) {
    public FigureValue {
      outlets = List.copyOf(outlets);
      citations = List.copyOf(citations);
    }
  }

  /**
   * Where sources or sides differ.
   *
   * @param kind {@code figure}, {@code claim} (opposite polarity about the same thing) or {@code time}
   * @param about what the sides differ on: the counted thing or unit ({@code figure}), the key word
   *     as printed ({@code claim}), the event sentence ({@code time})
   * @param note an explanation when one is likely (e.g. a time-zone difference), else null
   */
  public record Divergence(String kind, String about, List<Position> positions, String note) {
    public Divergence {
      positions = List.copyOf(positions);
    }
  }

  /**
   * One side of a divergence.
   *
   * @param stance the side in short: the value given ({@code figure}), {@code negated} or
   *     {@code asserted} ({@code claim}), or the ISO date with {@code early}/{@code late} part of day
   *     when printed ({@code time})
   * @param claim the claim as printed (the sentence, the figure, or the time expression)
   * @param actor who makes it when known (speaker or first named person/organisation), else null
   */
  public record Position(String stance, String claim, String actor, List<Citation> citations) {
    public Position {
      citations = List.copyOf(citations);
    }
  }

  /** Outlets covering the story, in order of publication, and the first and last report. */
  public record Coverage(List<Source> sources, String firstReport, String lastReport) {
    public Coverage {
      sources = List.copyOf(sources);
    }
  }

  /**
   * One article of the story.
   *
   * @param published the publication date the article states, or null
   * @param weekday the weekday the text says it appeared on ({@code اليوم الأربعاء}), or null
   * @param placedOn for an article with no stated date but a stated weekday: the day with that weekday
   *     nearest the story's first dated report (an inference, never the article's own claim), or null
   * @param syndicatedWith the other documents of its syndication group (shared copied text), or empty
   * @param agency the agency the group likely copied from, or null
   */
  public record Source(String documentId, String outlet, String headline, String published, String weekday,
      String placedOn, List<String> creditedSources, List<String> syndicatedWith, String agency) {
    public Source {
      creditedSources = List.copyOf(creditedSources);
      syndicatedWith = List.copyOf(syndicatedWith);
    }
  }
}
