package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;

/**
 * Two outlets head one incident with different actors (invented reports of a base taken): a confident
 * model overrules the headline-actor conflict when the article names the story's other main actor.
 */
class StoryConfidentActorTest {

  static final String FRONT = "جبهة التحرير";
  static final String COMMAND = "قيادة التحالف";
  static final String COMMANDER = "سالم الهادي";

  static final String BODY = "وقالت مصادر ميدانية إن المعارك استمرت منذ فجر اليوم حول قاعدة الصخرة الجوية في "
      + "محافظة الوادي الشمالية، وإن المهاجمين دخلوا المدرج الرئيسي ومخازن الذخيرة بعد انسحاب الحامية، "
      + "وإن العشرات من عناصر الحامية فروا نحو الجبال المجاورة تاركين آلياتهم ومعداتهم الثقيلة في القاعدة.";

  /** A report whose lead names {@code names} in this order, each tagged as an organisation or a person. */
  static Document report(String id, String outlet, String time, String headline, String lead, String... names) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, BODY), Map.of());
    Document d = Document.of(raw)
        .withMetadata(headline, new Published(time, "test", 1, false), outlet, List.of(), null, null);
    List<Mention> ms = new ArrayList<>();
    for (String n : names) {
      int at = lead.indexOf(n);
      ms.add(new Mention(at, at + n.length(), n, n.equals(COMMANDER) ? "PER" : "ORG", null, null));
    }
    return d.withMentions(ms);
  }

  /** The front's report, then another outlet's report of the same capture headed by the coalition command. */
  static List<Document> oneCapture() {
    return List.of(
        report("f1", "jazirah", "2025-05-12T15:00", "جبهة التحرير تسيطر على قاعدة الصخرة الجوية",
            "سيطرت " + FRONT + " اليوم على قاعدة الصخرة الجوية بعد معارك عنيفة مع قوات العميد " + COMMANDER
                + " الذي فر من القاعدة مع عدد من مرافقيه.",
            FRONT, COMMANDER),
        report("c1", "yaum", "2025-05-12T16:00", "قيادة التحالف: قاعدة الصخرة الجوية سقطت بالكامل",
            "أعلنت " + COMMAND + " اليوم أن قاعدة الصخرة الجوية سقطت بالكامل بعد معارك عنيفة مع قوات العميد "
                + COMMANDER + " الذي فر من القاعدة مع عدد من مرافقيه.",
            COMMAND, COMMANDER));
  }

  @Test
  void theHeadlinesNameDifferentActors() {
    List<Document> docs = oneCapture();
    StoryCluster story = new StoryCluster("st", 0);
    StoryFeatures.Extracted front = StoryFeatures.extract(docs.get(0));
    StoryJoins.join(story, front, Map.of(), Map.of(), true, 0, 0, null, StoryFeatures.persons(docs.get(0)));
    assertThat(ActorConflict.actorConflict(StoryFeatures.extract(docs.get(1)), story)).isTrue();
  }

  @Test
  void aConfidentModelJoinsTheSecondReportDespiteTheConflict() {
    Map<String, String> s = new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT,
        JoinModel.standard(), StoryOptions.ALL).addAll(oneCapture());
    assertThat(s.get("c1")).isEqualTo(s.get("f1"));
  }

  @Test
  void withTheRuleOffTheConflictVetoesIt() {
    Map<String, String> s = new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT,
        JoinModel.standard(), StoryOptions.ALL.without(List.of("actorbar"))).addAll(oneCapture());
    assertThat(s.get("c1")).isNotEqualTo(s.get("f1"));
  }
}
