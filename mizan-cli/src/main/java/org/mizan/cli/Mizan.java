package org.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mizan} command: entry point of every front end. */
@Command(name = "mizan", mixinStandardHelpOptions = true, version = "mizan 0.1.0",
    description = "Arabic-first news intelligence: stories, who said what, figures and divergences.",
    subcommands = {
        DigestCommand.class,
        IngestCommand.class,
        ServeCommand.class,
        EvalCommand.class,
        TrainCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success (at least one input was processed; problems with others are reported on stderr)",
        "1:nothing could be processed (every input failed, or there was none)",
        "2:invalid command line (unknown option, missing argument)",
        "3:output could not be written, or an internal error"})
public final class Mizan implements Runnable {

  public static final int OK = 0;
  public static final int NOTHING_PROCESSED = 1;
  public static final int USAGE = 2;
  public static final int FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code; never prints a stack trace. */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Mizan());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("mizan: " + describe(ex));
      return FAILURE;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("mizan: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'mizan " + ex.getCommandLine().getCommandName() + " --help'.");
      return USAGE;
    });
    return cl.execute(args);
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
