package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Organisation names the tagger cut in two, on invented names with a hand-made gazetteer. */
class RejoinOrgsStageTest {
  static final NerFeatures LEXICON = new NerFeatures(
      Map.of("زيفكو", NerFeatures.ORG | NerFeatures.PER, "تايمز", NerFeatures.ORG, "مارون", NerFeatures.PER,
          "بلانكا للطاقه", NerFeatures.ORG),
      Map.of());
  static final RejoinOrgsStage STAGE = new RejoinOrgsStage(LEXICON);

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
}
