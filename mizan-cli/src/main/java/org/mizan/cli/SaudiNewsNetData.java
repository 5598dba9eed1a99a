package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mizan.ingest.SaudiNewsNet;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the commands that read the SaudiNewsNet corpus (a picocli mixin). */
final class SaudiNewsNetData {
  @Option(names = "--data", paramLabel = "DIR",
      description = "SaudiNewsNet folder of YYYY-MM-DD.zip day files (default: ${DEFAULT-VALUE}).")
  Path dir = SaudiNewsNet.DEFAULT_DIR;

  /** The day zips in date order; an error naming the folder when it is absent or has none. */
  List<Path> days() throws IOException {
    return SaudiNewsNet.days(dir);
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
