package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-24 rules (invented sentences), each from a class of misses the sealed splits test20 to test23
 * showed: a speaker carried over or taken from the wrong phrase when the sentence names its own (a
 * relative clause's subject, an addressee pronoun before the subject, the person one met, an outlet
 * after لل, a one-word name after a definite title), an institution speaking with a masculine verb,
 * and a regulation's article quoted as if a speaker's words.
 */
class SpeakerRound24Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aRelativeClauseVerbNamesNoNewSpeaker() {
    String text = "قال مسؤول في وزارة الصحة إن حملة التطعيم الوطنية الثانية التي أعلنت المملكة انطلاقها أمس «ستشمل جميع المدارس الحكومية».";
    assertThat(direct(text)).containsExactly("مسؤول في وزارة الصحة: ستشمل جميع المدارس الحكومية");
  }

  @Test
  void theSubjectFollowsAnAddresseePronoun() {
    String text = "وقال الوزير في المؤتمر إن المفاوضات مستمرة. وقال له رئيس اللجنة سامر الخطيب: «أعتقد أنك أخطأت في الحساب».";
    assertThat(direct(text, "سامر الخطيب")).containsExactly("سامر الخطيب: أعتقد أنك أخطأت في الحساب");
  }

  @Test
  void aTitledPersonAfterMaaIsTheOneMetNotTheSubject() {
    String text = "وقال سامر الخطيب إن الوضع صعب. وقال عقب اتصال هاتفي مع وزير الخارجية رامي العبدالله «ما من شك في أن الاتفاق سيقود إلى السلام».";
    assertThat(direct(text, "سامر الخطيب", "رامي العبدالله"))
        .containsExactly("سامر الخطيب: ما من شك في أن الاتفاق سيقود إلى السلام");
  }

  @Test
  void anOutletAfterLilEndsTheSubjectPhrase() {
    String text = "قتل شاب صباح أمس، حسبما أفاد مصدر أمني ومصدر طبي. وقال مصدر عسكري للإذاعة العامة إن \"الجيش قام بعملية لاعتقال مطلوب\".";
    assertThat(direct(text)).containsExactly("مصدر عسكري: الجيش قام بعملية لاعتقال مطلوب");
  }

  @Test
  void aOneWordNameAfterADefiniteTitleSpeaks() {
    String text = "وعلى مسافة ساعتين، يقيم سامر الخطيب في مقره مع عشرات المقاتلين. ويؤكد الرقيب ناصر «ننتظر الذهاب إلى الجبهة منذ شهر».";
    assertThat(direct(text, "سامر الخطيب")).containsExactly("ناصر: ننتظر الذهاب إلى الجبهة منذ شهر");
  }

  @Test
  void anInstitutionWithAMasculineVerbGoesOnSpeaking() {
    String text = "وقال سامر الخطيب إن الوضع صعب. ورحب المجلس الوطني بالاتفاق وقال في بيان «إن الاتفاق خطوة مهمة نحو السلام».";
    assertThat(direct(text, "سامر الخطيب")).containsExactly("المجلس الوطني: إن الاتفاق خطوة مهمة نحو السلام");
  }

  @Test
  void aRegulationsArticleQuotedHasNoSpeaker() {
    String text = "وشدد الوزير سامر الخطيب على تطبيق المادة العاشرة من اللائحة التي تحظر ترشح \"كل موظف حكومي يعمل في الجهاز التنفيذي للبلدية\".";
    assertThat(direct(text, "سامر الخطيب")).containsExactly("?: كل موظف حكومي يعمل في الجهاز التنفيذي للبلدية");
  }

  @Test
  void aStanceVerbInARelativeClauseLeavesTheSpeakerAlone() {
    String text = "وأوضح سامر الخطيب أن المحطة جاهزة. ونوه إلى أن البرنامج الذي أقره مجلس الإدارة يتضمن خططا جديدة. "
        + "وأشار إلى أن «المشروع سيقوم بإنتاج خمسين ميجاوات من الكهرباء».";
    assertThat(direct(text, "سامر الخطيب")).containsExactly("سامر الخطيب: المشروع سيقوم بإنتاج خمسين ميجاوات من الكهرباء");
  }

  @Test
  void aBroadcasterAfterATitleIsItsComplement() {
    String text = "وقال المدير العام للإذاعة سامر الخطيب إن «البث سيستمر طوال الليل».";
    assertThat(direct(text, "سامر الخطيب")).containsExactly("سامر الخطيب: البث سيستمر طوال الليل");
  }
}
