package vn.vanthu.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.archive.ingest.UnreadableDocumentException.Reason;

class TextExtractorTests {

  private final TextExtractor extractor = new TextExtractor();

  @Test
  void readsAPdfTextLayerPageByPageInReadingOrder() throws Exception {
    ExtractedText text = extractor.extract(pdf(3, "Quyet dinh so 12 trang %d"), "test.pdf");

    assertThat(text.format()).isEqualTo(SourceFormat.PDF);
    assertThat(text.pages()).hasSize(3);
    assertThat(text.pages().get(1)).contains("Quyet dinh so 12 trang 2");
    assertThat(text.text()).contains("\f");
  }

  @Test
  void refusesAPasswordProtectedPdf() throws Exception {
    byte[] encrypted = encrypt(pdf(1, "Bi mat %d"), "secret", new AccessPermission());

    assertRefused(() -> extractor.extract(encrypted, "locked.pdf"), Reason.ENCRYPTED, "password");
  }

  @Test
  void refusesAPdfWhosePermissionsForbidExtraction() throws Exception {
    AccessPermission noCopy = new AccessPermission();
    noCopy.setCanExtractContent(false);
    byte[] restricted = encrypt(pdf(1, "Han che %d"), "", noCopy);

    assertRefused(() -> extractor.extract(restricted, "restricted.pdf"), Reason.ENCRYPTED,
        "permissions");
  }

  @Test
  void refusesADamagedPdf() {
    byte[] truncated = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);

