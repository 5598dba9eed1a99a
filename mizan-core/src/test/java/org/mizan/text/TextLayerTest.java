package org.mizan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerTest {

  @Test
  void normalizationFoldsSpellingVariantsButKeepsLetters() {
    assertThat(ArabicNormalization.normalize("الأميركي")).isEqualTo("الاميركي");
    assertThat(ArabicNormalization.normalize("إيمانويل")).isEqualTo("ايمانويل");
    assertThat(ArabicNormalization.normalize("مستشفى")).isEqualTo("مستشفي");
    assertThat(ArabicNormalization.normalize("المدينة")).isEqualTo("المدينه");
    assertThat(ArabicNormalization.normalize("مُسرّبة")).isEqualTo("مسربه");
    assertThat(ArabicNormalization.normalize("تـــقدم")).isEqualTo("تقدم");
    assertThat(ArabicNormalization.normalize("٢٠٢٥")).isEqualTo("2025");
    assertThat(ArabicNormalization.normalize("مسؤول")).isEqualTo("مسوول");
  }

  @Test
  void foldIsNormalizationCharByChar() {
    // fold serves scans that skip building the normalized string: it must agree on every character
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      String n = ArabicNormalization.normalize(String.valueOf(c));
      assertThat(ArabicNormalization.fold(c)).as("U+%04X", i).isEqualTo(n.isEmpty() ? (char) 0 : n.charAt(0));
    }
  }

  @Test
  void tokensCarryOffsetsIntoTheOriginal() {
    String s = "قال بوتينُ، في ٣ ديسمبر 2,500 جندي.";
    List<Token> t = Tokenizer.tokenize(s);
    assertThat(t).extracting(Token::text).containsExactly("قال", "بوتينُ", "في", "٣", "ديسمبر", "2,500", "جندي");
    for (Token tok : t) assertThat(s.substring(tok.start(), tok.end())).isEqualTo(tok.text());
    assertThat(t.get(1).norm()).isEqualTo("بوتين");
    assertThat(t.get(3).norm()).isEqualTo("3");
    assertThat(t.get(3).isNumber()).isTrue();
  }

  @Test
  void aRememberedBodyIsTokenizedAfreshForEachCallerAndForEachText() {
    String body = "قال الوزير في بيان اليوم إن المفاوضات ستستأنف الأسبوع المقبل. ".repeat(8);
    List<Token> first = Tokenizer.tokenize(body);
    first.clear(); // one stage changing its list must not change the next stage's
    List<Token> again = Tokenizer.tokenize(body);
    assertThat(again).hasSize(80);
    assertThat(again.get(1).norm()).isEqualTo("الوزير");
    String other = body.replace("الوزير", "السفير");
    assertThat(Tokenizer.tokenize(other).get(1).norm()).isEqualTo("السفير");
    assertThat(Tokenizer.tokenize(body).get(1).norm()).isEqualTo("الوزير");
  }

  @Test
  void cliticStripping() {
    assertThat(Clitics.strip("للامم")).isEqualTo("امم");
    assertThat(Clitics.strip("والولايات")).isEqualTo("ولايات");
    assertThat(Clitics.strip("بالوساطه")).isEqualTo("وساطه");
    assertThat(Clitics.strip("ويتكوف")).isEqualTo("ويتكوف");
    assertThat(Clitics.strip("وصل")).isEqualTo("وصل");
    assertThat(Clitics.variants("للامم")).containsExactly("للامم", "الامم", "امم");
    assertThat(Clitics.variants("وبوتين")).contains("بوتين");
  }

  @Test
  void sentencesRespectQuotesAndArabicPunctuation() {
    String s = "وأضاف: \"لم نتوصل إلى صيغة بعد. ولا يزال هناك عمل\". وقال د. أحمد إن النمو بلغ 2.5 في المئة؟ نعم، هذا صحيح؛ تماما.";
    assertThat(Sentences.strings(s)).containsExactly(
        "وأضاف: \"لم نتوصل إلى صيغة بعد. ولا يزال هناك عمل\".",
        "وقال د. أحمد إن النمو بلغ 2.5 في المئة؟",
        "نعم، هذا صحيح؛ تماما.");
    assertThat(Sentences.strings("قال «أولا. ثانيا» ثم مضى.\nسطر ثان")).containsExactly(
        "قال «أولا. ثانيا» ثم مضى.", "سطر ثان");
  }

  @Test
  void aStopGluedToTheNextWordEndsTheSentence() {
    assertThat(Sentences.strings("وصل وزير النقل إلى المدينة الساحلية أمس في زيارة رسمية.وقال الوزير للصحافيين إن الزيارة تهدف إلى تفقد الميناء."))
        .containsExactly("وصل وزير النقل إلى المدينة الساحلية أمس في زيارة رسمية.",
            "وقال الوزير للصحافيين إن الزيارة تهدف إلى تفقد الميناء.");
    // an abbreviated title, a short side or a stop inside a quote stays in the sentence
    assertThat(Sentences.strings("وافتتح د.سعيد الراشد المعرض الدولي للكتاب في المدينة الساحلية مساء أمس.")).hasSize(1);
    assertThat(Sentences.strings("وقدم الباحث نتائجه في مؤتمر الجامعة.نعم")).hasSize(1);
    assertThat(Sentences.strings("وقال «إن الزيارة كانت ناجحة جدا.وإن النتائج ستظهر قريبا» ثم غادر القاعة.")).hasSize(1);
    // nor a dotted acronym
    assertThat(Sentences.strings("وقال الرئيس في مقابلة مع شبكة إن.بي.سي الأمريكية إن بلاده مستعدة للحوار.")).hasSize(1);
  }
}
