package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional feature groups' per-sentence views: quotations and longest gazetteer matches. */
class NerFeaturesTest {
  private static final Map<String, Integer> GAZ = Map.of(
      "نادي", NerFeatures.ORG, "النجوم", NerFeatures.ORG, "نادي النجوم", NerFeatures.ORG,
      "نادي النجوم الرياضي", NerFeatures.ORG, "سامر", NerFeatures.PER, "سامر نوار", NerFeatures.PER);

  private static NerFeatures.Sentence sentence(int flags, String text) {
    return new NerFeatures(GAZ, Map.of(), Map.of(), flags).sentence(text.split(" "));
  }

  @Test
  void quotedWordsKnowTheirPlaceAndTheWordBeforeTheQuote() {
    NerFeatures.Sentence s = sentence(NerFeatures.QUOTE, "قدم برنامج « حكايات المساء الطويلة » ثم قال \" نعم \" و « مفتوح");
    assertThat(s.quotePos).containsExactly(0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 4, 0, 0, 0, 0);
    assertThat(s.quoteLen[4]).isEqualTo(3);
    assertThat(s.quoteBefore[3]).isEqualTo(s.stem[1]); // برنامج
    assertThat(s.quoteBefore[10]).isEqualTo(s.stem[8]); // قال
  }

  @Test
  void longestGazetteerPhraseWinsLeftToRight() {
    NerFeatures.Sentence s = sentence(NerFeatures.GAZPOS, "فاز نادي النجوم الرياضي على سامر نوار");
    assertThat(s.matchPos).containsExactly(0, 1, 2, 3, 0, 1, 3);
    assertThat(s.matchBits[2]).isEqualTo(NerFeatures.ORG);
    assertThat(s.matchBits[6]).isEqualTo(NerFeatures.PER);
    // without the group nothing is marked, so models trained without it see the same features
    assertThat(sentence(0, "فاز نادي النجوم الرياضي").matchPos).containsOnly(0);
  }

  @Test
  void groupsAddFeaturesOnlyWhereTheyApply() {
    NerFeatures plain = new NerFeatures(GAZ, Map.of(), Map.of(), 0);
    NerFeatures both = new NerFeatures(GAZ, Map.of(), Map.of(), NerFeatures.QUOTE | NerFeatures.GAZPOS);
    String[] words = "قال سامر نوار إن « الخبر » صحيح".split(" ");
    int[] f = new int[NerFeatures.MAX_FEATURES];
    assertThat(both.extract(both.sentence(words), 0, f)).isEqualTo(plain.extract(plain.sentence(words), 0, f) + 1); // i+1 in a match
    assertThat(both.extract(both.sentence(words), 5, f)).isEqualTo(plain.extract(plain.sentence(words), 5, f) + 5); // quoted
    assertThat(both.extract(both.sentence(words), 7, f)).isEqualTo(plain.extract(plain.sentence(words), 7, f));
  }

  @Test
  void wordNeighbourAndContextPartsAreExactlyTheFeaturesOfEveryGroup() {
    // the tagger sums the word-only parts once per distinct word: the parts must be extract's multiset
    Map<String, Integer> clusters = Map.of("سامر", 5 | (3 << 9) | (700 << 15), "نادي", 7, "قال", 9 | (1 << 9));
    Map<String, Integer> paths = Map.of("سامر", 0b1011011, "قال", 0b110);
    Map<String, Integer> morph = Map.of("سامر", 12345, "نادي", (1 << NerFeatures.TRIGGER_SHIFT) | 77);
    String[] text = "قال سامر نوار إن « نادي النجوم الرياضي » فاز وللنادي , 12 Club".split(" ");
    int all = NerFeatures.WIDE | NerFeatures.TREE | NerFeatures.MULTI | NerFeatures.BIOES | NerFeatures.QUOTE
        | NerFeatures.GAZPOS | NerFeatures.MORPH | NerFeatures.TRIG;
    for (int flags = 0; flags <= all; flags++) {
      if ((flags & ~all) != 0) continue;
      NerFeatures f = new NerFeatures(GAZ, clusters, paths, morph, flags);
      for (int len : new int[] {1, 2, 3, text.length}) {
      String[] words = java.util.Arrays.copyOf(text, len);
      NerFeatures.Sentence s = f.sentence(words);
      for (int i = 0; i < words.length; i++) {
        int[] a = new int[NerFeatures.MAX_FEATURES], b = new int[NerFeatures.MAX_FEATURES], c = new int[NerFeatures.MAX_FEATURES];
        int n = f.extract(s, i, a), l = f.local(s, i, b), k = f.context(s, i, c);
        java.util.stream.IntStream parts = java.util.stream.IntStream.concat(java.util.Arrays.stream(b, 0, l),
            java.util.Arrays.stream(c, 0, k));
        for (int d : NerFeatures.NEIGHBOURS) {
          int[] g = new int[NerFeatures.MAX_FEATURES];
          int m = f.neighbour(s, i + d, d, g);
          parts = java.util.stream.IntStream.concat(parts, java.util.Arrays.stream(g, 0, m));
        }
        assertThat(parts.sorted().toArray()).as("flags %d, word %d", flags, i).containsExactly(java.util.Arrays.stream(a, 0, n).sorted().toArray());
      }
      }
    }
  }
}
