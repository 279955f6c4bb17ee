package io.github.govaudit.cli;

import io.github.govaudit.profile.UserAgent;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code govaudit} entry point. Takes its writers so tests run it in-process; nothing below
 * it calls {@code System.exit} or prints to {@code System.out}.
 */
public final class Main {

  private final PrintWriter out;
  private final PrintWriter err;

  public Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line {@code args}; returns the exit code (0 done, 1 failed, 2 bad usage or input). */
  public int execute(String... args) {
    Root root = new Root();
    CommandLine cli = new CommandLine(root, new Factory(out, err));
    cli.setOut(out).setErr(err);
    cli.setParameterExceptionHandler((e, a) -> {
      String message = e.getMessage().replaceFirst("^Error: ", "");
      err.println("govaudit: error: " + message + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      err.flush();
      return CliError.USAGE;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      int code = e instanceof CliError ce ? ce.exitCode() : CliError.FAILED;
      err.println("govaudit: error: " + oneLine(e));
      if (root.verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return code;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return e instanceof CliError ? m.lines().findFirst().orElse(m)
        : "unexpected " + e.getClass().getSimpleName() + ": " + m.lines().findFirst().orElse("") + " (run with --verbose for details)";
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err).execute(args));
  }

  /** The top command: only subcommands and the global options. */
  @Command(
      name = "govaudit",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = "Audits a Chinese government website and drafts its annual report forms.",
      subcommands = {CrawlCommand.class, ReportCommand.class, DemoCommand.class, ColumnsCommand.class,
          AnalyzeCommand.class, SearchCommand.class, InspectCommand.class, SuperviseCommand.class, BatchCommand.class})
  static final class Root implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: crawl, report, inspect, supervise, batch, demo, columns, analyze or search");
    }
  }

  /** Prints the version picocli shows for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"govaudit " + UserAgent.VERSION};
    }
  }

  /** Gives each command the writers of this run. */
  private record Factory(PrintWriter out, PrintWriter err) implements CommandLine.IFactory {
    private static final Map<Class<?>, BiFunction<PrintWriter, PrintWriter, ?>> COMMANDS = Map.of(
        CrawlCommand.class, CrawlCommand::new,
        ReportCommand.class, ReportCommand::new,
        DemoCommand.class, DemoCommand::new,
        ColumnsCommand.class, ColumnsCommand::new,
        AnalyzeCommand.class, AnalyzeCommand::new,
        SearchCommand.class, SearchCommand::new,
        InspectCommand.class, InspectCommand::new,
        SuperviseCommand.class, SuperviseCommand::new,
        BatchCommand.class, BatchCommand::new);

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      BiFunction<PrintWriter, PrintWriter, ?> command = COMMANDS.get(cls);
      return command != null ? cls.cast(command.apply(out, err)) : CommandLine.defaultFactory().create(cls);
    }
  }
}
