package vn.vanthu.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.archive.SearchResults.FacetCount;

/** The issuer facet counts a body once, however its name was written. */
class IssuerFacetTests {

  @Test
  void spellingsThatDifferInCaseAndSpacingAreOneBody() {
    List<FacetCount> merged = IndexSearch.issuers(List.of(
        new FacetCount("BẢO HIỂM XÃ HỘI VIỆT NAM", 5),
        new FacetCount("THỦ TƯỚNG CHÍNH PHỦ", 4),
        new FacetCount("Bảo hiểm xã hội Việt Nam", 3),
        new FacetCount("Bảo hiểm  xã hội Việt Nam ", 1),
        new FacetCount("Bảo hiểm xã hội tỉnh Bắc Ninh", 4)));

    assertThat(merged).containsExactly(
        new FacetCount("Bảo hiểm xã hội Việt Nam", 9),
        new FacetCount("Bảo hiểm xã hội tỉnh Bắc Ninh", 4),
        new FacetCount("THỦ TƯỚNG CHÍNH PHỦ", 4));
  }

  @Test
  void đAndĐAreTheSameLetter() {
    assertThat(IndexSearch.issuers(List.of(new FacetCount("ĐẠI HỌC QUỐC GIA HÀ NỘI", 2),
        new FacetCount("Đại học Quốc gia Hà Nội", 1))))
        .containsExactly(new FacetCount("Đại học Quốc gia Hà Nội", 3));
  }
}
