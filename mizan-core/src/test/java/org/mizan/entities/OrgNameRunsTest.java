package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.text.Tokenizer;

/** Organisation names run on over a spelled letter after them or a name word before a media tail. */
class OrgNameRunsTest {
  private static List<Mention> run(Document d) {
    List<Mention> ms = new ArrayList<>(d.mentions());
    OrgNameRuns.apply(d.body(), Tokenizer.tokenize(d.body()), ms);
    return ms;
  }

  @Test
  void aSpelledLetterAfterAnAcronymsLetterJoinsTheName() {
    Document d = EntityStagesTest.doc("a", "وأعلنت شركة كلاود إيه آي أمس عن منصة جديدة.", "ORG", "شركة كلاود إيه");
    assertThat(run(d)).extracting(Mention::text).containsExactly("شركة كلاود إيه آي");
  }

  @Test
  void theFirstWordOfAThreeWordOutletJoinsItsTail() {
    Document d = EntityStagesTest.doc("a", "وذكرت صحيفة ريو غراندي تايمز أن المصنع أغلق.", "LOC", "ريو", "ORG", "غراندي تايمز");
    assertThat(run(d)).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ريو غراندي تايمز", "ORG"));
  }

  @Test
  void anOrganisationNotEndingInALetterOrTailIsLeftAlone() {
    Document d = EntityStagesTest.doc("a", "وقالت وزارة الزراعة إيه إن الموسم جيد في سان مارينو.", "ORG", "وزارة الزراعة", "LOC", "سان مارينو");
    assertThat(run(d)).extracting(Mention::text).containsExactly("وزارة الزراعة", "سان مارينو");
  }
}
