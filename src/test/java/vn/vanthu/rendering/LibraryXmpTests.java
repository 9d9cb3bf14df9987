package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;

/** openhtmltopdf's own XMP packet is skipped, and the catalog still says what PDF/A and UA need. */
class LibraryXmpTests {

  private static final String XHTML = """
      <html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><title>Thử</title></head>
      <body><p>Văn bản</p></body></html>""";

  /** Fails when a new openhtmltopdf renames the fields: the packet would then be built again. */
  @Test
  void theLibraryWritesNoPacketOnceSkipped() throws Exception {
    assertThat(render(true).getMetadata()).isNull();
    assertThat(render(false).getMetadata()).as("the library's packet, without the skip").isNotNull();
  }

  @Test
  void catalogEntriesMarkTheDocumentAndShowItsTitle() throws Exception {
    PDDocumentCatalog catalog = render(true);
    LibraryXmp.catalogEntries(catalog);
    assertThat(catalog.getMarkInfo().isMarked()).isTrue();
    assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
  }

  private static PDDocumentCatalog render(boolean skip) throws Exception {
    PDDocument pdf = new PDDocument();
    PdfRendererBuilder builder = PdfRenderer.archivalBuilder(pdf).withHtmlContent(XHTML, null);
    FontRegistry.load(RenderingSettings.defaults()).registerWith(builder, pdf);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      if (skip) {
        LibraryXmp.skip(renderer);
      }
      renderer.layout();
      renderer.createPDFWithoutClosing();
    }
    return pdf.getDocumentCatalog();
  }
}
