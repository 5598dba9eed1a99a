package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Round 9's rules on invented names and sentences: a foreigner's given name after an adjective of
 * origin, an adjective of origin cut off an organisation's proper name, outlets named after a media
 * noun that the tagger missed, and a surname alone when two relatives share it.
 */
class NameHeadsStageTest {
  private static List<String> texts(Document d) {
    return d.mentions().stream().map(Mention::text).toList();
  }

  /** Mentions at each listed (type, form, occurrence) in reading order. */
  private static Document with(String text, String... typeForms) {
    Document d = doc("t", text);
    List<Mention> ms = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < typeForms.length; i += 2) {
      int at = text.indexOf(typeForms[i + 1], from);
      ms.add(new Mention(at, at + typeForms[i + 1].length(), typeForms[i + 1], typeForms[i], null, null));
      from = at + typeForms[i + 1].length();
    }
    return d.withMentions(ms);
  }

  private static final String HOSTAGE = "يثير مصير المهندس الهولندي ماريك كوفالتشيك القلق، وناشد والده يوهان كوفالتشيك"
      + " الخاطفين إطلاقه. وماريك كوفالتشيك (40 عاما) يعمل في شركة نفط، وأكد كوفالتشيك الأب أن ابنه بريء.";

  @Test
  void aGivenNameAfterAnAdjectiveOfOriginJoinsTheSurname() {
    Document d = new NameHeadsStage().apply(with(HOSTAGE, "PER", "كوفالتشيك", "PER", "يوهان كوفالتشيك",
        "PER", "كوفالتشيك", "PER", "كوفالتشيك"));
    assertThat(texts(d)).containsExactly("ماريك كوفالتشيك", "يوهان كوفالتشيك", "وماريك كوفالتشيك", "كوفالتشيك");
  }

  @Test
  void noAdjectiveOfOriginNoGivenName() {
    String text = "وقال المهندس ماريك كوفالتشيك إن العمل مستمر، وغادر أمس كوفالتشيك المدينة.";
    Document d = new NameHeadsStage().apply(with(text, "PER", "كوفالتشيك", "PER", "كوفالتشيك"));
    assertThat(texts(d)).containsExactly("كوفالتشيك", "كوفالتشيك");
    // a verb or a title between the adjective and the surname is no given name
    String verb = "وكان المدرب الهولندي قال كوفالتشيك إن الفريق جاهز.";
    assertThat(texts(new NameHeadsStage().apply(with(verb, "PER", "كوفالتشيك")))).containsExactly("كوفالتشيك");
  }

  @Test
  void anAdjectiveOfOriginAfterAnOrganisationsProperNameIsCutOff() {
    String text = "وذكرت جامعة غرونيفلد الهولندية ووكالة ترافيكو البلجيكية أن وزارة الخارجية الهولندية"
        + " والخطوط الجوية الماليزية أكدتا الخبر.";
    Document d = new OrgOriginStage().apply(with(text, "ORG", "جامعة غرونيفلد الهولندية", "ORG", "ووكالة ترافيكو البلجيكية",
        "ORG", "وزارة الخارجية الهولندية", "ORG", "والخطوط الجوية الماليزية"));
    assertThat(texts(d)).containsExactly("جامعة غرونيفلد", "ووكالة ترافيكو", "وزارة الخارجية الهولندية", "والخطوط الجوية الماليزية");
  }

  @Test
  void anOutletTheTaggerMissedIsTheNameAfterAMediaNoun() {
    String text = "وقالت وكالة زوبرانكا الكرواتية للأنباء إن صحيفة «دنيفني غلاس» نشرت الخبر، ونقلت مجلة (كورتيكا) عنه،"
        + " بينما قالت الصحيفة مقترحات جديدة.";
    Document d = new MediaNamesStage().apply(doc("m", text));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("زوبرانكا", "دنيفني غلاس", "كورتيكا");
    assertThat(d.mentions()).extracting(Mention::type).containsOnly("ORG");
    // a word a mention already covers is left alone, and a definite media noun names nothing after it
    Document tagged = new MediaNamesStage().apply(doc("n", text, "PER", "زوبرانكا"));
    assertThat(tagged.mentions()).extracting(Mention::text).containsExactly("زوبرانكا", "دنيفني غلاس", "كورتيكا");
    assertThat(only(tagged, "زوبرانكا").type()).isEqualTo("PER");
  }

  private static Mention only(Document d, String text) {
    return EntityStagesTest.only(d, text);
  }

  @Test
  void anAgencyPrintedByItsFirstWordIsTheOneAgencyTheRunNamesSo() {
    Document a = doc("a", "ونقلت وكالة زوبرانكا نوفا عن مسؤول أن الوفد وصل.", "ORG", "زوبرانكا نوفا");
    Document b = doc("b", "وقال المتحدث لوكالة زوبرانكا إن الاجتماع انتهى.", "ORG", "زوبرانكا");
    org.mizan.pipeline.Corpus c = LinkRulesTest.link(a, b);
    assertThat(LinkRulesTest.entity(c, "زوبرانكا نوفا").documents()).containsExactly("a", "b");
    // two agencies open with the word: it stays alone
    Document e = doc("e", "وذكرت زوبرانكا برس أن الوفد وصل.", "ORG", "زوبرانكا برس");
    org.mizan.pipeline.Corpus two = LinkRulesTest.link(a, b, e);
    assertThat(LinkRulesTest.entity(two, "زوبرانكا").documents()).containsExactly("b");
  }

  @Test
  void aLoneSurnameSharedByRelativesIsTheOneWhoseGivenNameTheArticlePrints() {
    Document a = doc("a", "وناشد يوهان كوفالتشيك الخاطفين إطلاق ابنه، وقال كوفالتشيك إنه ينتظر.", "PER", "يوهان كوفالتشيك");
    Document b = doc("b", "وظهر ماريك كوفالتشيك في التسجيل، وكان ماريك كوفالتشيك يعمل في شركة.", "PER", "ماريك كوفالتشيك");
    Document c = doc("c", "وعرف الرهينة عن نفسه بأنه ماريك كوفالتشيك، وقال كوفالتشيك إنه مهندس.", "ORG", "كوفالتشيك");
    org.mizan.pipeline.Corpus out = LinkRulesTest.link(a, b, c);
    assertThat(LinkRulesTest.entity(out, "ماريك كوفالتشيك").documents()).containsExactly("b", "c");
    assertThat(LinkRulesTest.entity(out, "يوهان كوفالتشيك").documents()).containsExactly("a");
  }

  @Test
  void aSurnameAloneInAnArticleWithTwoRelativesIsTheOnePrintedFirst() {
    // (the one printed first sorts after the other: the order of the names is no tie-break)
    String text = "وظهر يوهان كوفالتشيك في التسجيل، وناشد والده ماريك كوفالتشيك الخاطفين. وقال كوفالتشيك إنه مهندس.";
    Document d = new ResolveStage().apply(with(text, "PER", "يوهان كوفالتشيك", "PER", "ماريك كوفالتشيك", "PER", "كوفالتشيك"));
    assertThat(d.mentions().get(2).canonical()).isEqualTo("يوهان كوفالتشيك");
  }

  @Test
  void aCanalIsAPlaceAndItsAuthorityAnOrganisationNotTheCityTheyAreNamedAfter() {
    String text = "وقال رئيس هيئة قناة السويس إن ثلاث سفن عبرت قناة السويس أمس متجهة إلى السويس.";
    Document d = new LexiconNamesStage().apply(doc("s", text, "ORG", "السويس"));
    assertThat(d.mentions()).extracting(m -> m.type() + " " + m.text())
        .containsExactly("ORG هيئة قناة السويس", "LOC قناة السويس", "ORG السويس");
  }

  @Test
  void aSurnameSpelledLikeTheConnectorAbiTakesNoFunctionWordOrCommonWordAfterIt() {
    String text = "وعاد كينجي ابي الى الحكم، ولم يذكر كينجي ابي بشكل مباشر، وحضر عمر بن ابي بكر.";
    Document d = new CompoundNamesStage().apply(with(text, "PER", "كينجي ابي", "PER", "كينجي ابي", "PER", "عمر بن ابي"));
    assertThat(texts(d)).containsExactly("كينجي ابي", "كينجي ابي", "عمر بن ابي بكر");
  }
}
