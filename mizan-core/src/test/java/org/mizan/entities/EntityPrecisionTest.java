package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;

/** Precision on an invented exhaustive gold: correct, type error, junk and neutral output entities. */
class EntityPrecisionTest {
  /** A document whose mentions are {@code text, type, entity id} triples placed at their first occurrence. */
  static Document doc(String id, String body, String... textTypeId) {
    Document d = Document.of(new RawArticle(id, id + ".txt", "text", List.of(body), Map.of()));
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < textTypeId.length; i += 3) {
      int at = body.indexOf(textTypeId[i]);
      ms.add(new Mention(at, at + textTypeId[i].length(), textTypeId[i], textTypeId[i + 1], textTypeId[i + 2], null));
    }
    return d.withMentions(ms);
  }

  static Entity entity(String id, String canonical, String type) {
    return new Entity(id, canonical, type, List.of(), List.of(), List.of(), 1);
  }

  static final String BODY = "زار الوزير نادر الحلبي مدينة الزرقاء وملعب الزرقاء البلدي، والتقى الأميركي رئيس الدوري الممتاز.";
  static final List<EntityScoring.Gold> GOLD = List.of(
      new EntityScoring.Gold("نادر الحلبي", "PER", List.of("نادر الحلبي", "الحلبي"), List.of("a")),
      new EntityScoring.Gold("الزرقاء", "LOC", List.of("الزرقاء"), List.of("a")),
      new EntityScoring.Gold("ملعب الزرقاء البلدي", "LOC", List.of("ملعب الزرقاء البلدي"), List.of("a")));
  static final List<EntityScoring.Gold> NEUTRAL = List.of(
      new EntityScoring.Gold("", "", List.of("الدوري الممتاز"), List.of("a")));

  @Test
  void correctTypeErrorJunkAndNeutralAreTold() {
    Document a = doc("a", BODY, "نادر الحلبي", "PER", "e1", "الزرقاء", "LOC", "e2", "ملعب الزرقاء البلدي", "ORG", "e3",
        "الأميركي", "PER", "e4", "الدوري الممتاز", "ORG", "e5");
    var r = EntityPrecision.score(GOLD, NEUTRAL, Map.of("a", a), List.of(entity("e1", "نادر الحلبي", "PER"),
        entity("e2", "الزرقاء", "LOC"), entity("e3", "ملعب الزرقاء البلدي", "ORG"), entity("e4", "الأميركي", "PER"),
        entity("e5", "الدوري الممتاز", "ORG")));
    assertThat(r.pairs()).isEqualTo(4);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.typeErrors()).isEqualTo(1);
    assertThat(r.junk()).isEqualTo(1);
    assertThat(r.neutral()).isEqualTo(1);
    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(r.byType().get("PER").precision()).isEqualTo(0.5);
    assertThat(r.byType().get("ORG").correct()).isZero();
    assertThat(r.errors()).containsExactly("type error in a: ORG «ملعب الزرقاء البلدي» (gold LOC ملعب الزرقاء البلدي)",
        "junk in a: PER «الأميركي»");
  }

  @Test
  void aCutSpanIsJunkAndACliticFormIsCorrect() {
    String body = "وقال لنادر الحلبي إن المدرب الحلبي سيبقى.";
    Document a = doc("a", body, "لنادر", "PER", "e1", "الحلبي", "PER", "e2");
    var r = EntityPrecision.score(GOLD, List.of(), Map.of("a", a),
        List.of(entity("e1", "نادر", "PER"), entity("e2", "الحلبي", "PER")));
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.errors()).containsExactly("junk in a: PER «لنادر»");
  }
}
