package vn.vanthu.rendering;

import org.jspecify.annotations.Nullable;
import vn.vanthu.document.OfficialDocument;

/**
 * The rendering pipeline of official documents: record → view → XHTML → archival PDF. Fonts,
 * templates and CSS are loaded once, at construction; {@link #render} is thread-safe.
 */
public final class DocumentRenderer {

  /** A rendered document: the PDF and the XHTML it was made from. */
  public record Rendered(byte[] pdf, String xhtml) {}

  private final TemplateRenderer templates;
  private final PdfRenderer pdfs;

  public DocumentRenderer(RenderingSettings settings) {
    this(new TemplateRenderer(settings), new PdfRenderer(FontRegistry.load(settings)));
  }

  public DocumentRenderer(TemplateRenderer templates, PdfRenderer pdfs) {
    this.templates = templates;
    this.pdfs = pdfs;
  }

  /**
   * Prepares what pays off over many documents: the fonts reduced to the repertoire Vietnamese
   * documents are written in (about 50 ms, once), which PDFBox embeds three times faster. The
   * service does it at start and a batch before its first document; a one-document run does not.
   */
  public void prepareForMany() {
    pdfs.prepareRepertoire();
  }

  /** The XHTML handed to the PDF engine. */
  public String xhtml(OfficialDocument document) {
    return templates.render(DocumentPresenter.present(document));
  }

  /** Renders a document, embedding {@code sourceJson} (if any) as the PDF's associated file. */
  public Rendered render(OfficialDocument document, byte @Nullable [] sourceJson) {
    DocumentView view = DocumentPresenter.present(document);
    String xhtml = templates.render(view);
    ArchivalMetadata metadata = new ArchivalMetadata(
        view.metadataTitle(),
        document.subject(),
        document.isDraft() ? null : Nd30Formats.numberAndSymbol(document.number(), document.symbol()),
        document.issuer().name(),
        document.date(),
        "vi",
        sourceJson);
    return new Rendered(pdfs.render(xhtml, metadata), xhtml);
  }

  /** The PDF engine, shared with the other renderers of the process. */
  public PdfRenderer pdfRenderer() {
    return pdfs;
  }

  /** The template engine, shared with the other renderers of the process. */
  public TemplateRenderer templateRenderer() {
    return templates;
  }
}
