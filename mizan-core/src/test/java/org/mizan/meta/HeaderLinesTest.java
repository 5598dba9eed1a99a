package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipelines;

/**
 * The writer and the place a page prints between its headline and its text without a label, and the
 * datelines of slash-separated lines and of a publisher's opening (invented lines).
 */
class HeaderLinesTest {
  private static final String HEADLINE = "افتتاح معرض دولي للكتاب بمشاركة خمسين دار نشر";
  private static final String P1 = "افتتح وزير الثقافة صباح اليوم المعرض الدولي للكتاب بمشاركة أكثر من خمسين دار نشر عربية وأجنبية تعرض آلاف العناوين الجديدة.";
  private static final String P2 = "وقال مدير المعرض إن الدورة الحالية تشهد برنامجا ثقافيا واسعا يتضمن ندوات وأمسيات شعرية وورشا للأطفال طوال أيام المعرض.";

  private static Document run(List<String> lines) {
    return run(lines, java.util.Map.of());
  }

  private static Document run(List<String> lines, java.util.Map<String, String> meta) {
    return Pipelines.standard(null, null).analyse(new RawArticle("t", "t.txt", "text", lines, meta), p -> {
      throw new AssertionError(p.toString());
    });
  }

  private static String reason(Document d, String line) {
    return d.removed().stream().filter(r -> r.text().strip().equals(line)).map(r -> r.reason()).findFirst().orElse(null);
  }

  @Test
  void anUnlabelledNameBesideTheStampIsTheWriter() {
    Document d = run(List.of(HEADLINE, "هالة منصور", "12 أكتوبر 2025", P1, P2));
    assertThat(d.byline()).isEqualTo("هالة منصور");
    assertThat(reason(d, "هالة منصور")).isEqualTo("byline");
    Document below = run(List.of(HEADLINE, "الاثنين 12 أكتوبر 2025 - 09:30", "سليم بن عمر الشريف", P1, P2));
    assertThat(below.byline()).isEqualTo("سليم بن عمر الشريف");
  }

  @Test
  void aNameBeforeAKnownPlaceOpeningTheTextIsTheWriter() {
    Document d = run(List.of(HEADLINE, "هالة منصور – القاهرة", P1, P2));
    assertThat(d.byline()).isEqualTo("هالة منصور");
    assertThat(d.dateline()).isEqualTo("القاهرة");
    // the outlet's name, even mistyped, is no writer
    Document outlet = run(List.of(HEADLINE, "المصري اليومم – القاهرة", P1, P2));
    assertThat(outlet.byline()).isNull();
    assertThat(outlet.dateline()).isEqualTo("القاهرة");
    // nor is an outlet the list only displays (its name is also a common phrase)
    assertThat(run(List.of(HEADLINE, "عين اليوم – القاهرة", P1, P2)).byline()).isNull();
  }

  @Test
  void aPlaceLineBesideTheWriterAndTheStampIsTheDateline() {
    Document d = run(List.of(HEADLINE, "هالة منصور", "القاهرة", "12 أكتوبر 2025", P1, P2));
    assertThat(d.byline()).isEqualTo("هالة منصور");
    assertThat(d.dateline()).isEqualTo("القاهرة");
  }

  @Test
  void aSectionLabelOrAnOutletLineBesideTheStampIsNoWriter() {
    Document section = run(List.of(HEADLINE, "شؤون محلية", "12 أكتوبر 2025", P1, P2));
    assertThat(section.byline()).isNull();
    Document outlet = run(List.of(HEADLINE, "سكاي نيوز عربية - هالة منصور", "12 أكتوبر 2025", P1, P2));
    assertThat(outlet.byline()).isEqualTo("هالة منصور");
    // an outlet and a name with punctuation between them are no one name
    assertThat(org.mizan.clean.HeaderNames.isPersonName("العربية.نت - هالة منصور")).isFalse();
    assertThat(org.mizan.clean.HeaderNames.isPersonName("هالة منصور")).isTrue();
    // far from the stamp, a two-word line is a widget as before
    Document far = run(List.of(HEADLINE, "هالة منصور", "ملخص", "ملخص المقال", P1, P2));
    assertThat(far.byline()).isNull();
  }

  @Test
  void aProfileLineWithAHandleGivesTheNameAndTheBracketedPlace() {
    Document d = run(List.of(HEADLINE, "ماجد العتيبي (الرياض) majed_news@", "12 أكتوبر 2025 10:15", P1, P2));
    assertThat(d.byline()).isEqualTo("ماجد العتيبي");
    assertThat(d.dateline()).isEqualTo("الرياض");
    assertThat(d.body()).doesNotContain("majed_news");
    Document trade = run(List.of(HEADLINE, "ويستمر المعرض عشرة أيام في قاعة المؤتمرات الكبرى، ويضم للمرة الأولى جناحا خاصا بكتب الأطفال والناشئة من مختلف البلدان العربية.", "ريم الخطيب صحافية @reem_k", P1, P2));
    assertThat(trade.byline()).isEqualTo("ريم الخطيب");
    assertThat(trade.body()).doesNotContain("@reem_k");
  }

  @Test
  void aNameBesideTheStampOnOneBarredLineIsTheWriter() {
    Document d = run(List.of(HEADLINE, "هالة منصور | 12.10.2025 - 09:30", P1, P2));
    assertThat(d.byline()).isEqualTo("هالة منصور");
    assertThat(d.published().value()).startsWith("2025-10-12");
  }

