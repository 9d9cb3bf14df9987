package vn.vanthu.web.ui;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.vanthu.archive.ImportResult;

/**
 * The results of a user's recent uploads, kept in their session so that the results page is a
 * plain GET (reloadable, and where each correction comes back to) rather than a POST response.
 */
final class ImportBatches {

  private static final String ATTRIBUTE = ImportBatches.class.getName();
  private static final int KEPT = 10;

  private ImportBatches() {}

  /** Keeps a batch; returns its id for the URL. */
  static String keep(HttpSession session, List<ImportResult> results) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    synchronized (session) {
      Map<String, List<ImportResult>> batches = batches(session);
      batches.put(id, List.copyOf(results));
      while (batches.size() > KEPT) {
        batches.remove(batches.keySet().iterator().next());
      }
      session.setAttribute(ATTRIBUTE, batches);
    }
    return id;
  }

  /** A batch of this session, if it is still kept. */
  static Optional<List<ImportResult>> find(HttpSession session, String id) {
    synchronized (session) {
      return Optional.ofNullable(batches(session).get(id));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<ImportResult>> batches(HttpSession session) {
    Object kept = session.getAttribute(ATTRIBUTE);
    return kept instanceof Map<?, ?> map ? (Map<String, List<ImportResult>>) map
        : new LinkedHashMap<>();
  }
}
