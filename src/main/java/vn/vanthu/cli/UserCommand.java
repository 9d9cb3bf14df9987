package vn.vanthu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccount;
import vn.vanthu.access.UserAccounts;

/** User administration from the command line: add, token, list, disable. */
@Command(name = "user", description = "Manage users: add, token, list, disable.",
    subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.ListUsers.class,
        UserCommand.Disable.class})
final class UserCommand implements Callable<Integer> {

  @ParentCommand Cli parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Runs an action on the user service, mapping refusals to a message and exit status 1. */
  private int withUsers(Action action) {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
      action.run(context.getBean(UserAccounts.class), out);
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Cli.INVALID_INPUT;
    }
  }

  private interface Action {
    void run(UserAccounts users, PrintWriter out);
  }

  @Command(name = "add", description = "Add a user; prints a generated password once.")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--role", required = true, description = "clerk, staff, comms or admin")
    String role;
    @Option(names = "--clearance", defaultValue = "none",
        description = "none, mat, toi-mat or tuyet-mat (default: none)")
    String clearance;

    @Override
    public Integer call() {
      return user.withUsers((users, out) -> {
        Role r = Role.fromCode(role).orElseThrow(() -> new IllegalArgumentException(
            "--role: unknown role '" + role + "'; expected clerk, staff, comms or admin"));
        Clearance c = Clearance.fromCode(clearance).orElseThrow(() -> new IllegalArgumentException(
            "--clearance: unknown clearance '" + clearance
                + "'; expected none, mat, toi-mat or tuyet-mat"));
        String password = users.add(name, r, c);
        out.println("added " + name + " (" + r.code() + ", clearance " + c.code() + ")");
        out.println("password: " + password);
      });
    }
  }

  @Command(name = "token", description = "Print a new API bearer token for a user.")
  static final class Token implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Parameters(index = "0", paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      return user.withUsers((users, out) -> out.println(users.newToken(name)));
    }
  }

  @Command(name = "list", description = "List users with their role, clearance and state.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Override
    public Integer call() {
      return user.withUsers((users, out) -> {
        for (UserAccount account : users.list()) {
          out.printf("%-20s %-6s %-10s %s%n", account.username(), account.role().code(),
              account.clearance().code(), account.enabled() ? "enabled" : "disabled");
        }
      });
    }
  }

  @Command(name = "disable", description = "Disable a user: no login, no token.")
  static final class Disable implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Parameters(index = "0", paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      return user.withUsers((users, out) -> {
        users.disable(name);
        out.println("disabled " + name);
      });
    }
  }
}
