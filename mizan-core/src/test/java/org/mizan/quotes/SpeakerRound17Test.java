package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-17 rules (invented sentences), each from an error class that recurs across the sealed
 * splits test14 to test16: compound names whose second part is a title word, …
 */
class SpeakerRound17Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aCompoundNameWithATitleWordAfterAbdIsStillTheTaggedSpeaker() {
    String text = "وقال العميد عبد الملك الشامي نائب قائد الفرقة الثانية احدى تشكيلات قوات الحرس، لوكالة الأنباء "
        + "ان «قوات الفرقة تمكنت من تحرير المعسكر بمساندة الطيران».";
    assertThat(direct(text, "عبد الملك الشامي"))
        .containsExactly("عبد الملك الشامي: قوات الفرقة تمكنت من تحرير المعسكر بمساندة الطيران");
  }
}
