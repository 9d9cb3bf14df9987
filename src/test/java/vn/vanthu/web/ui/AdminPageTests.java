package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccount;
import vn.vanthu.archive.DocumentIssuing;

/** Administration: users, roles, clearances, the new password shown once, the register. */
class AdminPageTests extends UiTestSupport {

  @Autowired DocumentIssuing issuing;

  @Test
  void onlyAdministratorsAdminister() throws Exception {
    mvc.perform(get("/admin").with(as(Role.ADMIN))).andExpect(status().isOk());
    for (Role role : new Role[] {Role.CLERK, Role.STAFF, Role.COMMS}) {
      mvc.perform(get("/admin").with(as(role))).andExpect(status().isForbidden());
      mvc.perform(post("/admin/users").param("username", "x1").param("role", "ADMIN")
          .param("clearance", "TUYET_MAT").with(as(role)).with(csrf()))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void aNewUserGetsAPasswordShownOnceThatLogsThemIn() throws Exception {
    var result = mvc.perform(post("/admin/users").param("username", "hoa.tran")
            .param("role", "CLERK").param("clearance", "MAT").with(as(Role.ADMIN)).with(csrf()))
        .andExpect(redirectedUrl("/admin")).andExpect(flash().attribute("newUser", "hoa.tran"))
        .andReturn();
    String password = (String) result.getFlashMap().get("newPassword");
    assertThat(password).hasSizeGreaterThanOrEqualTo(12);
    String page = mvc.perform(get("/admin").with(as(Role.ADMIN))
            .flashAttr("newUser", "hoa.tran").flashAttr("newPassword", password))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"new-password-value\">" + password + "<", "id=\"user-hoa.tran\"");
    assertThat(mvc.perform(get("/admin").with(as(Role.ADMIN))).andReturn().getResponse()
        .getContentAsString()).doesNotContain(password);
    mvc.perform(formLogin("/login").user("hoa.tran").password(password))
        .andExpect(redirectedUrl("/"));
    assertThat(accounts.find("hoa.tran").orElseThrow().clearance()).isEqualTo(Clearance.MAT);
  }

  @Test
  void aBadOrTakenNameIsRefusedWithAReason() throws Exception {
    mvc.perform(post("/admin/users").param("username", "Bad Name!").param("role", "STAFF")
            .param("clearance", "NONE").with(as(Role.ADMIN)).with(csrf()))
        .andExpect(flash().attribute("addError", "admin.error.username"));
    mvc.perform(post("/admin/users").param("username", "admin").param("role", "STAFF")
            .param("clearance", "NONE").with(as(Role.ADMIN)).with(csrf()))
        .andExpect(flash().attribute("addError", "admin.error.exists"));
  }

  @Test
  void rolesAndClearancesChangeAndUsersAreDisabled() throws Exception {
    accounts.add("minh", Role.STAFF, Clearance.NONE, "a-long-password-2");
    mvc.perform(post("/admin/users/minh").param("role", "CLERK").param("clearance", "TOI_MAT")
        .with(as(Role.ADMIN)).with(csrf())).andExpect(redirectedUrl("/admin"));
    UserAccount changed = accounts.find("minh").orElseThrow();
    assertThat(changed.role()).isEqualTo(Role.CLERK);
    assertThat(changed.clearance()).isEqualTo(Clearance.TOI_MAT);
    mvc.perform(post("/admin/users/minh/disable").with(as(Role.ADMIN)).with(csrf()))
        .andExpect(redirectedUrl("/admin"));
    assertThat(accounts.find("minh").orElseThrow().enabled()).isFalse();
    mvc.perform(formLogin("/login").user("minh").password("a-long-password-2"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(post("/admin/users/minh/enable").with(as(Role.ADMIN)).with(csrf()));
    assertThat(accounts.find("minh").orElseThrow().enabled()).isTrue();
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() throws Exception {
    mvc.perform(post("/admin/users/admin-none/disable").with(as(Role.ADMIN)).with(csrf()))
        .andExpect(flash().attribute("adminError", "admin.error.self"));
    mvc.perform(post("/admin/users/admin-none").param("role", "STAFF").param("clearance", "NONE")
        .with(as(Role.ADMIN)).with(csrf()))
        .andExpect(flash().attribute("adminError", "admin.error.self"));
    assertThat(accounts.find("admin-none").orElseThrow().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void theRegisterShowsTheCurrentNumbers() throws Exception {
    var issued = issuing.issue(Files.readAllBytes(BASE.resolve("samples/quyet-dinh-draft.json")),
        "test");
    String page = mvc.perform(get("/admin").with(as(Role.ADMIN))).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("id=\"register-table\"", "BHXH",
        String.valueOf(issued.registerYear()), String.format("%02d", issued.number()));
  }
}
