package vn.vanthu.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.archive.SearchResults;

/**
 * A query searched on several threads, over slices of the index, gives exactly what one thread
 * gives: the same hits in the same order with the same scores, the same total, facets and
 * snippets.
 */
class ParallelSearchTests {

  private static final List<String> QUERIES = List.of("bảo hiểm xã hội", "bao hiem xa hoi",
      "\"thông tin đối ngoại\"", "813/QĐ-BHXH", "kế hoạch type:ke-hoach", "BHXH -tỉnh",
      "quyết định year:2021", "hướng dẫn thực hiện chế độ");
  private static final String[] SENTENCES = {
      "Bảo hiểm xã hội Việt Nam ban hành kế hoạch thông tin đối ngoại năm %d.",
      "Hướng dẫn thực hiện chế độ bảo hiểm y tế cho người lao động, đợt %d.",
      "Quyết định về việc giao dự toán thu, chi bảo hiểm xã hội tỉnh, lần %d.",
      "Báo cáo tình hình thực hiện nhiệm vụ công tác thông tin, số %d."};

  @TempDir Path directory;

  @Test
  void severalThreadsGiveWhatOneGives() throws Exception {
    List<SearchResults> alone;
    try (ArchiveIndex index = ArchiveIndex.open(directory, 1)) {
      // Five commits, five segments, the first larger than a slice (240 documents, four threads:
      // 60 a slice), so that it is cut into partitions searched apart.
      int n = 0;
      for (int size : new int[] {120, 30, 30, 30, 30}) {
        List<IndexedDocument> documents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          documents.add(document(n++));
        }
        index.put(documents);
        index.commit();
      }
      index.refresh();
      alone = results(index);
      assertThat(index.<Integer>withSearcher(searcher -> searcher.getSlices().length)).isEqualTo(1);
    }
    try (ArchiveIndex index = ArchiveIndex.open(directory, 4, 1)) {
      assertThat(index.<Integer>withSearcher(searcher -> searcher.getSlices().length)).isGreaterThan(1);
      assertThat(index.<Boolean>withSearcher(searcher -> java.util.Arrays.stream(
              searcher.getSlices()).flatMap(slice -> java.util.Arrays.stream(slice.partitions))
          .anyMatch(p -> p.minDocId > 0 || p.maxDocId < p.ctx.reader().maxDoc())))
          .as("a segment searched in partitions").isTrue();
      assertThat(results(index)).isEqualTo(alone);
    }
    assertThat(alone).allSatisfy(result -> assertThat(result.total()).isPositive());
  }

  private static List<SearchResults> results(ArchiveIndex index) {
    IndexSearch search = new IndexSearch(index);
    return QUERIES.stream().map(query -> search.search(SearchQuery.of(query), 0)).toList();
  }

  private static IndexedDocument document(int n) {
    boolean decision = n % 3 == 1;
    String text = String.format(Locale.ROOT, SENTENCES[n % SENTENCES.length], n)
        + " " + String.format(Locale.ROOT, SENTENCES[(n / 7) % SENTENCES.length], n + 1);
    return new IndexedDocument("doc-" + n, (n + 800) + (decision ? "/QĐ-BHXH" : "/KH-BHXH"),
        decision ? "quyet-dinh" : "ke-hoach", decision ? "Quyết định" : "Kế hoạch",
        n % 2 == 0 ? "Bảo hiểm xã hội Việt Nam" : "Bảo hiểm xã hội tỉnh Bắc Ninh",
        LocalDate.of(2019 + n % 4, 1 + n % 12, 1 + n % 28), null, 0,
        "Về việc " + text.substring(0, 40), "Nguyễn Thế Mạnh", text);
  }
}
