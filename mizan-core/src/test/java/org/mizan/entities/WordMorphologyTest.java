package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Productivity bins of stems counted over a tiny invented corpus in SaudiNewsNet's format. */
class WordMorphologyTest {
  @TempDir Path dir;

  private void day(String name, String... contents) throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (String c : contents) {
      if (json.length() > 1) json.append(',');
      json.append("{\"source\":\"t\",\"url\":\"u\",\"date_extracted\":\"2015-07-21\",\"title\":\"t\",\"author\":\"a\",\"content\":\"")
          .append(c).append("\"}");
    }
    json.append(']');
    try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".zip")); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name + ".json"));
      z.write(json.append("").toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void namesAreUnproductiveNounsTakeArticleAndSuffixes() throws Exception {
    // an invented name (never with the article or a suffix, often after a title) and a common
    // noun (with the article, a possessive, a plural)
    String text = "قال الرئيس زهرون إن المدينة جميلة وإن مدينتها كبيرة وإن المدن والمدينات كثيرة. ";
    day("2015-07-21", text.repeat(6), "زار زهرون مدينه صغيرة. ".repeat(3));
    Map<String, Integer> m = WordMorphology.build(dir, s -> {});
    int name = m.get("زهرون"), noun = m.get("مدينه");
    assertThat(WordMorphology.art(name)).isEqualTo(1); // never with ال
    assertThat(WordMorphology.pronoun(name)).isEqualTo(1);
    assertThat(WordMorphology.title(name)).isGreaterThan(3); // 6 of 9 after الرئيس
    assertThat(WordMorphology.art(noun)).isGreaterThan(2);
    assertThat(WordMorphology.pronoun(noun)).isGreaterThan(2); // مدينتها credits مدينه
    assertThat(WordMorphology.plural(noun)).isGreaterThan(2); // مدينات credits مدينه
    assertThat(m).doesNotContainKey("كثير"); // seen fewer than 5 times on its own

    Path cache = dir.resolve("m.tsv.gz");
    WordMorphology.writeCache(m, cache);
    assertThat(WordMorphology.readCache(cache)).isEqualTo(m);
  }

  @Test
  void morphFeaturesOnlyWithTheirFlagAndTheyTravelInTheModelFile() throws Exception {
    Map<String, Integer> morph = Map.of("زهرون", WordMorphology.pack(new int[] {50, 0, 0, 0, 0, 20}));
    String[] words = "قال الرئيس زهرون".split(" ");
    NerFeatures plain = new NerFeatures(Map.of(), Map.of(), Map.of(), morph, 0);
    NerFeatures with = new NerFeatures(Map.of(), Map.of(), Map.of(), morph, NerFeatures.MORPH);
    int[] a = new int[NerFeatures.MAX_FEATURES], b = new int[NerFeatures.MAX_FEATURES];
    int na = plain.extract(plain.sentence(words), 2, a), nb = with.extract(with.sentence(words), 2, b);
    assertThat(nb).isEqualTo(na + 7);
    // a word without bins gets one "unknown" feature, not seven
    assertThat(with.extract(with.sentence(words), 0, b)).isEqualTo(plain.extract(plain.sentence(words), 0, a) + 1);

    NerModel m = new NerModel(19, new float[(1 << 19) * 17], new float[18 * 17],
        new NerFeatures(Map.of(), Map.of(), Map.of(), morph, NerFeatures.MORPH | NerFeatures.BIOES));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    assertThat(NerModel.read(new ByteArrayInputStream(out.toByteArray())).features().morph()).isEqualTo(morph);
  }

  @Test
  void triggerWordsTravelInTheWordClassMapAndMarkTheWordsAfterThem() {
    Map<String, Integer> classes = NerFeatures.withTriggers(Map.of("زهرون", 5));
    assertThat(classes.get("زهرون")).isEqualTo(5); // morphology bins kept
    assertThat(classes.get(org.mizan.text.Clitics.strip(org.mizan.text.ArabicNormalization.normalize("الرئيس"))) >>> NerFeatures.TRIGGER_SHIFT).isEqualTo(1); // الرئيس, clitic-stripped
    assertThat(classes.get(org.mizan.text.ArabicNormalization.normalize("شركة")) >>> NerFeatures.TRIGGER_SHIFT).isEqualTo(2);
    NerFeatures plain = new NerFeatures(Map.of(), Map.of(), Map.of(), classes, 0);
    NerFeatures with = new NerFeatures(Map.of(), Map.of(), Map.of(), classes, NerFeatures.TRIG);
    String[] words = "قال الرئيس زهرون إن شركة".split(" ");
    int[] a = new int[NerFeatures.MAX_FEATURES], b = new int[NerFeatures.MAX_FEATURES];
    // after a title: the pair of trigger classes and the class × the word's cluster; elsewhere only the pair
    assertThat(with.extract(with.sentence(words), 2, b)).isEqualTo(plain.extract(plain.sentence(words), 2, a) + 2);
    assertThat(with.extract(with.sentence(words), 4, b)).isEqualTo(plain.extract(plain.sentence(words), 4, a) + 1);
    int[] afterTitle = new int[NerFeatures.MAX_FEATURES], afterVerb = new int[NerFeatures.MAX_FEATURES];
    int n1 = with.extract(with.sentence("قال الرئيس زهرون".split(" ")), 2, afterTitle);
    int n2 = with.extract(with.sentence("قال أمس زهرون".split(" ")), 2, afterVerb);
    assertThat(java.util.Arrays.copyOf(afterTitle, n1)).isNotEqualTo(java.util.Arrays.copyOf(afterVerb, n2));
  }
}
