package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A lone given name after a title takes the plain word that closes the phrase as family name, on invented sentences. */
class TitledNameTailsTest {
  private final NameTailsStage tails = new NameTailsStage();

  private static Document withPerson(String text, String form) {
    int at = text.indexOf(form);
    return doc("t", text).withMentions(List.of(new Mention(at, at + form.length(), form, "PER", null, null)));
  }

  @Test
  void aTitledGivenNameTakesItsFamilyName() {
    Document d = tails.apply(withPerson("وكتب الصحفي روبن كوستيلار في مقاله أن المفاوضات متعثرة.", "روبن"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("روبن كوستيلار");
    Document colon = tails.apply(withPerson("وقال الكولونيل ماركو زيلاتو: إن القوات انسحبت.", "ماركو"));
    assertThat(colon.mentions()).extracting(Mention::text).containsExactly("ماركو زيلاتو");
  }

  @Test
  void aCommonWordOrAnUntitledNameStaysOut() {
    Document noun = tails.apply(withPerson("وقد قدم الصحفي روبن طلب انضمام في الأسبوع الماضي.", "روبن"));
    assertThat(noun.mentions()).extracting(Mention::text).containsExactly("روبن");
    Document untitled = tails.apply(withPerson("ثم وصل روبن كوستيلار في المساء.", "روبن"));
    assertThat(untitled.mentions()).extracting(Mention::text).containsExactly("روبن");
  }

  @Test
  void aTitledGivenAndFathersNameTakesTheNisbaThatClosesThePhrase() {
    Document d = tails.apply(withPerson("وقال رئيس الوزراء خالد جبار الليبي إن الموازنة جاهزة.", "خالد جبار"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("خالد جبار الليبي");
    // a feminine adjective, or a phrase going on after the nisba, is no family name
    Document fem = tails.apply(withPerson("وقال رئيس الوزراء خالد جبار الليبية الحكومة ماضية.", "خالد جبار"));
    assertThat(fem.mentions()).extracting(Mention::text).containsExactly("خالد جبار");
    Document on = tails.apply(withPerson("والتقى رئيس الوزراء خالد جبار الليبي الأصل وفدا.", "خالد جبار"));
    assertThat(on.mentions()).extracting(Mention::text).containsExactly("خالد جبار");
  }
}
