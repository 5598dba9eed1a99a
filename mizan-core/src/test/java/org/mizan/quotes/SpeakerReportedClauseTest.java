package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/**
 * Rules from reading the digest of a day never read before (invented sentences): the subject of a
 * reporting verb inside a reported أن clause is what the clause is about, not a new speaker, unless
 * the أن is adverbial (إلا أن, "but"); a lone definite title refers back to an earlier definite
 * description with the same head (المتحدث → المتحدث باسم الشرطة), or to the one person the text
 * introduced with that title (الوزير → وزير المالية فلان); an honorific before a title (معالي وزير
 * المالية) is no name; a patronymic subject (وقال بن عبد الرحمن) is a name, not ب + a name.
 */
class SpeakerReportedClauseTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> all(String text, String... names) {
    return TestMentions.all(extractor.extract(text, persons(text, names)));
  }

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aThingTheReportedClauseIsAboutDoesNotBecomeTheSpeaker() {
    String text = "التقى وزير الخارجية خالد يوسف أمس مع وزير خارجية الكويت سالم بن فهد في إطار التنسيق بين البلدين. "
        + "وذكر المتحدث باسم وزارة الخارجية أن المباحثات أكدت على قوة العلاقات بين البلدين. "
        + "وأوضح المتحدث أن المباحثات أكدت مدى التوافق في الرؤى بين البلدين. "
        + "وأضاف المتحدث أن الوزير يوسف توجه إلى دولة قطر لإجراء مشاورات مع نظيره.";
    assertThat(all(text, "خالد يوسف", "سالم بن فهد")).containsExactly(
        "المتحدث باسم وزارة الخارجية: المباحثات أكدت على قوة العلاقات بين البلدين",
        "المتحدث باسم وزارة الخارجية: المباحثات أكدت مدى التوافق في الرؤى بين البلدين",
        "المتحدث باسم وزارة الخارجية: الوزير يوسف توجه إلى دولة قطر لإجراء مشاورات مع نظيره");
  }

  @Test
  void aSpeakerAfterButIsANewSpeaker() {
    String text = "وأفاد مصدر عسكري أن خمسة أجانب كانوا في الفندق، إلا أن مصدرا أمنيا أعلن عن وجود طيارين. "
        + "وأضاف المصدر «إنها محاولة خطف فاشلة للطيارين».";
    assertThat(direct(text))
        .containsExactly("مصدرا أمنيا: إنها محاولة خطف فاشلة للطيارين");
  }

  @Test
  void aLoneTitleRefersBackToTheDefiniteDescriptionItHeads() {
    String text = "وقال المتحدث باسم الشرطة إن الحادث وقع فجرا. والتقى المحافظ سالم العتيبي بأسر المصابين. "
        + "وأوضح المتحدث أن «التحقيقات ما زالت جارية في أسباب الحريق».";
    assertThat(direct(text, "سالم العتيبي"))
        .containsExactly("المتحدث باسم الشرطة: التحقيقات ما زالت جارية في أسباب الحريق");
  }

  @Test
  void aLoneTitleIsTheOnePersonIntroducedWithIt() {
    String text = "اتهم وزير المالية الشيخ سالم بن فهد الصباح الشركات بالتقصير في دفع الضرائب. "
        + "وقال الوزير \"لذا نقول لهم إنكم متورطون في الإخلال بالاقتصاد\".";
    int at = text.indexOf("سالم");
    Mention minister = new Mention(at, at + "سالم بن فهد الصباح".length(), "سالم بن فهد الصباح", "PER", null,
        "وزير المالية الشيخ", "سالم بن فهد الصباح"); // the role the entities stage reads before the name
    assertThat(TestMentions.direct(extractor.extract(text, List.of(minister))))
        .containsExactly("سالم بن فهد الصباح: لذا نقول لهم إنكم متورطون في الإخلال بالاقتصاد");
  }

  @Test
  void aLoneTitleTwoPeopleWereIntroducedWithStaysADescription() {
    String text = "التقى وزير المالية سالم بن فهد الصباح مع وزير التجارة خالد العلي أمس. "
        + "وقال الوزير \"لذا نقول لهم إنكم متورطون في الإخلال بالاقتصاد\".";
    assertThat(direct(text, "سالم بن فهد الصباح", "خالد العلي"))
        .noneMatch(q -> q.startsWith("سالم") || q.startsWith("خالد"));
  }

  @Test
  void anHonorificBeforeATitleIsNoName() {
    String text = "أكد معالي الفريق الركن الشيخ سالم بن فهد الصباح وزير المالية بدولة الكويت أن التهرب مرفوض. "
        + "وأوضح معالي وزير المالية الكويتي أن «الأولوية يجب أن تكون استنكارا وطنيا صريحا».";
    assertThat(direct(text, "سالم بن فهد الصباح"))
        .containsExactly("سالم بن فهد الصباح: الأولوية يجب أن تكون استنكارا وطنيا صريحا");
  }

  @Test
  void aPatronymicSubjectLinkedToItsFullNameSpeaks() {
    String text = "أكد الشيخ سالم بن عبدالرحمن آل ثاني وزير المالية أن التهرب مرفوض.\n"
        + "وقال بن عبد الرحمن في تصريح له أمس إن «الدولة لن تتردد يوما في حماية اقتصادها».";
    String full = "سالم بن عبدالرحمن آل ثاني";
    int at = text.indexOf(full), b = text.indexOf("بن عبد الرحمن");
    List<Mention> ms = List.of(new Mention(at, at + full.length(), full, "PER", "p1", "الشيخ", full),
        new Mention(b, b + "بن عبد الرحمن".length(), "بن عبد الرحمن", "PER", "p1", null, full)); // linked by entities.resolve
    assertThat(TestMentions.direct(extractor.extract(text, ms)))
        .containsExactly("سالم بن عبدالرحمن آل ثاني: الدولة لن تتردد يوما في حماية اقتصادها");
  }

  @Test
  void aSubheadingRunIntoAParagraphIsNoSubjectOfTheVerbAfterIt() {
    String text = "وقال التاجر سالم العتيبي إن الأسعار ارتفعت كثيرا هذا العام. حجز القاعات وأضاف أن «القاعات كانت قليلة في الماضي».";
    assertThat(direct(text, "سالم العتيبي"))
        .containsExactly("سالم العتيبي: القاعات كانت قليلة في الماضي");
  }
}
