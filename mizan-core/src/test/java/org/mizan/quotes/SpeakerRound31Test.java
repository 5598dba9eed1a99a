package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-31 rules (invented sentences), from the leads of web-test3 / web-dev3 and the lead's notes.
 * Each test fails with its rule disabled.
 */
class SpeakerRound31Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void theSpeechAVerbGoesOnWithIsItsObjectNotTheSpeaker() {
    // the tagger ran the name into the verb's object (نبيل العمري حديثه)
    String text = "قال المدير العام خالد الزعبي إن المصنع سيفتح قريبا.\n"
        + "وواصل نبيل العمري حديثه قائلا: «الأسعار ستبقى مستقرة طوال العام».\n"
        + "وختم الزعبي كلامه: «نشكر العاملين على جهودهم الكبيرة».";
    assertThat(direct(text, "خالد الزعبي", "نبيل العمري حديثه")).containsExactly(
        "نبيل العمري: الأسعار ستبقى مستقرة طوال العام",
        "خالد الزعبي: نشكر العاملين على جهودهم الكبيرة");
  }

  @Test
  void theSpeechLeavesTheSubjectPhraseOfTheVerbThatOpensIt() {
    String text = "قال مدرب الفريق عادل شاكر، إنه راض عن أداء لاعبيه.\n\n"
        + "وافتتح شاكر حديثه في المؤتمر الصحفي بجملة: \"سنلعب من أجل الفوز في كل مباراة\".";
    assertThat(direct(text, "عادل شاكر")).containsExactly("عادل شاكر: سنلعب من أجل الفوز في كل مباراة");
  }

  @Test
  void aContinuationVerbIsACueOnlyBeforeAQuoteOrItsSpeech() {
    String text = "وقالت المديرة هدى النجار إن المدرسة فتحت أبوابها.\n"
        + "وأتمت تصريحاتها \"سنستقبل ألف طالب في الفصل الأول\".\n"
        + "وواصل \"المبنى الجديد جاهز منذ أسبوعين\".\n"
        + "وواصل الجيش تقدمه نحو \"منطقة الجبل الغربي البعيدة\" بلا توقف.";
    assertThat(direct(text, "هدى النجار")).containsExactly(
        "هدى النجار: سنستقبل ألف طالب في الفصل الأول",
        "هدى النجار: المبنى الجديد جاهز منذ أسبوعين");
  }

  @Test
  void aNameLineHeadsTheQuoteParagraphUnderIt() {
    String text = "وهذه أبرز ردود الفعل بعد نهاية السباق.\n\n"
        + "مازن الخطيب بطل السباق\n\n"
        + "\"كان يوما رائعا لي ولعائلتي. شكرا للجمهور\".\n\n"
        + "رامي عودة صاحب المركز الثاني\n\n"
        + "\"الطريق كان صعبا والرياح كانت قوية جدا\".";
    assertThat(direct(text, "مازن الخطيب", "رامي عودة")).containsExactly(
        "مازن الخطيب: كان يوما رائعا لي ولعائلتي. شكرا للجمهور",
        "رامي عودة: الطريق كان صعبا والرياح كانت قوية جدا");
  }
}
