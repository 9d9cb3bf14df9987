package vn.vanthu.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.DocumentType;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.RenderingSettings;

/**
 * What the project issues comes back in: each sample is rendered to its PDF, read by ingest, and
 * the metadata found must be what the sample's JSON says. The layout is ND30's two-column header
 * with the recipients beside the signature, which text extraction interleaves line by line.
 */
class RenderedSamplesTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"quyet-dinh-813-bhxh", "thong-bao-mat", "cong-van-bao-cao-ttdn-2024",
      "bao-cao-ttdn-2013-2017", "thong-bao-ket-luan-hop-ttdn", "to-trinh-de-an-ttdn-2025-2030"})
  void readsBackWhatWasRendered(String sample) throws Exception {
    byte[] json = Files.readAllBytes(Path.of("samples", sample + ".json"));
    byte[] pdf = new DocumentRenderer(RenderingSettings.defaults())
        .render(new DocumentReader().read(json), json).pdf();
    JsonNode expected = JSON.readTree(json);

    DetectedMetadata m = new DocumentIngest().ingest(pdf, sample + ".pdf").metadata();

    DocumentType type = DocumentType.fromCode(expected.get("type").asText()).orElseThrow();
    assertThat(m.type().value()).isEqualTo(DocumentKind.of(type));
    String number = String.format("%02d/", expected.get("number").asInt());
    assertThat(m.number().value()).startsWith(number);
    assertThat(m.date().value()).isEqualTo(LocalDate.parse(expected.get("date").asText()));
    assertThat(m.place().value()).isEqualTo(expected.get("place").asText());
    assertThat(m.issuer().value()).isEqualTo(expected.at("/issuer/name").asText());
    String subject = expected.get("subject").asText().replaceFirst("^V/v ", "");
    assertThat(m.title().value()).isEqualTo(subject);
    assertThat(m.signer().value()).isEqualTo(expected.at("/signature/name").asText());
    Classification level = expected.hasNonNull("classification")
        ? Classification.fromCode(expected.get("classification").asText()).orElseThrow() : null;
    assertThat(m.classification().value()).isEqualTo(level);
    assertThat(List.of(m.number(), m.type(), m.date(), m.signer()))
        .allMatch(d -> d.confidence() >= 0.8);
  }
}
