package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Names cut before their last word, on invented sentences: span rules (verbs, function words, ranks,
 * patronymics), compound and Mauritanian given names, family-name suffixes, a word the document
 * prints as a name's end, compass adjectives of places.
 */
class NameTailsStageTest {
  private static List<String> texts(Document d) {
    return d.mentions().stream().map(Mention::text).toList();
  }

  private static Document withMentions(String text, Mention... ms) {
    return doc("t", text).withMentions(List.of(ms));
  }

  private static Mention per(String text, String form, int from) {
    int at = text.indexOf(form, from);
    return new Mention(at, at + form.length(), form, "PER", null, null);
  }

  @Test
  void aReportingVerbAtAPersonsEdgeIsDropped() {
    Document d = new SpanRulesStage().apply(doc("a", "وردا على سؤال أجاب هارولد فينسنت بأن الأمر لم يحسم، ثم ماتياس كرول نفى ذلك.",
        "PER", "أجاب هارولد فينسنت", "PER", "ماتياس كرول نفى"));
    assertThat(texts(d)).containsExactly("هارولد فينسنت", "ماتياس كرول");
  }

  @Test
  void aConjoinedNounWithAPronounClosesNoName() {
    Document d = new SpanRulesStage().apply(doc("a", "وأشاد الحضور بتواضع كمال نوري وأدبه، وحضر رامز خليفة وعبدالله.",
        "PER", "كمال نوري وأدبه", "PER", "رامز خليفة وعبدالله"));
    assertThat(texts(d)).contains("كمال نوري").doesNotContain("كمال نوري وأدبه");
  }

  @Test
  void aFunctionWordInsideAPersonSplitsItAndARankIsNoName() {
    Document d = new SpanRulesStage().apply(doc("a", "وقال كمال نوري إن رامز خليفة سيزور المدينة مع قوة يقودها العميد ركن سالم زياد.",
        "PER", "كمال نوري إن رامز خليفة", "PER", "ركن سالم زياد"));
    assertThat(texts(d)).containsExactly("كمال نوري", "رامز خليفة", "سالم زياد");
    Document ali = new SpanRulesStage().apply(doc("c", "وقال سيد علي كرمانشاهي إن الاجتماع انتهى.", "PER", "سيد علي كرمانشاهي"));
    assertThat(texts(ali)).containsExactly("سيد علي كرمانشاهي");
    Document given = new SpanRulesStage().apply(doc("d", "وقال علي كرمانشاهي إن الاجتماع انتهى، وعلق على كرمانشاهي زميله.",
        "PER", "علي كرمانشاهي", "PER", "على كرمانشاهي"));
    assertThat(texts(given)).containsExactly("علي كرمانشاهي", "كرمانشاهي");
    Document syllables = new SpanRulesStage().apply(doc("b", "وقال لي كي مين إن الاجتماع انتهى.", "PER", "لي كي مين"));
    assertThat(texts(syllables)).containsExactly("لي كي مين");
  }

  @Test
  void aNameIsNotSplitBeforeItsPatronymic() {
    String text = "وقال المبعوث مختار ولد الداه محمود إن الحوار مستمر، وأكد ولد الداه محمود ذلك.";
    Document d = new SpanRulesStage().apply(withMentions(text, per(text, "مختار ولد الداه محمود", 0),
        per(text, "ولد الداه محمود", text.indexOf("وأكد"))));
    assertThat(texts(d)).containsExactly("مختار ولد الداه محمود", "ولد الداه محمود");
  }

  @Test
  void aCompoundGivenNameTakesItsFamilyNisbaAndWaladTakesTheNextWord() {
    Document d = new CompoundNamesStage().apply(doc("a", "وقال عبد الرزاق الفلاني إن الوفد التقى مختار ولد الداه في العاصمة.",
        "PER", "عبد الرزاق", "PER", "مختار ولد"));
    assertThat(texts(d)).containsExactly("عبد الرزاق الفلاني", "مختار ولد الداه");
    Document born = new CompoundNamesStage().apply(doc("b", "ولد كمال نوري في القاهرة.", "PER", "كمال نوري"));
    assertThat(texts(born)).containsExactly("كمال نوري");
  }

  @Test
  void aFamilyNameSuffixJoinsThePerson() {
    Document d = new NameTailsStage().apply(doc("a", "واتصل كمال حسن أوغلو بوزير الصناعة رضا نعمت زاده أمس.",
        "PER", "كمال حسن", "PER", "رضا نعمت"));
    assertThat(texts(d)).containsExactly("كمال حسن أوغلو", "رضا نعمت زاده");
  }

