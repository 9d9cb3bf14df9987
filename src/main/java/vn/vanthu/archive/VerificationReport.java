package vn.vanthu.archive;

import java.util.List;

/**
 * What {@code verify} found.
 *
 * @param filesChecked how many stored files were re-read and hashed
 * @param documentsChecked how many document records were checked against their files
 * @param problems each problem in a sentence that names the file and the documents it belongs to
 */
public record VerificationReport(int filesChecked, int documentsChecked, List<String> problems) {

  /** Whether nothing is wrong. */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
