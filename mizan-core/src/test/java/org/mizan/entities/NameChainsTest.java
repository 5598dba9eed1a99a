package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Long Arabic name chains and the noun phrases a tagger mistakes for persons, on invented sentences:
 * a chain of بن is one person, its father's name is another, the word after عبد is no surname, a
 * place inside a "person" shows a noun phrase, and nouns before a titled person are no part of the name.
 */
class NameChainsTest {
  @Test
  void aChainOfBinIsOnePersonEvenWhenItsFathersNameIsPrintedAlone() {
    String text = "استقبل الأمير خالد بن فهد بن عبد الرحمن الوفد، ونقل تحيات الأمير فهد بن عبد الرحمن إليه.";
    String son = "خالد بن فهد بن عبد الرحمن", father = "فهد بن عبد الرحمن";
    int s = text.indexOf(son), f = text.lastIndexOf(father);
    Document d = new SpanRulesStage().apply(doc("a", text).withMentions(List.of(
        new Mention(s, s + son.length(), son, "PER", null, null), new Mention(f, f + father.length(), father, "PER", null, null))));
    assertThat(typed(d)).containsExactly("PER " + son, "PER " + father);
  }

  @Test
  void theFathersFullNameIsNotTheSonsShortForm() {
    String text = "استقبل الأمير خالد بن فهد بن عبد الرحمن الوفد، ونقل تحيات الأمير فهد بن عبد الرحمن إليه.";
    String son = "خالد بن فهد بن عبد الرحمن", father = "فهد بن عبد الرحمن";
    int s = text.indexOf(son), f = text.lastIndexOf(father);
    Document d = doc("a", text).withMentions(List.of(new Mention(s, s + son.length(), son, "PER", null, null),
        new Mention(f, f + father.length(), father, "PER", null, null)));
    Document r = new ResolveStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::canonical).containsExactly(son, father);
  }

  @Test
  void theWordAfterAbdIsNoSurnameToSeekAlone() {
    Document d = new PropagateStage().apply(doc("a",
        "وصل سالم بن عبد العزيز إلى المدينة، وقال إن العزيز من أكرم ضيفه.", "PER", "سالم بن عبد العزيز"));
    assertThat(typed(d)).containsExactly("PER سالم بن عبد العزيز");
  }

  @Test
  void aPlaceInsideAPersonShowsANounPhrase() {
    Document d = new SpanRulesStage().apply(doc("a",
        "رحب الرئيس بضيف الأردن الكريم في القصر، والتقى أمير قطر سالم الرميثي.",
        "PER", "بضيف الأردن الكريم", "PER", "أمير قطر سالم الرميثي"));
    assertThat(typed(d)).containsExactly("LOC الأردن", "LOC قطر", "PER سالم الرميثي");
  }

  @Test
  void nounsBeforeATitledPersonAreNoPartOfTheName() {
    Document d = new SpanRulesStage().apply(doc("a",
        "وروى الكاتب قصة الشيخ حمدان المري في كتابه، وقال يوسف الشيخ علي إن الكتاب جديد.",
        "PER", "قصة الشيخ حمدان المري", "PER", "يوسف الشيخ علي"));
    assertThat(typed(d)).containsExactly("PER حمدان المري", "PER يوسف الشيخ علي");
  }

  @Test
  void aHousesNameIsNoShortFormOfAManOfIt() {
    String text = "استقبل الشيخ خالد بن فهد آل راشد الوفد، وحضر اللقاء وراشد المري.";
    String king = "خالد بن فهد آل راشد", other = "وراشد";
    int s = text.indexOf(king), o = text.indexOf(other);
    Document d = doc("a", text).withMentions(List.of(new Mention(s, s + king.length(), king, "PER", null, null),
        new Mention(o, o + other.length(), other, "PER", null, null)));
    Document r = new ResolveStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::canonical).containsExactly(king, "راشد");
  }
}
