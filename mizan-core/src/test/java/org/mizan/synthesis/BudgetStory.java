package org.mizan.synthesis;

import java.util.List;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.stories.Story;

/** A small invented three-outlet story exercising every digest section. */
final class BudgetStory {
  private BudgetStory() {}

  static final String MINISTER = "e-minister";
  static final String SPEAKER = "e-speaker";
  static final String MP = "e-mp";

  static List<Document> docs() {
    Document a = Docs.doc("a1", "وكالة الأنباء", "2024-03-10")
        .para("أعلن وزير المالية خالد العمري يوم الأحد أن الحكومة لم تحقق أي تقدم في خفض العجز خلال العام الماضي.")
        .para("وقال العمري إن الميزانية الجديدة تتضمن 500 مليون دولار لدعم المدارس الحكومية في المناطق الريفية.")
        .para("وافتتح الوزير معرض الكتاب الدولي في العاصمة مساء الأحد بحضور عدد كبير من الناشرين العرب.")
        .para("وقال العمري: \"لن نرفع الضرائب على المواطنين هذا العام تحت أي ظرف\".")
        .para("وشهدت البلاد في مارس 2020 أزمة مالية حادة أثرت على الاقتصاد الوطني لسنوات.")
        .removed("اقرأ أيضا: أسعار النفط ترتفع في الأسواق العالمية بعد قرار خفض الإنتاج", "read-also")
        .person("خالد العمري", MINISTER).person("العمري", MINISTER)
        .figure("500 مليون دولار", 500e6, "USD", null)
        .date("يوم الأحد", "2024-03-10").date("مساء الأحد", "2024-03-10").date("مارس 2020", "2020-03")
        .quote("خالد العمري", MINISTER, "لن نرفع الضرائب على المواطنين هذا العام تحت أي ظرف", "direct", null)
        .quote("خالد العمري", MINISTER, "الحكومة لم تحقق أي تقدم في خفض العجز خلال العام الماضي", "indirect", null)
        .build();
    Document b = Docs.doc("b2", "صحيفة الشرق", "2024-03-11").headline("رئيس البرلمان: تقدم في خفض العجز")
        .para("أكد رئيس البرلمان سامي الحداد أن الحكومة حققت بعض التقدم في خفض العجز خلال العام الماضي.")
        .para("وبحسب الحداد فإن الميزانية الجديدة تتضمن 500 مليون دولار لدعم المدارس الحكومية في المناطق الريفية.")
        .para("وكان وزير المالية قد افتتح معرض الكتاب الدولي في العاصمة صباح الاثنين بحضور عدد كبير من الناشرين العرب.")
        .para("ونقلت الصحيفة عن العمري قوله إنه لن يرفع الضرائب على المواطنين هذا العام تحت أي ظرف.")
        .person("سامي الحداد", SPEAKER).person("الحداد", SPEAKER)
        .figure("500 مليون دولار", 500e6, "USD", null)
        .date("صباح الاثنين", "2024-03-11")
        .quote("خالد العمري", MINISTER, "لن يرفع الضرائب على المواطنين هذا العام تحت أي ظرف", "indirect", "الصحيفة")
        .quote("سامي الحداد", SPEAKER, "الحكومة حققت بعض التقدم في خفض العجز خلال العام الماضي", "indirect", null)
        .build();
    Document c = Docs.doc("c3", "موقع المستقبل", "2024-03-11")
        .para("وأشار النائب ماجد السالم إلى أن الحكومة أحرزت تقدما ملموسا في خفض العجز خلال العام الماضي.")
        .para("وذكر السالم أن الميزانية الجديدة تتضمن 450 مليون دولار لدعم المدارس الحكومية في المناطق الريفية.")
        .para("ويرى خبراء أن الإصلاحات الضريبية ستستغرق عدة سنوات قبل أن تظهر نتائجها على المواطنين.")
        .person("ماجد السالم", MP).person("السالم", MP)
        .figure("450 مليون دولار", 450e6, "USD", null)
        .quote("ماجد السالم", MP, "الحكومة أحرزت تقدما ملموسا في خفض العجز خلال العام الماضي", "indirect", null)
        .build();
    return List.of(a, b, c);
  }

  static List<Entity> entities() {
    return List.of(new Entity(MINISTER, "خالد العمري", "PER", List.of("العمري"), List.of("وزير المالية"), List.of("a1", "b2"), 3),
        new Entity(SPEAKER, "سامي الحداد", "PER", List.of("الحداد"), List.of(), List.of("b2"), 2),
        new Entity(MP, "ماجد السالم", "PER", List.of("السالم"), List.of(), List.of("c3"), 2));
  }

  static Story story() {
    return new Story("s-budget", "الميزانية الجديدة", List.of("a1", "b2", "c3"),
        List.of("وكالة الأنباء", "صحيفة الشرق", "موقع المستقبل"), "2024-03-10", "2024-03-11",
        List.of(new Story.SyndicationGroup(List.of("a1", "b2"), "near_duplicate", "وكالة الأنباء", 0.7, java.util.Map.of())));
  }
}
