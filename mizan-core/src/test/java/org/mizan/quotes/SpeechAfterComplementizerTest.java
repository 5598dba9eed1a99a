package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A short quote after إن/أن is speech, even when a naming word (باسم, قرية) stands a few words back. */
class SpeechAfterComplementizerTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> direct(String text) {
    return extractor.extract(text, TestMentions.persons(text)).stream().filter(q -> q.kind().equals("direct")).toList();
  }

  @Test
  void aShortQuoteAfterTheSpokesmanOfABodyAndInIsSpeech() {
    List<Quote> qs = direct("وقال المتحدث باسم الهيئة إن «العمل سينتهي قبل نهاية الشهر المقبل».");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("العمل سينتهي قبل نهاية الشهر المقبل");
    assertThat(qs.get(0).speaker().description()).isEqualTo("المتحدث باسم الهيئة");
  }

  @Test
  void aNamedThingIsStillATitle() {
    assertThat(direct("وأطلقت الهيئة مبادرة باسم «معا نحو مدينة أنظف» أمس.")).isEmpty();
  }
}
