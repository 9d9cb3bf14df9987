package vn.vanthu.web.ui;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccounts;
import vn.vanthu.access.Viewers;
import vn.vanthu.document.DocumentType;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;

/**
 * Administration: users with their roles, clearances and whether they may log in; a new user's
 * generated password, shown once; the register's current numbers.
 */
@Controller
@ConditionalOnWebApplication
class AdminController {

  private final UserAccounts accounts;
  private final Register register;

  AdminController(UserAccounts accounts, Register register) {
    this.accounts = accounts;
    this.register = register;
  }

  /** A register series as the page shows it: the type in words, and whether it is secret. */
  record SeriesView(String issuer, int year, String type, boolean secret, int lastNumber) {}

  @GetMapping("/admin")
  String admin(Model model) {
    model.addAttribute("users", accounts.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("clearances", Clearance.values());
    model.addAttribute("series", register.entries(null, null).stream()
        .map(AdminController::view).toList());
    model.addAttribute("self", Viewers.current().name());
    return "ui/admin";
  }

  @PostMapping("/admin/users")
  String add(@RequestParam String username, @RequestParam Role role,
      @RequestParam Clearance clearance, RedirectAttributes redirect) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    try {
      String password = accounts.add(name, role, clearance);
      redirect.addFlashAttribute("newUser", name);
      redirect.addFlashAttribute("newPassword", password);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("addError", accounts.find(name).isPresent()
          ? "admin.error.exists" : "admin.error.username");
      redirect.addFlashAttribute("addName", username);
    }
    return "redirect:/admin";
  }

  @PostMapping("/admin/users/{username}")
  String change(@PathVariable String username, @RequestParam Role role,
      @RequestParam Clearance clearance, RedirectAttributes redirect) {
    if (isSelf(username) && role != Role.ADMIN) {
      return refused(redirect);
    }
    accounts.change(username, role, clearance);
    redirect.addFlashAttribute("noticeKey", "admin.changed");
    redirect.addFlashAttribute("noticeArg", username);
    return "redirect:/admin";
  }

  @PostMapping("/admin/users/{username}/disable")
  String disable(@PathVariable String username, RedirectAttributes redirect) {
    if (isSelf(username)) {
      return refused(redirect);
    }
    accounts.disable(username);
    redirect.addFlashAttribute("noticeKey", "admin.disabled");
    redirect.addFlashAttribute("noticeArg", username);
    return "redirect:/admin";
  }

  @PostMapping("/admin/users/{username}/enable")
  String enable(@PathVariable String username, RedirectAttributes redirect) {
    accounts.enable(username);
    redirect.addFlashAttribute("noticeKey", "admin.enabled");
    redirect.addFlashAttribute("noticeArg", username);
    return "redirect:/admin";
  }

  /** An administrator cannot lock themselves out (the last one would leave nobody to undo it). */
  private static boolean isSelf(String username) {
    return Viewers.current().name().equals(username);
  }

  private static String refused(RedirectAttributes redirect) {
    redirect.addFlashAttribute("adminError", "admin.error.self");
    return "redirect:/admin";
  }

  private static SeriesView view(RegisterEntry entry) {
    String series = entry.series().series();
    boolean secret = series.startsWith("mat-");
    String base = secret ? series.substring(4) : series;
    String type = DocumentType.fromCode(base).map(DocumentType::displayName).orElse("");
    return new SeriesView(entry.series().issuer(), entry.series().year(), type, secret,
        entry.lastNumber());
  }
}
