package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Organisation names the tagger cut in two, on invented names with a hand-made gazetteer. */
class AdjacentNamesStageTest {
  static final NerFeatures LEXICON = new NerFeatures(
      Map.of("زيفكو", NerFeatures.ORG | NerFeatures.PER, "تايمز", NerFeatures.ORG, "مارون", NerFeatures.PER,
          "بلانكا للطاقه", NerFeatures.ORG, "ريفا زورمان", NerFeatures.ORG, "نادي ريفا زورمان", NerFeatures.ORG,
          "المنظمه", NerFeatures.ORG, "زورمان", NerFeatures.LOC),
      Map.of());
  static final AdjacentNamesStage STAGE = new AdjacentNamesStage(LEXICON);

  static Document run(String text, Object... typeFormNth) {
    return STAGE.apply(EntityStagesTest.placed(text, typeFormNth));
  }

  @Test
  void twoWordsOfOrganisationNamesOneSpaceApartAreOneName() {
    Document d = run("وقال في مقابلة مع صحيفة زيفكو تايمز إن الاتفاق قريب.", "ORG", "زيفكو", 0, "ORG", "تايمز", 0);
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("زيفكو تايمز");
    assertThat(d.mentions().get(0).type()).isEqualTo("ORG");
  }

  @Test
  void aGazetteerPhraseIsOneName() {
    Document d = run("وأعلنت بلانكا للطاقة أرباحها.", "ORG", "بلانكا", 0, "ORG", "للطاقة", 0);
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("بلانكا للطاقة");
    Document c = run("وفاز ريفا زورمان أمس.", "ORG", "ريفا", 0, "LOC", "زورمان", 0);
    assertThat(c.mentions()).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("ريفا زورمان", "ORG"));
  }

  @Test
  void aWholeNameTheDocumentTagsElsewhereIsOneName() {
    String text = "وقالت شركة كورال ميدا إن الصفقة تمت. وأضافت كورال ميدا أنها ستوسع أعمالها.";
    Document d = run(text, "ORG", "كورال ميدا", 0, "ORG", "كورال", 1, "ORG", "ميدا", 1);
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("كورال ميدا", "كورال ميدا");
  }

  @Test
  void namesApartOrUnknownStayApart() {
    // a comma between, a word the gazetteer knows only as a person's, a definite second word
    assertThat(run("مع زيفكو، تايمز أمس.", "ORG", "زيفكو", 0, "ORG", "تايمز", 0).mentions()).hasSize(2);
    assertThat(run("مع مارون تايمز أمس.", "ORG", "مارون", 0, "ORG", "تايمز", 0).mentions()).hasSize(2);
    assertThat(run("مع زيفكو التايمز أمس.", "ORG", "زيفكو", 0, "ORG", "التايمز", 0).mentions()).hasSize(2);
    // a person next to an organisation is no organisation name
    assertThat(run("مع زيفكو تايمز أمس.", "PER", "زيفكو", 0, "ORG", "تايمز", 0).mentions()).hasSize(2);
  }

  @Test
  void anOrganisationTakesTheWordBeforeItThatTheGazetteerPhraseHas() {
    Document d = run("وفاز فريق ريفا زورمان أمس.", "ORG", "زورمان", 0);
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("ريفا زورمان");
    // the tagger typed the city the club is named after
    Document c = run("وفاز فريق ريفا زورمان أمس.", "LOC", "زورمان", 0);
    assertThat(c.mentions()).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("ريفا زورمان", "ORG"));
    // a head noun before the name is left to entities.orgs
    Document h = run("وفاز نادي ريفا زورمان أمس.", "ORG", "ريفا زورمان", 0);
    assertThat(h.mentions()).extracting(Mention::text).containsExactly("ريفا زورمان");
  }

  @Test
  void aNameTypedOrganisationAfterATitleAndABodyIsThePerson() {
    String text = "وتزور وزيرة خارجية المنظمة كلارا فيندوم المدينة اليوم.";
    Document d = run(text, "ORG", "المنظمة", 0, "ORG", "كلارا فيندوم", 0);
    assertThat(d.mentions()).extracting(Mention::type).containsExactly("ORG", "PER");
    // without a title before the body, or with an organisation word in the name, the type stays
    assertThat(run("وتزور المنظمة كلارا فيندوم المدينة.", "ORG", "المنظمة", 0, "ORG", "كلارا فيندوم", 0).mentions())
        .extracting(Mention::type).containsExactly("ORG", "ORG");
    assertThat(run("وتزور وزيرة خارجية المنظمة كلارا تايمز المدينة.", "ORG", "المنظمة", 0, "ORG", "كلارا تايمز", 0)
        .mentions()).extracting(Mention::type).containsExactly("ORG", "ORG");
  }
}
