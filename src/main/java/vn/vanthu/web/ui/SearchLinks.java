package vn.vanthu.web.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** URLs of the search page with one filter, the sort or the page changed; the rest kept. */
record SearchLinks(Map<String, String> parameters) {

  SearchLinks {
    parameters = Map.copyOf(new LinkedHashMap<>(parameters));
  }

  /** With a filter set (back to page 1: the hit set changes). */
  public String with(String name, String value) {
    Map<String, String> changed = ordered();
    changed.put(name, value);
    changed.remove("page");
    return url(changed);
  }

  /** Without a filter (back to page 1). */
  public String without(String name) {
    Map<String, String> changed = ordered();
    changed.remove(name);
    changed.remove("page");
    return url(changed);
  }

  /** Sorted by relevance or by date (back to page 1). */
  public String sorted(String sort) {
    Map<String, String> changed = ordered();
    changed.remove("page");
    if (sort.equals("date")) {
      changed.put("sort", "date");
    } else {
      changed.remove("sort");
    }
    return url(changed);
  }

  /** Another page of the same search. */
  public String page(int number) {
    Map<String, String> changed = ordered();
    if (number > 1) {
      changed.put("page", Integer.toString(number));
    } else {
      changed.remove("page");
    }
    return url(changed);
  }

  private Map<String, String> ordered() {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String name : new String[] {"q", "type", "issuer", "year", "from", "to", "sort", "page"}) {
      if (parameters.containsKey(name)) {
        ordered.put(name, parameters.get(name));
      }
    }
    return ordered;
  }

  private static String url(Map<String, String> changed) {
    Map<String, String> parameters = new SearchLinks(changed).ordered();
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
    parameters.forEach((name, value) -> url.queryParam(name, "{" + name + "}"));
    return url.encode().buildAndExpand(parameters).toUriString();
  }
}
