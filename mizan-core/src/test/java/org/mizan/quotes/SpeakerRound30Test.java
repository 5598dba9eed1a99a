package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/**
 * Round-30 rules (invented sentences), from the errors of web-dev3 and the pool. Each test fails with
 * its rule disabled.
 */
class SpeakerRound30Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aTitleInAppositionVouchesForAnUntaggedName() {
    String text = "وكان أحمد سالم قد سجل الهدف الأول.\n"
        + "قال خالد الرميثي، لاعب وسط نادي الوصل، “المباراة كانت صعبة علينا حتى الدقيقة الأخيرة”.\n"
        + "وأضاف: “سنعود أقوى في مباراة الإياب الأسبوع المقبل”.";
    assertThat(direct(text, "أحمد سالم")).containsExactly(
        "خالد الرميثي: المباراة كانت صعبة علينا حتى الدقيقة الأخيرة",
        "خالد الرميثي: سنعود أقوى في مباراة الإياب الأسبوع المقبل");
  }

  @Test
  void aPlaceTaggedAtTheHeadOfANameEndsTheTitle() {
    String text = "وأوضح محافظ ريف دمشق سامر يوسف الخليل قائلا: \"الطرق إلى القرى الشرقية مفتوحة أمام الأهالي\".";
    List<Mention> ms = new ArrayList<>(persons(text, "سامر يوسف"));
    int at = text.indexOf("دمشق");
    ms.add(new Mention(at, at + 4, "دمشق", "LOC", null, null, "دمشق"));
    ms.sort(Comparator.comparingInt(Mention::start));
    assertThat(TestMentions.direct(extractor.extract(text, ms)))
        .containsExactly("سامر يوسف الخليل: الطرق إلى القرى الشرقية مفتوحة أمام الأهالي");
  }
}
