package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The service's warm-up document is valid and goes through the whole pipeline. */
class RendererWarmUpTests {

  /** It reads, renders to a decision plus its plan, and is an archival PDF like any document. */
  @Test
  void warmUpDocumentRendersIntoAnArchivalPdf() throws Exception {
    DocumentRenderer renderer = new DocumentRenderer(RenderingSettings.defaults());
    byte[] pdf = renderer.render(RendererWarmUp.document(), null).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    }
    List<String> failures = PdfConformance.failures(pdf, PDFAFlavour.PDFA_3_A);
    assertThat(failures).isEmpty();
  }

  /** Running it renders the requested number of documents without failing. */
  @Test
  void runRendersTheDocumentRepeatedly() throws IOException {
    DocumentRenderer renderer = new DocumentRenderer(RenderingSettings.defaults());
    assertThat(RendererWarmUp.run(renderer, 2)).isNotNegative();
  }
}
