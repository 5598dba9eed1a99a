package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-27 rules (invented sentences), each from an error class of the first set of modern web pages
 * ({@code eval/quotes/web-dev1.json}). Each test fails with its rule disabled.
 */
class SpeakerRound27Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aQuotedNameAfterATitleChainOpenedByAVerbIsTheSpeaker() {
    String text = "أكد وزير المالية الأردني الدكتور “محمد سامي عبد الحديدي”، أن “الموازنة الجديدة ستخفض العجز بنسبة ملموسة”. "
        + "وأضاف: “لن نفرض ضرائب جديدة على السلع الأساسية هذا العام”.";
    assertThat(direct(text)).containsExactly(
        "محمد سامي عبد الحديدي: الموازنة الجديدة ستخفض العجز بنسبة ملموسة", "محمد سامي عبد الحديدي: لن نفرض ضرائب جديدة على السلع الأساسية هذا العام");
  }

  @Test
  void aQuotedNameWithALineageIsReadAsAName() {
    String text = "وقال الأمير “فيصل بن تركي بن عبد الله آل سعود”، إن “المهرجان سيستقبل زواره طوال أسبوعين”.";
    assertThat(direct(text)).containsExactly("فيصل بن تركي بن عبد الله آل سعود: المهرجان سيستقبل زواره طوال أسبوعين");
  }

  @Test
  void anOutletWithALongDescriptionStillTransmitsTheSpeakerAfterAn() {
    String text = "ونقلت صحيفة “الأيام” الصادرة في مدينة “عدن” صباح اليوم عن المحافظ سالم الكثيري قوله إن “الكهرباء ستعود إلى الأحياء خلال يومين”. "
        + "وأضاف أن “فرق الصيانة تعمل على مدار الساعة لإصلاح الأعطال”.";
    assertThat(direct(text, "سالم الكثيري")).containsExactly("سالم الكثيري: الكهرباء ستعود إلى الأحياء خلال يومين",
        "سالم الكثيري: فرق الصيانة تعمل على مدار الساعة لإصلاح الأعطال");
  }

  @Test
  void aTitleEndingInYaIsNoNisbaAdjective() {
    String text = "أفاد المدعي العام لمكافحة الفساد في تونس، الثلاثاء، أن “التحقيق شمل عشرات المسؤولين السابقين”.";
    assertThat(direct(text)).containsExactly("المدعي العام لمكافحة الفساد: التحقيق شمل عشرات المسؤولين السابقين");
  }

  @Test
  void aProsecutorsNameAfterHisTitleIsTheSpeaker() {
    String text = "أفاد المدعي العام لمكافحة الفساد في تونس كمال الجندوبي، الثلاثاء، أنّ “قرابة 40 مسؤولا” خضعوا للتحقيق.";
    assertThat(direct(text, "كمال الجندوبي")).containsExactly("كمال الجندوبي: قرابة 40 مسؤولا");
  }
}
