package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/**
 * Round-11 speaker rules (invented sentences): names the tagger cut or spelled with a word the
 * rules took for something else, and what a bare verb continues.
 */
class SpeakerRound11Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> speakers(String text, List<Mention> mentions) {
    return extractor.extract(text, mentions).stream().filter(q -> q.kind().equals("direct"))
        .map(TestMentions::speaker).toList();
  }


  @Test
  void aNameWithAliIsAPersonName() {
    assertThat(MentionSpeakers.personName("محمد علي الحسني")).isTrue();
    assertThat(MentionSpeakers.personName("علي حسن")).isTrue();
    assertThat(MentionSpeakers.personName("اعتمد على الحسني")).isFalse(); // the preposition, printed with ى
  }

  @Test
  void aFamilyNameTheTaggerCutBeforeAnAppositionBelongsToTheName() {
    String text = "وقال خالد عبد الرحمن المنصوري، الخبير الاقتصادي، إن «الأسواق ستتعافى خلال العام المقبل».";
    assertThat(speakers(text, persons(text, "خالد عبد الرحمن"))).containsExactly("خالد عبد الرحمن المنصوري");
    String colon = "إلى ذلك قال مستشار الرئيس الدكتور علي حسن برقاوي: \"لن نقبل بأي شروط مسبقة في المفاوضات\".";
    assertThat(speakers(colon, persons(colon, "علي حسن"))).containsExactly("علي حسن برقاوي");
  }

  @Test
  void aNationalityAfterTheTaggedNameIsNotAFamilyName() {
    String text = "وقال جون سميث الأمريكي، الخبير في الطاقة، إن «الأسعار ستبقى منخفضة لفترة طويلة».";
    assertThat(speakers(text, persons(text, "جون سميث"))).containsExactly("جون سميث");
  }

  @Test
  void aPersonAfterALamTitleIsTheAddresseeNotTheSubject() {
    String text = "\"سندعم البطولة حتى النهاية\" هذا ما اعلنه رئيس الاتحاد الدولي للسباحة مارك هولدن للرئيس الروسي "
        + "فلاديمير بوتين أمس.";
    assertThat(speakers(text, persons(text, "مارك هولدن", "فلاديمير بوتين"))).containsExactly("مارك هولدن");
  }

  @Test
  void anOfficesStatementSpeaksNotThePersonInItsName() {
    String text = "وأفاد بيان مكتب رئيس الوزراء سامي العلي \"تم توقيف عشرين شخصا في ثلاث مدن\".";
    assertThat(speakers(text, persons(text, "سامي العلي"))).containsExactly("بيان مكتب رئيس الوزراء سامي العلي");
  }

  @Test
  void aRunOfWordsAfterAStanceVerbThatNothingBacksSetsNoSpeaker() {
    String text = "ولطالما وصفت برصانتها وبحكمتها البالغة دون أخطاء تذكر. وقال سامي العلي \"الزيارة ناجحة جدا\". "
        + "ثم وصفت بقوتها وصبرها الطويل على المصاعب. وأضاف: \"سنعود العام المقبل بالتأكيد\".";
    assertThat(speakers(text, persons(text, "سامي العلي"))).containsExactly("سامي العلي", "سامي العلي");
  }

  @Test
  void aStanceVerbTheTaggerTookIntoANameIsDropped() {
    String text = "قال موسى أبو سالم \"نريد حلا عادلا للجميع\". كما طالب أبو سالم الفصائل بالحوار. "
        + "وأكد أبو سالم \"لا بديل عن الوحدة الوطنية\".";
    List<Mention> ms = new ArrayList<>(persons(text, "موسى أبو سالم", "طالب أبو سالم"));
    int at = text.indexOf("أبو سالم \"لا");
    ms.add(new Mention(at, at + 8, "أبو سالم", "PER", null, null, "طالب أبو سالم"));
    ms.sort(java.util.Comparator.comparingInt(Mention::start));
    assertThat(speakers(text, ms)).containsExactly("موسى أبو سالم", "موسى أبو سالم");
  }

  @Test
  void aTitleWithItsQualifierIsThePersonIntroducedWithIt() {
    String text = "والتقى رئيس الاتحاد الدولي مارك هولدن الرئيس الروسي فلاديمير بوتين أمس. "
        + "وقال هولدن \"البطولة ستكون ناجحة\". من جهته، قال الرئيس الروسي: \"سنبذل كل ما في وسعنا\".";
    assertThat(speakers(text, persons(text, "مارك هولدن", "فلاديمير بوتين")))
        .containsExactly("مارك هولدن", "فلاديمير بوتين");
  }

  @Test
  void anIndefiniteTitleIntroducesSomeoneNew() {
    String text = "وكان الملك جورج الخامس قد زار المدينة عام 1930. "
        + "وذكر متحدث باسم القصر: \"الفيديو عائلي ولا يعني شيئا\". وأضاف المتحدث: \"نأسف لنشره بهذه الطريقة\".";
    assertThat(speakers(text, persons(text, "جورج الخامس")))
        .containsExactly("متحدث باسم القصر", "متحدث باسم القصر");
  }
}