  @Test
  void aWordTheDocumentPrintsAsANamesEndCompletesACutName() {
    String text = "وحضر اللقاء ماجد منصور زهران نائب الوزير، وقال زهران إن الجلسة مثمرة.";
    Document d = new NameTailsStage().apply(doc("a", text, "PER", "ماجد منصور", "PER", "زهران"));
    assertThat(texts(d)).containsExactly("ماجد منصور زهران", "زهران");
    // the mention's own last word ends a name elsewhere: two people side by side, not one
    String two = "وقال ميلر إن جون ميلر بارك اللقاء، ورد بارك بالشكر.";
    Document apart = new NameTailsStage().apply(doc("b", two, "PER", "ميلر", "PER", "بارك"));
    assertThat(texts(apart)).doesNotContain("ميلر بارك", "جون ميلر بارك");
  }

  @Test
  void aDefinitePlaceTakesItsCompassAdjective() {
    Document d = new NameTailsStage().apply(doc("a", "وتقدمت القوات في الساحل الغربي وعلى جبهة دونيتسك الشرقية.",
        "LOC", "الساحل", "LOC", "دونيتسك"));
    assertThat(texts(d)).containsExactly("الساحل الغربي", "دونيتسك");
  }

  @Test
  void theAyatollahTitleIsNoNameAndTheNameAfterItIsTagged() {
    Document d = new SpanRulesStage().apply(doc("a", "وقال المرشد آية الله حسين كرمانشاهي إن الاتفاق جيد، وأيد آية الله مرتضى نوري ذلك.",
        "PER", "آية", "PER", "آية الله مرتضى نوري"));
    assertThat(texts(d)).containsExactly("حسين كرمانشاهي", "مرتضى نوري");
  }

  @Test
  void aGivenNameBeforeAKnownNameIsItsNasabChainNotTwoPeople() {
    String text = "وشمل القرار الرئيس السابق سالم عبدالله البدر وابنه أحمد سالم عبدالله البدر.";
    Document d = new SpanRulesStage().apply(withMentions(text, per(text, "سالم عبدالله البدر", 0),
        per(text, "أحمد سالم عبدالله البدر", 0)));
    assertThat(texts(d)).containsExactly("سالم عبدالله البدر", "أحمد سالم عبدالله البدر");
  }

  @Test
  void aWordPrintedAloneAfterAReportingVerbIsTheSurnameTheTaggerCut() {
    String text = "وصل رئيس الوزراء خالد منير بزاز إلى المدينة. وأكد بزاز أن الزيارة تأتي لتطبيع الحياة.";
    Document d = new NameTailsStage().apply(withMentions(text, per(text, "خالد منير", 0)));
    assertThat(texts(d)).containsExactly("خالد منير بزاز");
    // a word after the name that no reporting verb introduces stays out
    String other = "وصل رئيس الوزراء خالد منير صباحا إلى المدينة. وأكد الوزير أن الزيارة مهمة.";
    assertThat(texts(new NameTailsStage().apply(withMentions(other, per(other, "خالد منير", 0))))).containsExactly("خالد منير");
  }

  @Test
  void aPlaceAfterSultanateTakesTheWordAndAbsorbsItsMention() {
    String text = "وصل الوفد إلى سلطنة عمان أمس، وأشاد بدور سلطنة بروناي وبسلطنة عمان.";
    Document d = doc("s", text, "LOC", "سلطنة", "LOC", "عمان", "LOC", "بروناي");
    Document out = new SultanateNamesStage().apply(d);
    assertThat(texts(out)).containsExactly("سلطنة عمان", "سلطنة بروناي", "سلطنة عمان");
    Mention last = out.mentions().get(2);
    assertThat(text.substring(last.start() - 1, last.end())).isEqualTo("بسلطنة عمان");
    // عمان alone, the city, stays as it is
    String amman = "وصل الوفد إلى عمان أمس.";
    assertThat(texts(new SultanateNamesStage().apply(doc("a", amman, "LOC", "عمان")))).containsExactly("عمان");
  }

  @Test
  void aNameEndingInAlTakesTheHouseAfterIt() {
    // the tagger stops before a title word; آل never ends a name, so the house is taken back
    String text = "وقال الشيخ سالم بن فهد آل الشيخ إن القرار نهائي.";
    Document d = new NameTailsStage().apply(withMentions(text, per(text, "سالم بن فهد آل", 0)));
    assertThat(texts(d)).containsExactly("سالم بن فهد آل الشيخ");
    // cut before آل itself, the name takes آل and the house in one step
    Document before = new NameTailsStage().apply(withMentions(text, per(text, "سالم بن فهد", 0)));
    assertThat(texts(before)).containsExactly("سالم بن فهد آل الشيخ");
  }
}
