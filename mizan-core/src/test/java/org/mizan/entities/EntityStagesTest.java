package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Corpus;

/** The rule stages on small texts with hand-placed mentions, so each rule is tested on its own. */
class EntityStagesTest {
  static Document doc(String id, String text, String... typedForms) {
    Document d = Document.of(new RawArticle(id, id + ".txt", "text", List.of(text), Map.of()));
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < typedForms.length; i += 2) {
      String form = typedForms[i + 1];
      for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
        ms.add(new Mention(at, at + form.length(), form, typedForms[i], null, null));
      }
    }
    ms.sort(java.util.Comparator.comparingInt(Mention::start));
    return d.withMentions(ms);
  }

  /** The document's mentions as {@code TYPE text}, in order. */
  static List<String> typed(Document d) {
    return d.mentions().stream().map(m -> m.type() + " " + m.text()).toList();
  }

  static Mention only(Document d, String text) {
    return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(
        () -> new AssertionError("no mention " + text + " in " + d.mentions()));
  }

  @Test
  void anAgencyAliasPrintedAfterLamResolvesLikeTheBareAlias() {
    Document d = doc("a", "وقال مسؤول لوكالة الأنباء الفرنسية إن الوفد وصل.", "ORG", "لوكالة الأنباء الفرنسية");
    Document r = new ResolveStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::canonical, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("فرانس برس", "ORG"));
  }

  @Test
  void titleBeforeAPersonBecomesItsRole() {
    Document d = doc("a", "وقال وزير الخارجية الفرنسي جان نويل بارو إن المحادثات مستمرة.", "PER", "جان نويل بارو");
    Document r = new RoleStage().apply(d);
    assertThat(only(r, "جان نويل بارو").role()).isEqualTo("وزير الخارجية الفرنسي");
  }

  @Test
  void titleInsideTheMentionMovesToTheRole() {
    Document d = doc("a", "التقى الرئيس التركي رجب طيب أردوغان بالوفد.", "PER", "الرئيس التركي رجب طيب أردوغان");
    Document r = new RoleStage().apply(d);
    Mention m = only(r, "رجب طيب أردوغان");
    assertThat(m.role()).isEqualTo("الرئيس التركي");
  }

  @Test
  void rareWordsAfterATitleAreAPerson() {
    Document d = doc("a", "وصل المبعوث الأممي هانس غروندبرغ إلى عدن أمس.");
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).containsExactly("هانس غروندبرغ");
    assertThat(r.mentions().get(0).role()).isEqualTo("المبعوث الأممي");
  }

  @Test
  void aProfessionBeforeAnUntaggedNameIsItsTitle() {
    Document d = doc("a", "ورأت الخبيرة الاقتصادية سارة الفرجاني أن السوق اختار الحذر، وقال المحلل السياسي كريم الدباغي إن الأزمة طويلة.");
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).containsExactly("سارة الفرجاني", "كريم الدباغي");
    assertThat(only(r, "سارة الفرجاني").role()).isEqualTo("الخبيرة الاقتصادية");
    assertThat(only(r, "كريم الدباغي").role()).isEqualTo("المحلل السياسي");
  }

  @Test
  void aTitleInAppositionAfterTheNameIsItsRole() {
    Document d = doc("a", "وقال سالم الهاشمي محافظ البنك المركزي إن التضخم تراجع. وأكد كمال الريس، المدير الفني للنادي، أن الفريق جاهز.",
        "PER", "سالم الهاشمي", "ORG", "البنك المركزي", "PER", "كمال الريس");
    Document r = new RoleStage().apply(d);
    assertThat(only(r, "سالم الهاشمي").role()).isEqualTo("محافظ البنك المركزي");
    assertThat(only(r, "كمال الريس").role()).isEqualTo("المدير الفني للنادي");
    // a day word closes the role; a title at its end opens another name
    Document day = new RoleStage().apply(doc("b", "وقال سالم الهاشمي وزير الخارجية أمس إن الوفد وصل، وتحدث نادر السعدي المدير الفني السيد عن المباراة.",
        "PER", "سالم الهاشمي", "PER", "نادر السعدي"));
    assertThat(only(day, "سالم الهاشمي").role()).isEqualTo("وزير الخارجية");
    assertThat(only(day, "نادر السعدي").role()).isEqualTo("المدير الفني");
  }

  @Test
  void aPortfolioAndARepresentedBodyAreInsideTheRole() {
    Document d = doc("a", "ورافقه وزير النقل عمر الفاسي، فيما انتقد النائب البرلماني عن حزب الأمل الجديد سمير الخالدي القرار.",
        "PER", "عمر الفاسي", "ORG", "حزب الأمل الجديد", "PER", "سمير الخالدي");
    Document r = new RoleStage().apply(d);
    assertThat(only(r, "عمر الفاسي").role()).isEqualTo("وزير النقل");
    assertThat(only(r, "سمير الخالدي").role()).isEqualTo("النائب البرلماني عن حزب الأمل الجديد");
    // عن after a body that is no role word is no representative's role
    Document q = new RoleStage().apply(doc("b", "وتحدث عن حزب الأمل الجديد سمير الخالدي.",
        "ORG", "حزب الأمل الجديد", "PER", "سمير الخالدي"));
    assertThat(only(q, "سمير الخالدي").role()).isNull();
  }

  @Test
  void aDefiniteClubAfterATitleIsTheTitlesBodyNotAPerson() {
    Document d = doc("a", "وقال فهد الراشد مدرب النصر إن فريقه جاهز.", "PER", "فهد الراشد", "ORG", "النصر");
    Document r = new RoleStage().apply(d);
    assertThat(typed(r)).containsExactly("PER فهد الراشد", "ORG النصر");
  }

  @Test
  void aTitleRunningIntoTheNextPersonIsHisNotTheOneBefore() {
    Document d = doc("a", "والتقى سالم الهاشمي رئيس الوزراء كمال الريس، ثم التقى نادر السعدي ووزير الخارجية.",
        "PER", "سالم الهاشمي", "PER", "كمال الريس", "PER", "نادر السعدي");
    Document r = new RoleStage().apply(d);
    assertThat(only(r, "سالم الهاشمي").role()).isNull();
    assertThat(only(r, "كمال الريس").role()).isEqualTo("رئيس الوزراء");
    assertThat(only(r, "نادر السعدي").role()).isNull();
  }

  @Test
  void aKinshipTitleIsNotThePossessorsRole() {
    Document d = doc("a", "وحضر اللقاء نجل الملك الأردني عبد الله الأمير حسين، ثم التقى مستشار الأمن القومي جون بولتون.",
        "PER", "عبد الله", "PER", "حسين", "PER", "جون بولتون");
    Document r = new RoleStage().apply(d);
    assertThat(only(r, "عبد الله").role()).isEqualTo("الملك الأردني");
    assertThat(only(r, "حسين").role()).isEqualTo("الأمير");
    // a relational title before a non-person phrase is the person's own role
    assertThat(only(r, "جون بولتون").role()).isEqualTo("مستشار الأمن القومي");
  }

  @Test
  void aSpokesmansTitleIsNotTheRoleOfTheOneHeSpeaksFor() {
    Document d = doc("a", "وقال كارل فيرنر المتحدث باسم الرئيس النمساوي هانس لودفيغ إن اللقاء تأجل. "
        + "وأكدت المتحدثة باسم وزارة الخارجية ماريا ليندن ذلك.", "PER", "كارل فيرنر", "PER", "هانس لودفيغ",
        "PER", "ماريا ليندن");
    Document r = new RoleStage().apply(d);
    assertThat(only(r, "هانس لودفيغ").role()).isEqualTo("الرئيس النمساوي");
    // speaking for an institution, the spokeswoman's title is her own role
    assertThat(only(r, "ماريا ليندن").role()).isEqualTo("المتحدثة باسم وزارة الخارجية");
  }

  @Test
  void titleBeforeAVerbIsNotAName() {
    Document d = doc("a", "وقال الرئيس إن الاجتماع كان مفيدا.");
    assertThat(new RoleStage().apply(d).mentions()).isEmpty();
  }

  @Test
  void surnameOfAFullNameIsTaggedWhereTheTaggerMissedIt() {
    Document d = doc("a", "التقى أنغيلا ميركل أمس. وقالت ميركل إن الاتفاق قريب، وأكدت وميركل ذلك.", "PER", "أنغيلا ميركل");
    Document p = new PropagateStage().apply(d);
    assertThat(p.mentions()).extracting(Mention::text).containsExactly("أنغيلا ميركل", "ميركل", "وميركل");
    assertThat(p.mentions()).allMatch(m -> m.type().equals("PER"));
  }

  @Test
  void cliticsAliasesAndShortFormsResolveInTheDocument() {
    Document d = doc("a", "دعا أنطونيو غوتيريش الدول الأعضاء للأمم المتحدة وحلف الناتو إلى الحوار. وقال غوتيريش إن الوقت ينفد.",
        "PER", "أنطونيو غوتيريش", "PER", "غوتيريش", "ORG", "للأمم المتحدة", "ORG", "الناتو");
    // "غوتيريش" also occurs inside the full name: keep the mentions that do not overlap
    List<Mention> ms = new ArrayList<>();
    for (Mention m : d.mentions()) if (ms.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) ms.add(m);
    Document r = new ResolveStage().apply(d.withMentions(ms));
    assertThat(only(r, "للأمم المتحدة").canonical()).isEqualTo("الأمم المتحدة");
    assertThat(only(r, "الناتو").canonical()).isEqualTo("حلف شمال الأطلسي");
    assertThat(r.mentions().stream().filter(m -> m.text().equals("غوتيريش")).findFirst().orElseThrow().canonical())
        .isEqualTo("أنطونيو غوتيريش");
  }

  @Test
  void aLeadersBynameIsHisName() {
    Document d = doc("a", "ورحب أبو مازن بالمبادرة الفرنسية.", "PER", "أبو مازن");
    assertThat(only(new ResolveStage().apply(d), "أبو مازن").canonical()).isEqualTo("محمود عباس");
  }

  @Test
  void aFathersNameAfterBinIsNoSurnameForALoneName() {
    Document d = doc("a", "استقبل الملك فيصل الوفد، وحضر الأمير خالد بن فيصل اللقاء. ثم قال عمر المنصور والوزير علي المنصور.",
        "PER", "خالد بن فيصل", "PER", "فيصل", "PER", "علي المنصور", "PER", "المنصور");
    List<Mention> ms = new ArrayList<>();
    for (Mention m : d.mentions()) if (ms.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) ms.add(m);
    Document r = new ResolveStage().apply(d.withMentions(ms));
    // فيصل alone is not the son named خالد بن فيصل
    assertThat(r.mentions().stream().filter(m -> m.text().equals("فيصل")).findFirst().orElseThrow().canonical())
        .isEqualTo("فيصل");
    // a surname still takes its full name, also after the given name Ben (بن رودس)
    assertThat(r.mentions().stream().filter(m -> m.text().equals("المنصور")).findFirst().orElseThrow().canonical())
        .isEqualTo("علي المنصور");
    Document ben = new ResolveStage().apply(doc("b", "قال المستشار بن رودس للصحفيين. وأضاف رودس أن المحادثات جادة.",
        "PER", "بن رودس", "PER", "رودس"));
    assertThat(ben.mentions()).extracting(Mention::canonical).containsOnly("بن رودس");
  }

  @Test
  void seatOfAnInstitutionIsAnOrganization() {
    Document r = new ResolveStage().apply(doc("a", "أعلن البيت الأبيض أمس.", "LOC", "البيت الأبيض"));
    assertThat(only(r, "البيت الأبيض").type()).isEqualTo("ORG");
  }

  @Test
  void twoNamesRunTogetherAreSplit() {
    Document d = doc("a", "وصل ويليام بيرنز وجيك سوليفان إلى القاهرة. والتقى سوليفان الوزير.", "PER", "ويليام بيرنز وجيك سوليفان",
        "PER", "سوليفان");
    List<Mention> ms = new ArrayList<>();
    for (Mention m : d.mentions()) if (ms.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) ms.add(m);
    Document s = new SpanRulesStage().apply(d.withMentions(ms));
    assertThat(s.mentions()).extracting(Mention::text).contains("ويليام بيرنز", "وجيك سوليفان");
  }

  @Test
  void aKnownOrganizationGluedBeforeAPersonIsSplitOff() {
    Document d = doc("a", "قال البنتاغون أمس. وأوضح المتحدث باسم البنتاغون جون كيربي ذلك.", "ORG", "البنتاغون أمس",
        "PER", "البنتاغون جون كيربي");
    List<Mention> ms = new ArrayList<>(d.mentions());
    ms.set(0, new Mention(4, 13, "البنتاغون", "ORG", null, null));
    Document s = new SpanRulesStage().apply(d.withMentions(ms));
    assertThat(s.mentions()).extracting(Mention::text).containsExactly("البنتاغون", "البنتاغون", "جون كيربي");
    assertThat(s.mentions()).extracting(Mention::type).containsExactly("ORG", "ORG", "PER");
  }


  @Test
  void possessorAfterAKinshipTitleIsSplitOffThePerson() {
    String text = "قال المستشار هنري فالمور أمس. وحضر اللقاء صهر الرئيس هنري فالمور ماركوس ديلان.";
    Document d = doc("a", text, "PER", "هنري فالمور ماركوس ديلان");
    List<Mention> ms = new ArrayList<>(d.mentions());
    ms.add(0, new Mention(text.indexOf("هنري"), text.indexOf(" أمس"), "هنري فالمور", "PER", null, null));
    Document s = new SpanRulesStage().apply(d.withMentions(ms));
    assertThat(s.mentions()).extracting(Mention::text).containsExactly("هنري فالمور", "هنري فالمور", "ماركوس ديلان");
  }

  /** Mentions placed at the given printed forms, each at its {@code nth} occurrence (0-based). */
  static Document placed(String text, Object... typeFormNth) {
    Document d = doc("a", text);
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < typeFormNth.length; i += 3) {
      String form = (String) typeFormNth[i + 1];
      int at = -1;
      for (int n = 0; n <= (Integer) typeFormNth[i + 2]; n++) at = text.indexOf(form, at + 1);
      ms.add(new Mention(at, at + form.length(), form, (String) typeFormNth[i], null, null));
    }
    ms.sort(java.util.Comparator.comparingInt(Mention::start));
    return d.withMentions(ms);
  }

  @Test
  void possessorPrintedAloneElsewhereIsSplitOffAKnownPerson() {
    // the tagger never tags فالمور alone, but the text prints it alone (وفالمور) and tags ديلان alone
    String text = "وحضر اللقاء صهر فالمور ماركوس ديلان. ولم يعلق وفالمور على الزيارة، وقال ديلان إنها ناجحة.";
    Document d = placed(text, "PER", "فالمور ماركوس ديلان", 0, "PER", "ديلان", 1);
    Document s = new SpanRulesStage().apply(d);
    assertThat(s.mentions()).extracting(Mention::text).containsExactly("فالمور", "ماركوس ديلان", "ديلان");
  }

  @Test
  void aWordPrintedOnlyInsideAnotherNameIsNoPossessor() {
    // فالمور is printed elsewhere only as part of a longer name: the three words may be one person
    String text = "وحضر اللقاء نجل الوزير فالمور ماركوس ديلان. وكان سامر فالمور هناك، وقال ديلان إنها ناجحة.";
    Document d = placed(text, "PER", "فالمور ماركوس ديلان", 0, "PER", "سامر فالمور", 0, "PER", "ديلان", 1);
    Document s = new SpanRulesStage().apply(d);
    assertThat(s.mentions()).extracting(Mention::text).contains("فالمور ماركوس ديلان");
  }

  @Test
  void aKinshipTitleInsideAPersonMentionSeparatesTwoPersons() {
    String text = "ووصل ماركوس ديلان صهر فالمور إلى المدينة، ثم التقى فالمور وصهره ماركوس ديلان الوفد.";
    Document d = placed(text, "PER", "ماركوس ديلان صهر فالمور", 0, "PER", "فالمور وصهره ماركوس ديلان", 0);
    Document s = new SpanRulesStage().apply(d);
    assertThat(s.mentions()).extracting(Mention::text)
        .containsExactly("ماركوس ديلان", "فالمور", "فالمور", "ماركوس ديلان");
    // "son of" is part of an Arabic name chain, not a relation between two persons
    String chain = "ووصل سامر بن فالمور إلى المدينة.";
    Document c = new SpanRulesStage().apply(doc("b", chain, "PER", "سامر بن فالمور"));
    assertThat(c.mentions()).extracting(Mention::text).containsExactly("سامر بن فالمور");
  }

  @Test
  void aLongNameWithoutAKinshipTitleStaysWhole() {
    String text = "قال هنري فالمور أمس. وحضر اللقاء السيد هنري فالمور ماركوس ديلان.";
    Document d = doc("a", text, "PER", "هنري فالمور ماركوس ديلان");
    List<Mention> ms = new ArrayList<>(d.mentions());
    ms.add(0, new Mention(text.indexOf("هنري"), text.indexOf(" أمس"), "هنري فالمور", "PER", null, null));
    Document s = new SpanRulesStage().apply(d.withMentions(ms));
    assertThat(s.mentions()).extracting(Mention::text).contains("هنري فالمور ماركوس ديلان");
  }
  @Test
  void aVerbIsNoPartOfAName() {
    String text = "ولم يتضح إن كان كارل هولمبرغ سيتوجهان إلى المدينة، وقال إنهم سيتفاوضون مع الوفد.";
    Document s = new SpanRulesStage().apply(doc("a", text, "PER", "كارل هولمبرغ سيتوجهان", "LOC", "سيتفاوضون"));
    assertThat(s.mentions()).extracting(Mention::text).containsExactly("كارل هولمبرغ");
  }

  @Test
  void aDefiniteHeadTaggedAloneTakesItsProperAdjective() {
    Document s = new SpanRulesStage().apply(doc("a", "صلى الآلاف في المسجد الأموي يوم الجمعة.", "MISC", "المسجد"));
    assertThat(s.mentions()).extracting(Mention::text, Mention::type).containsExactly(tuple("المسجد الأموي", "LOC"));
  }

  @Test
  void facilityHeadJoinsThePlaceName() {
    Document s = new SpanRulesStage().apply(doc("a", "هبطت الطائرة في مطار شيريميتيفو أمس.", "LOC", "شيريميتيفو"));
    assertThat(s.mentions()).extracting(Mention::text).containsExactly("مطار شيريميتيفو");
  }

  @Test
  void linkingMergesVariantsAcrossDocumentsAndKeepsNamesakesApart() {
    Document a = new ResolveStage().apply(doc("a", "قال الرئيس فولوديمير زيلينسكي إن كييف مستعدة.",
        "PER", "فولوديمير زيلينسكي", "LOC", "كييف"));
    Document b = new ResolveStage().apply(doc("b", "اتصل فلاديمير بوتين بالرئيس زيلنسكي أمس.",
        "PER", "فلاديمير بوتين", "PER", "زيلنسكي"));
    Document c = new ResolveStage().apply(doc("c", "وقال بوتين إن موسكو ترحب.", "PER", "بوتين", "LOC", "موسكو"));
    Corpus out = new LinkStage().apply(Corpus.of(List.of(a, b, c)));
    Entity z = out.entities().stream().filter(e -> e.canonical().equals("فولوديمير زيلينسكي")).findFirst().orElseThrow();
    Entity p = out.entities().stream().filter(e -> e.canonical().equals("فلاديمير بوتين")).findFirst().orElseThrow();
    assertThat(z.documents()).containsExactly("a", "b");
    assertThat(z.aliases()).contains("زيلنسكي");
    assertThat(p.documents()).containsExactly("b", "c");
    assertThat(z.id()).isNotEqualTo(p.id());
    assertThat(out.entities()).hasSize(4);
    for (Document d : out.documents()) assertThat(d.mentions()).allMatch(m -> m.entityId() != null);
  }

  @Test
  void aSurnameSharedByTwoPeopleIsNotGuessed() {
    Document a = new ResolveStage().apply(doc("a", "التقى جورج بوش ولورا بوش.", "PER", "جورج بوش", "PER", "لورا بوش"));
    Document b = new ResolveStage().apply(doc("b", "وقال بوش إن الحرب انتهت.", "PER", "بوش"));
    Corpus out = new LinkStage().apply(Corpus.of(List.of(a, b)));
    assertThat(out.entities()).extracting(Entity::canonical).containsExactlyInAnyOrder("جورج بوش", "لورا بوش", "بوش");
  }

  @Test
  void anOrganisationRunsOnOverItsNisbaAfterADefiniteWord() {
    Document d = doc("o", "وقالت المنسقة العليا بالاتحاد الأوروبي، إن الخبر صحيح.",
        "ORG", "بالاتحاد");
    Document r = new OrgNamesStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).contains("بالاتحاد الأوروبي");
  }

  @Test
  void anOrganisationKeepsItsNisbaAfterADefiniteWordButNotAfterAName() {
    Document d = doc("n", "ونقلت وكالة الطاقة الذرية الدولية عن مصادر، كما نقلت رويترز البريطانية الخبر.",
        "ORG", "الطاقة الذرية الدولية", "ORG", "رويترز البريطانية");
    Document s = new SpanRulesStage().apply(d);
    assertThat(s.mentions()).extracting(Mention::text).contains("الطاقة الذرية الدولية", "رويترز");
  }

  @Test
  void anOrganisationGluedBeforeAPersonIsSplit() {
    Document d = doc("g", "وقالت مفوضة الاتحاد الأفريقي سارة موكيلي إن موكيلي ستزور المنطقة.",
        "ORG", "الاتحاد الأفريقي سارة موكيلي", "PER", "موكيلي ");
    Document s = new SpanRulesStage().apply(d);
    assertThat(s.mentions()).extracting(m -> m.type() + " " + m.text())
        .contains("ORG الاتحاد الأفريقي", "PER سارة موكيلي");
  }

  @Test
  void aNameThatStartsLikeAConjunctionAndArticleKeepsItsLetters() {
    // فالكوني is printed inside a full name, so the lone mention is not ف + الكوني
    String text = "قال المدرب لويس فالكوني إن الفريق جاهز. وأضاف فالكوني أن المباراة صعبة.";
    Document d = doc("f", text, "PER", "لويس فالكوني");
    int at = text.lastIndexOf("فالكوني");
    List<Mention> ms = new ArrayList<>(d.mentions());
    ms.add(new Mention(at, at + "فالكوني".length(), "فالكوني", "PER", null, null));
    Document r = new ResolveStage().apply(d.withMentions(ms));
    assertThat(only(r, "فالكوني").canonical()).isEqualTo("لويس فالكوني");
  }

  @Test
  void aLoneGivenNameTakesItsFamilyNisbaButNotAnAdjectiveOfOrigin() {
    Document d = doc("h", "وقال الصحفي خالد العمراني إن الطريق مغلق، فيما أكد زميله خالد الروسي أمس غير ذلك.",
        "PER", "خالد");
    Document s = new SpanRulesStage().apply(d);
    assertThat(s.mentions()).extracting(Mention::text).containsExactly("خالد العمراني", "خالد");
  }

  @Test
  void anOrganisationKeepsAnAdjectiveOfOriginOnlyAfterItsHeadNoun() {
    Document d = doc("k", "وصوت الكونغرس الأمريكي ضد القرار، ورحب الاتحاد الأفريقي بالخطوة.",
        "ORG", "الكونغرس", "ORG", "الاتحاد");
    Document r = new OrgNamesStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).containsExactly("الكونغرس", "الاتحاد الأفريقي");
  }

  @Test
  void aClubOrAGroupIsAnOrganisationByItsContext() {
    Document d = doc("c", "وفاز فالنسيا الإسباني على ضيفه، وقال لاعب فالنسيا إن فالنسيا مدينة جميلة. "
        + "وتبنت جماعة أنصار الحق الهجوم، وأعلنت أنصار الحق مسؤوليتها.",
        "LOC", "فالنسيا", "PER", "أنصار الحق");
    Document r = new PropagateStage().apply(d);
    assertThat(r.mentions()).extracting(m -> m.type() + " " + m.text())
        .containsOnly("ORG فالنسيا", "ORG أنصار الحق");
  }

  @Test
  void aListedNameTheTaggerMissedIsTaggedWithItsType() {
    Document d = doc("l", "وتبنى تنظيم الدولة الإسلامية الهجوم، ودعت واشنطن لمواجهة تنظيم داعش وقالت أمريكا إنها جاهزة.",
        "LOC", "واشنطن");
    Document r = new LexiconNamesStage().apply(d);
    assertThat(r.mentions()).extracting(m -> m.type() + " " + m.text())
        .containsExactly("ORG تنظيم الدولة الإسلامية", "LOC واشنطن", "ORG تنظيم داعش",
            "LOC أمريكا");
  }

  @Test
  void aNameTheRunTagsReliablySpreadsToAnArticleWhereItWasMissed() {
    Document a = doc("a", "قال الرئيس جون تالبوت إن المحادثات مستمرة، وأضاف تالبوت أن الوفد وصل.", "PER", "تالبوت");
    Document b = doc("b", "وأكد تالبوت في مؤتمر صحفي أن الاتفاق قريب من الجميع.", "PER", "تالبوت", "PER", "الجميع");
    Document c = doc("c", "ونقل الوفد عن وتالبوت نفسه إن الاتفاق قريب من الجميع وإن الجميع راض، لصالح الطرفين.");
    Corpus out = new CorpusPropagateStage().apply(Corpus.of(List.of(a, b, c)));
    Document c2 = out.documents().get(2);
    // the surname is tagged in two articles, every time it is printed; الجميع in one article only
    assertThat(c2.mentions()).extracting(m -> m.type() + " " + m.text()).containsExactly("PER وتالبوت");
    assertThat(c2.mentions().get(0).canonical()).isEqualTo("تالبوت");
  }

  @Test
  void aFullNameTheRunTagsReplacesThePieceTheTaggerCutElsewhere() {
    Document a = doc("a", "وقال الفريق عبد الكريم الزرنوقي إن القوات تقدمت.", "PER", "عبد الكريم الزرنوقي");
    Document b = doc("b", "وأكد عبد الكريم الزرنوقي أن المعارك مستمرة.", "PER", "عبد الكريم الزرنوقي");
    Document c = doc("c", "واقترح على قائد الجيش، عبد الكريم الزرنوقي، وقف القتال.", "PER", "عبد الكريم");
    Corpus out = new CorpusPropagateStage().apply(Corpus.of(List.of(a, b, c)));
    assertThat(out.documents().get(2).mentions()).extracting(m -> m.type() + " " + m.text())
        .containsExactly("PER عبد الكريم الزرنوقي");
  }

  @Test
  void aOneWordPlaceTaggedInThreeArticlesIsTaggedInAListElsewhere() {
    Document a = doc("a", "وصل الوفد إلى زرنوقة أمس.", "LOC", "زرنوقة");
    Document b = doc("b", "تشهد زرنوقة أمطارا غزيرة.", "LOC", "زرنوقة");
    Document c = doc("c", "افتتح الأمير مشروعا في زرنوقة.", "LOC", "زرنوقة");
    Document d = doc("d", "شملت الجولة قرى الساحل وزرنوقة والوادي.");
    Corpus out = new CorpusPropagateStage().apply(Corpus.of(List.of(a, b, c, d)));
    assertThat(out.documents().get(3).mentions()).extracting(m -> m.type() + " " + m.text())
        .containsExactly("LOC وزرنوقة");
    // in two articles only, a one-word place stays where the tagger put it
    Corpus two = new CorpusPropagateStage().apply(Corpus.of(List.of(a, b, d)));
    assertThat(two.documents().get(2).mentions()).isEmpty();
  }

  @Test
  void aNameAfterATitleAndItsOrganisationIsTagged() {
    Document d = doc("t", "وحضر رئيس هيئة الطيران خالد يوسف العمراني الاجتماع، ثم تحدث رئيس الهيئة عن الخطة.",
        "ORG", "هيئة الطيران");
    Document s = new SpanRulesStage().apply(d);
    assertThat(s.mentions()).extracting(m -> m.type() + " " + m.text())
        .containsExactly("ORG هيئة الطيران", "PER خالد يوسف العمراني");
  }

  @Test
  void aQuotedNameAfterAMediaNounOrTatweelIsAnOutlet() {
    Document d = doc("q", "وقال مسؤول لـ«النهار اليوم» إن قناة «الأفق» نقلت الخبر، وقال آخر لـ«إنها الأوامر» فقط.");
    Document r = new OrgNamesStage().apply(d);
    assertThat(r.mentions()).extracting(m -> m.type() + " " + m.text()).containsExactly("ORG النهار اليوم", "ORG الأفق");
  }

  @Test
  void aQuotedNicknameAfterAFullNameIsThatPersonWhereverPrinted() {
    Document d = doc("n", "وقاد محمد علي الصافي «أبو العز» قواته نحو المدينة، وقال أبو العز إن المعركة انتهت.",
        "PER", "محمد علي الصافي", "ORG", "أبو العز");
    Document r = new ResolveStage().apply(d);
    assertThat(r.mentions()).filteredOn(m -> m.text().equals("أبو العز")).hasSize(2)
        .allSatisfy(m -> {
          assertThat(m.type()).isEqualTo("PER");
          assertThat(m.canonical()).isEqualTo("محمد علي الصافي");
        });
    // two quoted words after a surname alone are another man's name (an aide of X "Y Z")
    Document aide = new ResolveStage().apply(doc("t", "وقال كمال الصافي إن مساعد الصافي \"سامي فريد\" وابنه حضرا.",
        "PER", "كمال الصافي", "PER", "الصافي", "PER", "سامي فريد"));
    assertThat(aide.mentions()).filteredOn(m -> m.text().equals("سامي فريد")).extracting(Mention::canonical)
        .containsExactly("سامي فريد");
    // quoted words closing the sentence are speech, not a nickname
    Document speech = new ResolveStage().apply(doc("s", "وقال محمد علي الصافي «نعم للحوار».", "PER", "محمد علي الصافي"));
    assertThat(typed(speech)).containsExactly("PER محمد علي الصافي");
  }

  @Test
  void aPlacePrintedWithTheVowelMarksOfAnotherNameIsThatName() {
    Document r = new ResolveStage().apply(doc("v", "وزار الوفد عُمان ثم عاد إلى عمان.", "LOC", "عُمان", "LOC", "عمان"));
    assertThat(r.mentions()).extracting(Mention::canonical).containsExactly("سلطنة عمان", "عمان");
  }

  @Test
  void aMosqueNamedByItsTownIsOneNameButAMayorsTownStaysAPlace() {
    // رئيس بلدية X is a mayor's title: the town stays a place of its own
    Document s = new SpanRulesStage().apply(doc("a", "وقال رئيس بلدية زحلة إن المصلين اجتمعوا في مسجد جرش أمس.",
        "LOC", "زحلة", "LOC", "جرش"));
    assertThat(s.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("زحلة", "LOC"), org.assertj.core.groups.Tuple.tuple("مسجد جرش", "LOC"));
  }

  @Test
  void aListedPlaceIsNoCliticBeforeAnotherName() {
    // بابل would be ب + أبل, and أبل is printed in the document
    Document d = doc("a", "وزار الوفد آثار بابل، وأطلقت أبل هاتفا جديدا.", "LOC", "بابل", "ORG", "أبل");
    Document r = new ResolveStage().apply(d);
    assertThat(only(r, "بابل").canonical()).isEqualTo("بابل");
  }
}
