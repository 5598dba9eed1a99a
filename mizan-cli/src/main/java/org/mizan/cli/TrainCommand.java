package org.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mizan train}: rebuilds shipped models from data. Each area adds a subcommand. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuilds a shipped model reproducibly (fixed seeds) from the data it documents.",
    subcommands = {
        TrainVocabularyCommand.class,
        TrainStoriesIdfCommand.class,
        TrainStoriesJoinCommand.class,
        CommandLine.HelpCommand.class,
        TrainNerCommand.class,
    })
public final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
