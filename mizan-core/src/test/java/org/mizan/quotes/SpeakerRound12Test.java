package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/**
 * Round-12 rules (invented sentences): quote marks that hold labels rather than words, and whose
 * words a quote is.
 */
class SpeakerRound12Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, List<Mention> mentions) {
    return TestMentions.direct(extractor.extract(text, mentions));
  }


  @Test
  void aChainOfQuotedLabelsIsNoQuote() {
    String charges = "وقال المحامي سامي الحداد إن موكله يواجه تهما منها «التخابر»، و«نشر أخبار كاذبة»، "
        + "و«الإساءة إلى مؤسسات الدولة».";
    assertThat(direct(charges, persons(charges, "سامي الحداد"))).isEmpty();
    String factions = "وكشف مسؤول أمني لوكالة الأنباء عن مشاركة فصيلين، هما «سرايا النصر المبين» وألوية «فجر الشام»، "
        + "في المعارك.";
    assertThat(direct(factions, List.of())).isEmpty();
  }

  @Test
  void twoQuotesOfASpeakerAreNoChain() {
    String text = "وقال الوزير كمال العمري «لن نتراجع عن هذه الخطة»، وأضاف «سنعمل مع جميع الشركاء في المنطقة».";
    assertThat(direct(text, persons(text, "كمال العمري"))).containsExactly(
        "كمال العمري: لن نتراجع عن هذه الخطة", "كمال العمري: سنعمل مع جميع الشركاء في المنطقة");
    String adverbial = "وقالت المحافظة إنها منعت المسيرة لتفادي \"مواجهات\" وبسبب \"الازدحام الشديد المتوقع\" وسط المدينة.";
    assertThat(direct(adverbial, List.of())).containsExactly("المحافظة: الازدحام الشديد المتوقع");
  }

  @Test
  void aQuotedChargeOrPlaceAfterItsNounIsAName() {
    String text = "وأعلن المدعي العام فتح تحقيق في فضيحة «رشاوى عقود التسليح» التي هزت البلاد.";
    assertThat(direct(text, List.of())).isEmpty();
    String places = "وقالت مصادر محلية إن الغارات استهدفت مواقع في مديريات «الحزم والمصلوب وخب» شمال البلاد.";
    assertThat(direct(places, List.of())).isEmpty();
  }

  @Test
  void aQuotedNameInTheSubjectPhraseIsReadAsPartOfIt() {
    String spokesman = "واتهم القائد العسكري عمر الزيدي قوات النظام بالتقدم. وقال المتحدث باسم \"جبهة التحرير\" ماهر السعدون "
        + "إن \"القوات فرت مع عدد من مرافقيها باتجاه الجنوب\".";
    assertThat(direct(spokesman, persons(spokesman, "عمر الزيدي", "ماهر السعدون")))
        .containsExactly("ماهر السعدون: القوات فرت مع عدد من مرافقيها باتجاه الجنوب");
    String party = "واتهم القائد العسكري عمر الزيدي قوات النظام بالتقدم. وأكدت حركة \"النهضة الوطنية\" في بيان أن "
        + "الانتخابات \"لن تجري في موعدها المحدد\".";
    assertThat(direct(party, persons(party, "عمر الزيدي"))).containsExactly("حركة النهضة الوطنية: لن تجري في موعدها المحدد");
  }

  @Test
  void aSubjectOfItsOwnThatIsNoNameDoesNotContinueTheLastSpeaker() {
    String text = "وقال المدير سامي العلي إن الشركة ستوسع أعمالها. ورأت \"نفط الشمال\" أن هذه الاتهامات "
        + "\"لا أساس لها من الصحة\"، وفق بيان. وأضاف العلي \"سنرد على كل ذلك أمام المحكمة\".";
    assertThat(direct(text, persons(text, "سامي العلي")))
        .containsExactly("?: لا أساس لها من الصحة", "سامي العلي: سنرد على كل ذلك أمام المحكمة");
  }

  @Test
  void anOutletPassingOnWordsGivesThemToTheOneAfterAn() {
    String text = "وكان المرشد فهد الكعبي أكد أن بلاده لن تتغير. ونقلت الإذاعة الرسمية عن رئيس الوزراء سامي العلي القول "
        + "إن \"من يظن أن التنازلات ستغير السياسة مخطئ\". وأضاف أن \"الخطر ما زال قائما في المنطقة\".";
    assertThat(direct(text, persons(text, "فهد الكعبي", "سامي العلي"))).containsExactly(
        "سامي العلي: من يظن أن التنازلات ستغير السياسة مخطئ", "سامي العلي: الخطر ما زال قائما في المنطقة");
    String official = "وكان المرشد فهد الكعبي أكد أن بلاده لن تتغير. ونقلت وكالة بلومبرغ عن مسؤول في الوزارة أن "
        + "\"الخطة ستعلن خلال أسابيع قليلة\".";
    assertThat(direct(official, persons(official, "فهد الكعبي")))
        .containsExactly("مسؤول في الوزارة: الخطة ستعلن خلال أسابيع قليلة");
  }

  @Test
  void theOutletBeforeAnIsNeverTheSpeaker() {
    String text = "ونقلت وكالات الأنباء عن «مسؤول» في الجماعة تبنيه للهجوم. وقال "
        + "\"الهدوء عاد إلى المدينة بعد ساعات من الاشتباكات\".";
    assertThat(direct(text, List.of())).noneMatch(q -> q.contains("وكالات"));
  }

  @Test
  void aNationalityAdjectiveBeforeANameBelongsToTheTitle() {
    String text = "وقال الرئيس البرازيلي جواو كارلوس ماتوس، خلال احتفال عسكري: «أمرت بوقف الغارات على المعسكرات».";
    assertThat(direct(text, persons(text, "البرازيلي جواو كارلوس ماتوس")))
        .containsExactly("جواو كارلوس ماتوس: أمرت بوقف الغارات على المعسكرات");
  }
}
