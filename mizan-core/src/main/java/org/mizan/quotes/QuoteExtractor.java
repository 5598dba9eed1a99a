package org.mizan.quotes;

import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;

/**
 * Stage {@code quotes.extract}: direct quotes (every quote style, multi-sentence, continued after a
 * paragraph break) and indirect ones ({@code قال X إن …}, {@code وفقاً لـ X}) with their speaker, cue
 * and medium. Speakers come from the text itself ({@link SpeakerPhrases}); a verb with no subject
 * ({@code وأضاف}, {@code مضيفاً}) continues the current speaker, and a short name ({@code العلي}) is
 * resolved to the full name the document gives elsewhere. The corpus stage {@link SpeakerLinker}
 * later maps names to entities.
 */
public final class QuoteExtractor implements DocumentStage {
  private final ReportingVerbs verbs;

  public QuoteExtractor() {
    this(ReportingVerbs.standard());
  }

  QuoteExtractor(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  @Override
  public String name() {
    return "quotes.extract";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withQuotes(extract(doc.body(), doc.mentions()));
  }

  /** Quotes of a body text, in text order, with no NER mentions. */
  public List<Quote> extract(String body) {
    return extract(body, List.of());
  }

  /** Quotes of a body text, in text order; the NER's person mentions are speaker candidates. */
  public List<Quote> extract(String body, List<org.mizan.entities.Mention> mentions) {
    List<Quote> quotes = new QuoteRun(body, new MentionSpeakers(body, mentions), verbs).extract();
    List<Quote> out = new java.util.ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Quote.Speaker s = SpeakerShape.check(q.speaker(), mentions);
      out.add(s == q.speaker() ? q : new Quote(s, q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()));
    }
    return out;
  }
}
