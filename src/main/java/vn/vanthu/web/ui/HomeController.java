package vn.vanthu.web.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of each role, and the login form. */
@Controller
@ConditionalOnWebApplication
class HomeController {

  @GetMapping("/")
  String home(Authentication user) {
    boolean comms = user.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_COMMS"));
    return comms ? "redirect:/leaflets" : "redirect:/search";
  }

  @GetMapping("/login")
  String login() {
    return "ui/login";
  }
}