    assertRefused(() -> extractor.extract(truncated, "broken.pdf"), Reason.DAMAGED, "damaged");
  }

  @Test
  void refusesTextNamedAsAPdf() {
    byte[] text = "Không phải PDF".getBytes(StandardCharsets.UTF_8);

    assertRefused(() -> extractor.extract(text, "fake.pdf"), Reason.DAMAGED, "%PDF");
  }

  @Test
  void refusesAScanWithoutATextLayer() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(out);
    }

    assertRefused(() -> extractor.extract(out.toByteArray(), "scan.pdf"), Reason.NO_TEXT, "OCR");
  }

  @Test
  void refusesInputsBeyondTheLimits() throws Exception {
    TextExtractor small = new TextExtractor(new TextExtractor.Limits(4_000, 2, 10_000));
    byte[] threePages = pdf(3, "Trang %d");

    assertRefused(() -> small.extract(threePages, "long.pdf"), Reason.TOO_MANY_PAGES, "3 pages");
    assertRefused(() -> small.extract(new byte[5_000], "big.txt"), Reason.TOO_LARGE, "5000 bytes");
    TextExtractor fewChars = new TextExtractor(new TextExtractor.Limits(1 << 20, 10, 100));
    byte[] words = "chữ ".repeat(50).getBytes(StandardCharsets.UTF_8);
    assertRefused(() -> fewChars.extract(words, "a.txt"), Reason.TOO_LARGE, "characters");
  }

  @Test
  void refusesFormatsItDoesNotRead(@TempDir Path dir) throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0};

    assertRefused(() -> extractor.extract(zip, "a.docx"), Reason.UNSUPPORTED_FORMAT, "DOCX");
    assertRefused(() -> extractor.extract(png, "scan.png"), Reason.UNSUPPORTED_FORMAT, "OCR");
    assertRefused(() -> extractor.extract(new byte[] {1, 2, 3, 0, 5, 6, 7, 8, 0, 1}, "blob.bin"),
        Reason.UNSUPPORTED_FORMAT, "binary");
    assertRefused(() -> extractor.extract(dir.resolve("missing.pdf")), Reason.NOT_FOUND, "no such");
    assertRefused(() -> extractor.extract(new byte[0], "empty.txt"), Reason.NO_TEXT, "empty");
  }

  @Test
  void readsPlainTextWhateverItsEncoding() throws Exception {
    String text = "Quyết định số 813/QĐ-BHXH";
    byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(StandardCharsets.UTF_8));
    byte[] utf16LeBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        text.getBytes(StandardCharsets.UTF_16LE));
    byte[] utf16BeNoBom = text.getBytes(StandardCharsets.UTF_16BE);
    // Windows-1258 writes tone marks as combining characters: NFC composes them again.
    byte[] cp1258 = "Quyê\u0301t đi\u0323nh".getBytes(Charset.forName("windows-1258"));

    assertThat(extractor.extract(utf8Bom, "a.txt").text()).isEqualTo(text);
    assertThat(extractor.extract(utf16LeBom, "a.txt").text()).isEqualTo(text);
    ExtractedText guessed = extractor.extract(utf16BeNoBom, "a.txt");
    assertThat(guessed.text()).isEqualTo(text);
    assertThat(guessed.warnings()).anyMatch(w -> w.contains("UTF-16BE"));
    ExtractedText legacy = extractor.extract(cp1258, "a.txt");
    assertThat(legacy.text()).isEqualTo("Quyết định");
    assertThat(legacy.warnings()).anyMatch(w -> w.contains("windows-1258"));
  }

  @Test
  void readsHtmlAsABrowserWouldLayItOut() throws Exception {
    byte[] html = resource("ingest/cong-van.html");

    ExtractedText text = extractor.extract(html, "cong-van.html");

    assertThat(text.format()).isEqualTo(SourceFormat.HTML);
    assertThat(text.text()).contains("Số: 5348/CT-CS")
        .contains("V/v hướng dẫn góp vốn điều lệ")
        .contains("Hà Nội, ngày 20 tháng 11 năm 2025")
        .contains("Cục Thuế có ý kiến như sau: “Tài sản góp vốn” & quyền sở hữu.")
        .doesNotContain("<", "&amp;", "&ldquo;", "analytics", "font-family", "display:none");
    // A sentence wrapped in the HTML source is one line, as a browser shows it.
    assertThat(text.text()).contains("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 quy định về tài sản"
        + " góp vốn;");
    DetectedMetadata m = new MetadataDetector().detect(text.text());
    assertThat(m.number().value()).isEqualTo("5348/CT-CS");
    assertThat(m.type().value()).isEqualTo(DocumentKind.fromName("Công văn").orElseThrow());
    assertThat(m.signer().value()).isEqualTo("Phạm Thị Minh Hiền");
  }

  @Test
  void sniffsTheFormatFromTheContentFirst() throws Exception {
    byte[] pdf = pdf(1, "Trang %d");

    assertThat(TextExtractor.sniff(pdf, "named-wrongly.txt")).isEqualTo(SourceFormat.PDF);
    assertThat(TextExtractor.sniff("<!DOCTYPE html><p>x</p>".getBytes(StandardCharsets.UTF_8),
        "page.txt")).isEqualTo(SourceFormat.HTML);
    assertThat(TextExtractor.sniff("<b>x</b>".getBytes(StandardCharsets.UTF_8), "page.htm"))
        .isEqualTo(SourceFormat.HTML);
    assertThat(TextExtractor.sniff("a < b".getBytes(StandardCharsets.UTF_8), "note.txt"))
        .isEqualTo(SourceFormat.TEXT);
  }

  /** A PDF of {@code pages} pages, each with one line of Latin-1 text (Helvetica). */
  static byte[] pdf(int pages, String lineFormat) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      for (int page = 1; page <= pages; page++) {
        PDPage pdPage = new PDPage();
        document.addPage(pdPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 700);
          content.showText(String.format(lineFormat, page));
          content.endText();
        }
      }
      document.save(out);
    }
    return out.toByteArray();
  }

  private static byte[] encrypt(byte[] pdf, String userPassword, AccessPermission permission)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", userPassword, permission);
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
    }
    return out.toByteArray();
  }

  private static void assertRefused(ThrowingCallable call, Reason reason, String why) {
    assertThatThrownBy(call).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.getMessage()).contains(why);
    });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = TextExtractorTests.class.getClassLoader().getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  static Path write(Path dir, String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }
}