  @Test
  void slashSeparatedDatelineLines() {
    Document d = run(List.of(HEADLINE, "حلب/ سامر الأحمد/ الأناضول", P1, P2));
    assertThat(d.dateline()).isEqualTo("حلب");
    assertThat(d.byline()).isEqualTo("سامر الأحمد");
    assertThat(d.creditedSources()).contains("الأناضول");
    assertThat(reason(d, "حلب/ سامر الأحمد/ الأناضول")).isEqualTo("dateline");
    assertThat(SlashDateline.read("رويترز/ الموصل")).hasValueSatisfying(r -> assertThat(r.place()).isEqualTo("الموصل"));
    // a caption with a slash is not a dateline: neither side is a publisher or a known place
    assertThat(SlashDateline.read("الوزير/ خلال الجولة")).isEmpty();
    // a known place beside a site the lists do not know: the place alone
    Document site = run(List.of(HEADLINE, "بغداد/ الرافدين نيوز", P1, P2));
    assertThat(site.dateline()).isEqualTo("بغداد");
    assertThat(site.creditedSources()).isEmpty();
    Document photo = run(List.of(HEADLINE, "القدس/ صورة أرشيفية", P1, P2));
    assertThat(reason(photo, "القدس/ صورة أرشيفية")).isEqualTo("caption");
    assertThat(photo.dateline()).isNull();
  }

  @Test
  void aPublisherDashAKnownPlaceOpeningTheText() {
    Document d = run(List.of(HEADLINE, "سكاي نيوز عربية- دمشق " + P1, P2));
    assertThat(d.dateline()).isEqualTo("دمشق");
    assertThat(d.body()).startsWith("افتتح وزير الثقافة");
    // an unknown word after the dash is the text itself
    assertThat(PublisherOpening.read("سكاي نيوز عربية- افتتح الوزير المعرض")).isEmpty();
  }

  @Test
  void aKnownPlaceAndADashOpeningTheTextIsTheDateline() {
    Document d = run(List.of(HEADLINE, "عمّان - " + P1, P2));
    assertThat(d.dateline()).isEqualTo("عمان"); // shown without its shadda, as every dateline
    assertThat(d.body()).startsWith("افتتح وزير الثقافة");
    assertThat(run(List.of(HEADLINE, "(بيروت) – " + P1, P2)).dateline()).isEqualTo("بيروت");
    // the outlet's name alone before the dash credits the text: no dateline, cut from the text
    Document outlet = run(List.of(HEADLINE, "سكاي نيوز عربية - " + P1, P2));
    assertThat(outlet.dateline()).isNull();
    assertThat(outlet.body()).startsWith("افتتح وزير الثقافة");
    // a word that is no place before a dash stays in the text
    Document notPlace = run(List.of(HEADLINE, "الثقافة - " + P1, P2));
    assertThat(notPlace.dateline()).isNull();
    assertThat(notPlace.body()).startsWith("الثقافة - افتتح");
  }

  @Test
  void aWriterAndADeskCreditAboveTheTextAreNoCaption() {
    Document d = run(List.of(HEADLINE, "سامر يوسف – متابعات", P1, P2));
    assertThat(d.byline()).isEqualTo("سامر يوسف");
    assertThat(d.creditedSources()).containsExactly("متابعات");
    // a photo credit keeps its caption
    Document photo = run(List.of(HEADLINE, "الوزير خلال الجولة - واس", P1, P2));
    assertThat(reason(photo, "الوزير خلال الجولة - واس")).isEqualTo("caption");
  }

  @Test
  void theAuthorFieldIsReadIntoWriterPlaceAndCredit() {
    Document d = run(List.of(HEADLINE, P1, P2), java.util.Map.of(RawArticle.AUTHOR, "الدوحة - أ ف ب:"));
    assertThat(d.dateline()).isEqualTo("الدوحة");
    assertThat(d.byline()).isNull();
    assertThat(d.creditedSources()).containsExactly("أ ف ب");
  }

  @Test
  void anIssueNumberBesideTheDateIsPartOfTheStamp() {
    assertThat(DateParser.isStamp("العدد 4512 الخميس 20 نوفمبر 2025")).isTrue();
    Document d = run(List.of("العدد 4512 الخميس 20 نوفمبر 2025", HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(d.published().value()).startsWith("2025-11-20");
  }

  @Test
  void theOneNameLineBetweenHeadlineAndTextUnderAStampIsTheWriter() {
    Document d = run(List.of("الخميس 20 نوفمبر 2025", HEADLINE, "هالة منصور", P1, P2));
    assertThat(d.byline()).isEqualTo("هالة منصور");
    // with no stamp on the page, a short line there is left alone
    Document none = run(List.of(HEADLINE, "هالة منصور", P1, P2));
    assertThat(none.byline()).isNull();
  }

  @Test
  void aNameBesideTheStampWhenTheMarkupGaveTheHeadline() {
    Document d = run(List.of("هالة منصور", "20 نوفمبر 2025", P1, P2), java.util.Map.of(RawArticle.TITLE, HEADLINE));
    assertThat(d.byline()).isEqualTo("هالة منصور");
  }
}
