package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** An organisation printed without the adjectives closing its name in the same document, on invented sentences. */
class ShortBodyNamesTest {
  private static List<String> canonicals(Document d) {
    return d.mentions().stream().map(Mention::canonical).toList();
  }

  @Test
  void aPartyWithoutItsClosingAdjectivesIsTheLongName() {
    Document d = new ResolveStage().apply(doc("a",
        "وأعلن حزب النهضة الوطني الديمقراطي برنامجه، وقال إن لحزب النهضة مرشحين في الانتخابات.",
        "ORG", "حزب النهضة الوطني الديمقراطي", "ORG", "لحزب النهضة"));
    assertThat(canonicals(d)).containsExactly("حزب النهضة الوطني الديمقراطي", "حزب النهضة الوطني الديمقراطي");
  }

  @Test
  void aBodyOfACountryTakesItsShortFormOnlyWhereThePageNamesNoOtherNationality() {
    Document one = new ResolveStage().apply(doc("a",
        "وافق مجلس الشورى البحريني على القانون، وقالت الحكومة البحرينية إن لمجلس الشورى دورا.",
        "ORG", "مجلس الشورى البحريني", "ORG", "لمجلس الشورى"));
    assertThat(canonicals(one)).containsExactly("مجلس الشورى البحريني", "مجلس الشورى البحريني");
    // a page naming two nations: مجلس الشورى may be the other's
    Document two = new ResolveStage().apply(doc("b",
        "زار وفد من مجلس الشورى البحريني الرياض، والتقى الوفد السعودي، وقال إن لمجلس الشورى دورا.",
        "ORG", "مجلس الشورى البحريني", "ORG", "لمجلس الشورى"));
    assertThat(canonicals(two)).containsExactly("مجلس الشورى البحريني", "مجلس الشورى");
  }

  @Test
  void anAdjectiveOfAnotherNounIsNoPartOfTheName() {
    // المنتسبة agrees with كتائب (feminine), not with حزب النور (masculine): no longer name of the party
    Document d = new ResolveStage().apply(doc("a",
        "وقالت كتائب حزب النور المنتسبة إلى التحالف إنها انسحبت، وأكد لحزب النور موقفه.",
        "ORG", "حزب النور المنتسبة", "ORG", "لحزب النور"));
    assertThat(canonicals(d)).containsExactly("حزب النور المنتسبة", "حزب النور");
    // a noun in ية after the name (the majority) is no adjective of it
    Document n = new ResolveStage().apply(doc("b",
        "وفقدت حركة الوفاق والإصلاح الأغلبية في البرلمان، وقال إن لحركة الوفاق والإصلاح مرشحين.",
        "ORG", "حركة الوفاق والإصلاح الأغلبية", "ORG", "لحركة الوفاق والإصلاح"));
    assertThat(canonicals(n)).containsExactly("حركة الوفاق والإصلاح الأغلبية", "حركة الوفاق والإصلاح");
  }
}
