package org.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mizan eval}: quality figures against gold files. Each area adds a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluates one capability against gold annotations and prints its figures.",
    subcommands = {
        EvalCleaningCommand.class,
        EvalQuotesCommand.class,
        EvalQuoteAgreementCommand.class,
        EvalFiguresCommand.class,
        EvalStoriesCommand.class,
        EvalStoriesPairsCommand.class,
        SampleStoryPairsCommand.class,
        EvalArchiveStoriesCommand.class,
        CommandLine.HelpCommand.class,
        EvalNerCommand.class,
        EvalEntitiesCommand.class,
        EvalEntityConsistencyCommand.class,
        EvalSummaryCommand.class,
        EvalDigestCommand.class,
    })
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
