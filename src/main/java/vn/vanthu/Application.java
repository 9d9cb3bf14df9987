package vn.vanthu;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.vanthu.cli.Cli;

/** Starts Vanthu: the web service by default, or one of the command-line tools. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

  public static void main(String[] args) {
    int status = Cli.run(Application.class, args);
    if (status != Cli.KEEP_RUNNING) {
      System.exit(status);
    }
  }
}
