package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-33 rules (invented sentences), from the leads of web-test4 (dev data) and the pools' misses.
 * Each test fails with its rule disabled.
 */
class SpeakerRound33Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aSpeechNounInTheNextSentenceNamesTheSpeakerOfAQuoteLeftUnknown() {
    // the title alone names no one; the next sentence does: جاء تصريح الحمداني …
    String text = "أكد وزير الدولة لشؤون النقل، المتحدث باسم الوزارة، أن “الطريق الدولي سيفتح أمام الشاحنات الأسبوع المقبل”.\n"
        + "جاء تصريح الحمداني ردا على شكاوى السائقين من طول الانتظار على الحدود.";
    assertThat(direct(text)).containsExactly("الحمداني: الطريق الدولي سيفتح أمام الشاحنات الأسبوع المقبل");
  }

  @Test
  void aSpeakerNamedEarlierIsTheSubjectOfALaterClauseTheTaggerMissed() {
    String text = "أكد المتحدث باسم الوزارة أن “الطريق الدولي سيفتح أمام الشاحنات الأسبوع المقبل”.\n"
        + "جاء تصريح الحمداني ردا على شكاوى السائقين.\n"
        + "واستبعد الحمداني فرض رسوم جديدة قائلا “لا نية لدينا لزيادة الأعباء على الناقلين”.";
    assertThat(direct(text)).containsExactly(
        "الحمداني: الطريق الدولي سيفتح أمام الشاحنات الأسبوع المقبل",
        "الحمداني: لا نية لدينا لزيادة الأعباء على الناقلين");
  }

  @Test
  void anIndefiniteTitleWithAnAdjectiveOfOriginDescribesAnUnnamedHolder() {
    // خليجي is the delegate's origin, not his name
    String text = "وقال مندوب خليجي في المنظمة: «لن نغير سياسة الإنتاج قبل نهاية العام».";
    assertThat(direct(text)).containsExactly("مندوب خليجي: لن نغير سياسة الإنتاج قبل نهاية العام");
  }

  @Test
  void aParticipleAfterAnUnbackedNewSubjectIsNotTheEarlierSpeakers() {
    // the tagger found the first player only; the second is named by the sentence's own verb
    String text = "وقال اللاعب سامر الحلبي: \"سنلعب من أجل الفوز في كل مباراة\".\n"
        + "بدوره، رأى كريم الدباغ أن المواجهة لم تكن سهلة، قائلاً: \"نفذنا تعليمات المدرب بدقة طوال اللقاء\".";
    assertThat(direct(text, "سامر الحلبي")).containsExactly(
        "سامر الحلبي: سنلعب من أجل الفوز في كل مباراة",
        "?: نفذنا تعليمات المدرب بدقة طوال اللقاء");
  }
}
