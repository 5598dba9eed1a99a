package org.mizan.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mizan.stories.StoryOptions;
import picocli.CommandLine.Option;

/**
 * The {@code --ablate RULE,…} option of the story commands (a picocli mixin): clusters with the named
 * switchable rules off, to compare the clustering with and without them (docs/evaluation.md).
 */
final class StoryAblation {
  @Option(names = "--ablate", split = ",", paramLabel = "RULE",
      description = "Turn these story rules off, for comparisons: dateparts, levels, periods, latestday, sharednames, "
          + "templatedays, issuers, persons, titledcounterpart, recalleddays, actorbar, weekdays, sharedfigures (default: all on, as the product runs).")
  List<String> rules = new ArrayList<>();

  /** The clustering options: every rule on but those named; an error naming the option for an unknown rule. */
  StoryOptions options() throws IOException {
    try {
      return StoryOptions.ALL.without(rules);
    } catch (IllegalArgumentException e) {
      throw new IOException("--ablate: " + e.getMessage());
    }
  }
}
