package vn.vanthu.archive;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.document.Classification;
import vn.vanthu.rendering.PageImages;

/**
 * Small PNG images of a document's first page, for search hits. Rendered once from the stored PDF
 * (the archival PDF, or an imported original PDF) and kept under {@code DATA/cache/thumbnails},
 * named by the PDF's SHA-256: stored files never change, so a cached image is never stale. The
 * reader's clearance applies as to the document itself. Not audited: a hit's thumbnail shows no
 * more than its title and snippet do.
 */
@Service
public class DocumentThumbnails {

  /** Resolution of the thumbnails: an A4 page is 331 × 468 pixels. */
  static final int DPI = 40;

  private final Archive archive;
  private final DocumentRepository documents;
  private final ContentStore files;
  private final Path cache;

  DocumentThumbnails(Archive archive, DocumentRepository documents, ContentStore files,
      ArchiveSettings settings) {
    this.archive = archive;
    this.documents = documents;
    this.files = files;
    this.cache = settings.dataDir().resolve("cache").resolve("thumbnails");
  }

  /** Whether the document has a page to show (a PDF); false too when the reader may not see it. */
  public boolean available(String id, @Nullable Classification clearance) {
    try {
      return pdfHash(archive.visible(id, clearance)).isPresent();
    } catch (DocumentNotFound hidden) {
      return false;
    }
  }

  /**
   * The PNG of the first page of a document the reader may see.
   *
   * @throws DocumentNotFound when the document is hidden, absent, or has no PDF
   */
  public byte[] png(String id, @Nullable Classification clearance) {
    ArchivedDocument document = archive.visible(id, clearance);
    String hash = pdfHash(document).orElseThrow(() -> new DocumentNotFound(id + "/thumbnail"));
    Path file = cache.resolve(hash + ".png");
    try {
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
      byte[] png = render(files.read(hash));
      Files.createDirectories(cache);
      Path temporary = Files.createTempFile(cache, hash, ".tmp");
      Files.write(temporary, png);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the thumbnail of " + id, e);
    }
  }

  private Optional<String> pdfHash(ArchivedDocument document) {
    if (document.pdfSha256() != null) {
      return Optional.of(document.pdfSha256());
    }
    String original = document.originalSha256();
    return original != null && documents.mediaType(original).equals("application/pdf")
        ? Optional.of(original) : Optional.empty();
  }

  private static byte[] render(byte[] pdf) throws IOException {
    BufferedImage page = PageImages.firstPage(pdf, DPI);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(page, "png", png);
    return png.toByteArray();
  }
}
