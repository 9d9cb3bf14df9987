package vn.vanthu.access;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start there is no built-in password: one administrator, {@code admin}, is created
 * with the password from {@code vanthu.admin.password} or a generated one, printed once.
 */
@Component
@Order(5)
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

  private final UserAccounts accounts;
  private final @Nullable String configuredPassword;

  FirstAdministrator(UserAccounts accounts,
      @Value("${vanthu.admin.password:#{null}}") @Nullable String configuredPassword) {
    this.accounts = accounts;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.any()) {
      return;
    }
    if (configuredPassword != null && !configuredPassword.isBlank()) {
      accounts.add("admin", Role.ADMIN, Clearance.TUYET_MAT, configuredPassword);
      System.out.println("Vanthu: administrator 'admin' created with the configured password.");
    } else {
      String password = accounts.add("admin", Role.ADMIN, Clearance.TUYET_MAT);
      System.out.println("""

          ================================================================
           Vanthu first start: administrator 'admin' created.
           Password (shown this once): %s
           Add users with: java -jar target/vanthu.jar user add NAME --role staff
          ================================================================
          """.formatted(password));
    }
  }
}
