package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A given name printed alone stands for the one full name of its document that opens with it, on invented sentences. */
class LoneGivenNamesTest {
  private final ResolveStage resolve = new ResolveStage();

  private static Document withPersons(String text, String... forms) {
    List<Mention> ms = new java.util.ArrayList<>();
    int from = 0;
    for (String f : forms) {
      int at = text.indexOf(f, from);
      ms.add(new Mention(at, at + f.length(), f, "PER", null, null));
      from = at + f.length();
    }
    return doc("t", text).withMentions(ms);
  }

  @Test
  void aLoneGivenNameTakesTheFullName() {
    Document d = resolve.apply(withPersons("التقت الكاتبة لورا بيلمونت بالطلاب، وقالت لورا إن الكتابة صبر.",
        "لورا بيلمونت", "لورا"));
    assertThat(d.mentions()).extracting(Mention::canonical).containsOnly("لورا بيلمونت");
  }

  @Test
  void twoFullNamesOrAFamilyNameLeaveItAlone() {
    Document two = resolve.apply(withPersons("التقت لورا بيلمونت ولورا كاستيلو بالطلاب، وقالت لورا إن الكتابة صبر.",
        "لورا بيلمونت", "لورا كاستيلو", "لورا"));
    assertThat(two.mentions().get(2).canonical()).isEqualTo("لورا");
    Document family = resolve.apply(withPersons("التقى مارك لورا بالكاتبة لورا بيلمونت، وقالت لورا إن الكتابة صبر.",
        "مارك لورا", "لورا بيلمونت", "لورا"));
    assertThat(family.mentions().get(2).canonical()).isNotEqualTo("لورا بيلمونت");
  }
}
