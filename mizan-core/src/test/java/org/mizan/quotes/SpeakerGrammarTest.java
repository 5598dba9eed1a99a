package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/**
 * Round-10 speaker-phrase grammar (invented sentences): what ends a speaker's name or an
 * organisation's, and when the noun phrase after a reporting verb is its object, not its subject.
 */
class SpeakerGrammarTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> speakers(String text, List<Mention> mentions) {
    return extractor.extract(text, mentions).stream().filter(q -> q.kind().equals("direct"))
        .map(TestMentions::speaker).toList();
  }

  private List<String> speakers(String text) {
    return speakers(text, List.of());
  }

  @Test
  void aVerbAfterAComplementizerWithAPronounKeepsTheOuterSpeaker() {
    String text = "وقال الوزير سامي العلي إنه اعتبر قرار تأجيل الافتتاح \"خطأ كبيرا لا يمكن قبوله\".";
    assertThat(speakers(text)).containsExactly("سامي العلي");
  }

  @Test
  void anAgencyToldWithLamIsTheMediumNotPartOfTheSource() {
    String text = "وأشارت مصادر أمنية لفرانس برس إلى وقوع «انفجارين قويين قرب مبنى البلدية».";
    assertThat(speakers(text)).containsExactly("مصادر أمنية");
    assertThat(extractor.extract(text).get(0).medium()).isEqualTo("لفرانس برس");
  }

  @Test
  void aLamGenitiveWithItsNounBelongsToTheOrganisationName() {
    String text = "وقالت الشركة الوطنية لنقل البضائع التي تدير الميناء: \"نواجه مشكلات في جدولة الرحلات\".";
    assertThat(speakers(text)).containsExactly("الشركة الوطنية لنقل البضائع");
  }

  @Test
  void aFamilyNameThenAnAddresseeIsTheFamilyName() {
    String text = "التقى وزير المالية فهد العمري نظيره الأردني أمس. "
        + "وقال العمري للقحطاني إن \"الاتفاق سيوقع خلال أيام قليلة\".";
    assertThat(speakers(text)).containsExactly("فهد العمري");
  }

  @Test
  void aPersonMentionRunningIntoALamLamWordIsNotTrusted() {
    assertThat(MentionSpeakers.personName("العمري للقحطاني")).isFalse();
    assertThat(MentionSpeakers.personName("فهد العمري")).isTrue();
    String text = "التقى وزير المالية فهد العمري نظيره الأردني أمس. "
        + "وقال العمري للقحطاني إن \"الاتفاق سيوقع خلال أيام قليلة\".";
    int at = text.indexOf("العمري للقحطاني");
    List<Mention> ms = List.of(new Mention(text.indexOf("فهد العمري"), text.indexOf("فهد العمري") + 10, "فهد العمري",
        "PER", null, null, "فهد العمري"), new Mention(at, at + 15, "العمري للقحطاني", "PER", null, null, "العمري للقحطاني"));
    assertThat(speakers(text, ms)).containsExactly("فهد العمري");
  }

  @Test
  void aQuoteThenThisIsWhatXSaidIsXs() {
    assertThat(speakers("\"سنواصل العمل حتى نهاية العام المقبل\"، هذا ما قاله المدير سامي العلي أمس."))
        .containsExactly("سامي العلي");
    assertThat(speakers("«نقول نعم للحوار» وهذا ما أعلنه الرئيس الفرنسي جان لوران أمس."))
        .containsExactly("جان لوران");
  }

  @Test
  void aFamilyNameTheTaggerCutOffStillNamesThePerson() {
    String text = "وترأس جان بيير موران الجلسة أمس. وقال موران: \"القانون يفرض وجود محام الى جانب كل متهم\".";
    int at = text.indexOf("جان بيير");
    List<Mention> ms = List.of(new Mention(at, at + 8, "جان بيير", "PER", null, null, "جان بيير"));
    assertThat(speakers(text, ms)).containsExactly("جان بيير موران");
  }

  @Test
  void bismihiAfterATitleIsPartOfTheTitleNotOfTheName() {
    assertThat(speakers("وقال المتحدث باسمها سامي العلي: \"نتابع التحقيقات في الحادث عن قرب\"."))
        .containsExactly("سامي العلي");
  }

  @Test
  void aCompoundGivenNameWithAbdIsFollowedByTheFamilyName() {
    assertThat(speakers("وقال عبد الله الفلو إن «نتائج القطاع ستكون منخفضة هذا العام»."))
        .containsExactly("عبد الله الفلو");
  }
}
