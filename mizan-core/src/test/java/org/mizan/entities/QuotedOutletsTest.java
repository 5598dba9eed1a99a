package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * An outlet's whole name in quote marks or slashes after a media noun, and a listed place after a
 * clitic, on invented sentences.
 */
class QuotedOutletsTest {
  private static List<String> typed(Document d) {
    return d.mentions().stream().map(m -> m.type() + " " + m.text()).toList();
  }

  @Test
  void theWholeQuotedNameReplacesThePieceTheTaggerCut() {
    Document d = new MediaNamesStage().apply(doc("a", "وقال الوزير لصحيفة «ميدلاند مورنينغ بوست» إن الاتفاق قريب.",
        "ORG", "ميدلاند"));
    assertThat(typed(d)).containsExactly("ORG ميدلاند مورنينغ بوست");
  }

  @Test
  void slashesMarkAnOutletsNameLikeQuoteMarks() {
    Document d = new MediaNamesStage().apply(doc("a", "ونشرت صحيفة /ميدلاند مورنينغ بوست/ تقريرا عن الاتفاق."));
    assertThat(typed(d)).containsExactly("ORG ميدلاند مورنينغ بوست");
  }

  @Test
  void aListedPlaceAfterACliticIsThePlace() {
    Document d = new ResolveStage().apply(doc("a", "وقعت الحادثة بفرنسا أمس.", "LOC", "بفرنسا"));
    assertThat(d.mentions()).extracting(Mention::canonical).containsExactly("فرنسا");
  }

  @Test
  void aQuotedPlaceAfterAgencyAndNewsIsTheAgency() {
    Document d = new MediaNamesStage().apply(doc("a", "وذكرت وكالة أنباء \"ميدلاند\" المحلية أن الوفد وصل.",
        "LOC", "ميدلاند"));
    assertThat(typed(d)).containsExactly("ORG ميدلاند");
  }

  @Test
  void aPlaceNamingAnAgencyInTheDocumentIsTheAgency() {
    String text = "وأعلنت وكالة الساحل للأنباء النبأ أمس. وأوضحت الساحل أن الوفد وصل.";
    Document d = EntityStagesTest.doc("a", text);
    int a = text.indexOf("وكالة"), p = text.lastIndexOf("الساحل");
    d = d.withMentions(List.of(new Mention(a, a + "وكالة الساحل للأنباء".length(), "وكالة الساحل للأنباء", "ORG", null, null),
        new Mention(p, p + "الساحل".length(), "الساحل", "LOC", null, null)));
    assertThat(typed(new MediaNamesStage().apply(d))).containsExactly("ORG الساحل", "ORG الساحل");
  }

  @Test
  void aPlatformNamedAfterAPlatformNounIsAnOrganisation() {
    Document quoted = new MediaNamesStage().apply(doc("a", "وكتب الوزير على منصة «إكس» أن الاتفاق قريب.", "MISC", "إكس"));
    assertThat(typed(quoted)).containsExactly("ORG إكس");
    Document bare = new MediaNamesStage().apply(doc("b", "ونشر السفير على موقع إكس صورة للقاء."));
    assertThat(typed(bare)).containsExactly("ORG إكس");
    Document letter = new MediaNamesStage().apply(doc("c", "وباعت الشركة جهاز إكس بوكس بسعر أقل."));
    assertThat(typed(letter)).isEmpty();
  }

  @Test
  void telegramInAnySpellingIsAnOrganisation() {
    Document d = new LexiconNamesStage().apply(doc("a", "وكتب النائب عبر تطبيق تليغرام أن الجلسة تأجلت.", "MISC", "تليغرام"));
    assertThat(typed(d)).containsExactly("ORG تليغرام");
  }

  @Test
  void aQuotedNameAfterAVerbOfReceivingIsTheOutletOverTheTaggersMiscGuess() {
    Document d = new OrgNamesStage().apply(doc("a", "وذكر بيان لمكتبه تلقته “النهار” أن الوزير غادر.", "MISC", "النهار"));
    assertThat(typed(d)).containsExactly("ORG النهار");
    Document copy = new OrgNamesStage().apply(doc("b", "وقال في بيان تلقت \"صدى الوادي\" نسخة منه إن الطريق مغلق."));
    assertThat(typed(copy)).containsExactly("ORG صدى الوادي");
  }
}
