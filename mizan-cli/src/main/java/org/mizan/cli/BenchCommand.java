package org.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mizan bench}: throughput benchmarks over real data. Each area adds a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures the throughput of one part of the pipeline (see docs/benchmarks.md).",
    subcommands = {
        BenchIngestCommand.class,
        BenchStoreCommand.class,
        BenchServerCommand.class,
        BenchQuotesCommand.class,
        BenchCleaningCommand.class,
        BenchStoriesCommand.class,
        CommandLine.HelpCommand.class,
        BenchDigestCommand.class,
        BenchNerCommand.class,
    })
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
