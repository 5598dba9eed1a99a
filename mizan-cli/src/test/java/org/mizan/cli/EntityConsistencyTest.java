package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;

class EntityConsistencyTest {
  /** An invented one-paragraph article whose mentions are the bracketed spans, typed and linked as given. */
  private static Document article(String id, String marked, String... typeAndEntity) {
    StringBuilder body = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '[') {
        int close = marked.indexOf(']', i);
        String text = marked.substring(i + 1, close);
        String[] te = typeAndEntity[k++].split(":");
        mentions.add(new Mention(body.length(), body.length() + text.length(), text, te[0], te[1], null));
        body.append(text);
        i = close;
      } else {
        body.append(c);
      }
    }
    return Document.of(new RawArticle(id, id, "text", List.of(body.toString()), Map.of())).withMentions(mentions);
  }

  @Test
  void aNameGetsItsTypesEntitiesAndTheArticlesThatPrintItUntagged() {
    EntityConsistency c = new EntityConsistency();
    c.add("d1", "a", article("a", "وصل [سامر النجار] إلى [طرابلس] أمس", "PER:p1", "LOC:l1"));
    c.add("d1", "b", article("b", "قال [سامر النجار] إن وفدا زار [طرابلس]", "PER:p1", "ORG:o9"));
    c.add("d1", "c", article("c", "غادر سامر النجار مدينة وطرابلس هادئة", new String[0]));
    c.add("d1", "d", article("d", "التقى [النجار] بوفد في [طرابلس]", "PER:p2", "LOC:l2"));
    Map<String, EntityConsistency.Form> forms = c.forms();

    EntityConsistency.Form place = forms.get(SurfaceForms.key("طرابلس"));
    assertThat(place.count(EntityConsistency.Status.TAGGED)).isEqualTo(3);
    assertThat(place.count(EntityConsistency.Status.MISSED)).as("printed after و with no mention").isEqualTo(1);
    assertThat(place.types).containsEntry("LOC", 2).containsEntry("ORG", 1);
    assertThat(place.minorityType()).isEqualTo(1);
    assertThat(place.minorityEntity()).as("two LOC articles on two entities of one day").isEqualTo(1);

    EntityConsistency.Form person = forms.get(SurfaceForms.key("سامر النجار"));
    assertThat(person.printed()).isEqualTo(3);
    assertThat(person.count(EntityConsistency.Status.MISSED)).isEqualTo(1);
    assertThat(person.taggedShare()).isEqualTo(2 / 3.0);
    assertThat(person.minorityEntity()).isZero();
    // the surname inside the full name is not a printing of the surname alone
    assertThat(forms.get(SurfaceForms.key("النجار")).printed()).isEqualTo(1);
  }

  @Test
  void aMentionOfAnotherExtentOverANameIsACut() {
    EntityConsistency c = new EntityConsistency();
    c.add("d1", "a", article("a", "افتتح [مطار الواحة الدولي] أمس", "LOC:l1"));
    c.add("d1", "b", article("b", "هبطت طائرة في [مطار الواحة] الدولي", "LOC:l2"));
    EntityConsistency.Form f = c.forms().get(SurfaceForms.key("مطار الواحة الدولي"));
    assertThat(f.count(EntityConsistency.Status.CUT)).isEqualTo(1);
    assertThat(f.count(EntityConsistency.Status.TAGGED)).isEqualTo(1);
  }

  @Test
  void keysKeepTheArticleButNotTheProclitics() {
    assertThat(SurfaceForms.key("وللأمم المتحدة")).isEqualTo(SurfaceForms.key("الأمم المتحدة"));
    assertThat(SurfaceForms.firstWordReadings("وبطرابلس")).contains("طرابلس");
  }
}
