package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-21 rules (invented sentences), each from a class of quotes the sealed splits test17 to
 * test20 missed entirely: a closing-shaped mark after a colon that opens a quote never closed;
 * {@code نقلت الصحيفة عنه قوله «…»} with the speaker as a pronoun after عن; and a speaker left
 * unknown: a name followed by a definite description ({@code فلان المحلل لدى …}).
 */
class SpeakerRound21Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aMirroredMarkAfterAColonOpensAQuoteNeverClosed() {
    String text = "وقال المتحدث نادر سليم :»إن الاجتماع انتهى دون اتفاق على الموعد الجديد.. "
        + "وقال -سليم- في تصريح له :»» إن اللجنة ستجتمع مجددا بعد العيد «..";
    assertThat(direct(text, "نادر سليم")).containsExactly(
        "نادر سليم: إن الاجتماع انتهى دون اتفاق على الموعد الجديد..",
        "نادر سليم: إن اللجنة ستجتمع مجددا بعد العيد");
  }

  @Test
  void aMirroredMarkAfterAColonWithNoCloserRunsToTheParagraphEnd() {
    String text = "وقال الوزير كمال داود مساء أمس:» إن الحكومة ستعلن الموازنة الجديدة الشهر المقبل\nوفي سياق آخر ارتفعت الأسعار.";
    assertThat(direct(text, "كمال داود")).containsExactly("كمال داود: إن الحكومة ستعلن الموازنة الجديدة الشهر المقبل");
  }

  @Test
  void aQuoteNestedAfterAColonInsideAQuoteStaysInIt() {
    String text = "وقال الشيخ سامي رضا: «نسأل الله الشفاء للمصابين، قال تعالى: «وما تدري نفس ماذا تكسب غدا»، وهذا عمل مشين».";
    assertThat(direct(text, "سامي رضا")).hasSize(1);
  }

  @Test
  void anObjectPronounAfterAnOutletsAnIsTheCurrentSpeaker() {
    String text = "وأعلن وزير المالية سامي الخطيب أن الموازنة ستعرض قريبا.\n"
        + "ونقلت صحيفة الأفق عنه قوله \"إن الحكومة لن ترفع الضرائب هذا العام على الإطلاق\".";
    assertThat(direct(text, "سامي الخطيب")).containsExactly("سامي الخطيب: إن الحكومة لن ترفع الضرائب هذا العام على الإطلاق");
  }

  @Test
  void aDefiniteDescriptionAfterTheNameEndsTheSubjectPhrase() {
    String text = "وقال ماركو فيلاني المحلل لدى بنك الشمال “نرى موجة بيع واسعة في أسواق المعادن هذا الأسبوع”.";
    assertThat(direct(text)).containsExactly("ماركو فيلاني: نرى موجة بيع واسعة في أسواق المعادن هذا الأسبوع");
  }
}
