package vn.vanthu.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import vn.vanthu.archive.ingest.UnreadableDocumentException.Reason;

/**
 * Reads the text of a PDF (its text layer, in reading order), an HTML page or a plain-text file.
 * The format is sniffed from the content; the file name only settles what the content leaves open.
 * Inputs beyond the configured size, page and character limits are refused before they can
 * exhaust memory, and every refusal says why.
 */
public final class TextExtractor {

  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?U)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_MARKERS =
      Pattern.compile("(?U)<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_DROPPED = Pattern.compile(
      "(?U)<!--.*?-->|<(script|style|head|noscript|template|svg)\\b[^>]*>.*?</\\1\\s*>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HTML_BLOCK = Pattern.compile(
      "(?U)<br\\b[^>]*>|</?(?:p|div|li|ul|ol|tr|td|th|table|thead|tbody|tfoot|caption|h[1-6]"
          + "|section"
          + "|article|header|footer|main|nav|aside|blockquote|pre|dd|dt|dl|center|hr|title|form"
          + "|fieldset|address|figure|figcaption)\\b[^>]*>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG = Pattern.compile("(?U)<[^>]*>");
  private static final Pattern HTML_WHITESPACE = Pattern.compile("(?U)\\s+");

  private final Limits limits;

  /**
   * Limits on what one input may cost.
   *
   * @param maxBytes the largest file read
   * @param maxPages the most pages of a PDF read
   * @param maxChars the most characters of text kept from one input
   */
  public record Limits(long maxBytes, int maxPages, int maxChars) {

    /** Checks the limits are positive. */
    public Limits {
      if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }

    /** 64 MiB, 2,000 pages, 20 million characters: far beyond any official document. */
    public static Limits defaults() {
      return new Limits(64L << 20, 2_000, 20_000_000);
    }
  }

  /** An extractor with the default limits. */
  public TextExtractor() {
    this(Limits.defaults());
  }

  /** An extractor with the given limits. */
  public TextExtractor(Limits limits) {
    this.limits = limits;
  }

  /** Reads a file, refusing it before reading when it exceeds the byte limit. */
  public ExtractedText extract(Path file) throws UnreadableDocumentException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new UnreadableDocumentException(name, Reason.NOT_FOUND, "no such file");
    }
    byte[] content;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // Read at most one byte past the limit, in case the file grew since it was measured.
        content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      }
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          name, Reason.IO_ERROR, "cannot read: " + e.getMessage(), e);
    }
    return extract(content, name);
  }

  /** Reads content whose file name (for messages and as a format hint) is {@code name}. */
  public ExtractedText extract(byte[] content, String name) throws UnreadableDocumentException {
    if (content.length > limits.maxBytes()) {
      throw tooLarge(name, content.length);
    }
    if (content.length == 0) {
      throw new UnreadableDocumentException(name, Reason.NO_TEXT, "the file is empty");
    }
    return switch (sniff(content, name)) {
      case PDF -> extractPdf(content, name);
      case HTML -> {
        Decoded decoded = decode(content, name, declaredCharset(content));
        yield single(name, SourceFormat.HTML, htmlToText(decoded.text()), decoded.warnings());
      }
      case TEXT, JSONL -> {
        Decoded decoded = decode(content, name, null);
        yield single(name, SourceFormat.TEXT, decoded.text(), decoded.warnings());
      }
    };
  }

  /** The format of {@code content}: PDF by its signature, HTML by tags or extension, else text. */
  public static SourceFormat sniff(byte[] content, String name) throws UnreadableDocumentException {
    String head = head(content);
    String extension = extension(name);
    // Some writers put junk before the signature; readers accept it within the first kilobyte.
    if (head.substring(0, Math.min(head.length(), 1024)).contains("%PDF-")) {
      return SourceFormat.PDF;
    }
    String refusal = binarySignature(content);
    if (refusal != null) {
      throw new UnreadableDocumentException(name, Reason.UNSUPPORTED_FORMAT, refusal);
    }
    if (extension.equals("pdf")) {
      throw new UnreadableDocumentException(name, Reason.DAMAGED, "not a PDF: no %PDF- header");
    }
    String probe = utf16Guess(content) != null
        ? new String(content, 0, Math.min(content.length, SNIFF_BYTES), utf16Guess(content)) : head;
    if (HTML_MARKERS.matcher(probe).find()
        || (extension.matches("x?html?") && probe.indexOf('<') >= 0)) {
      return SourceFormat.HTML;
    }
    return extension.equals("jsonl") ? SourceFormat.JSONL : SourceFormat.TEXT;
  }

  private ExtractedText extractPdf(byte[] content, String name) throws UnreadableDocumentException {
    // Large streams go to temporary files rather than the heap.
    try (PDDocument document =
        Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      int pageCount = document.getNumberOfPages();
      if (pageCount > limits.maxPages()) {
        throw new UnreadableDocumentException(name, Reason.TOO_MANY_PAGES,
            pageCount + " pages, over the limit of " + limits.maxPages());
      }
      if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
        throw new UnreadableDocumentException(name, Reason.ENCRYPTED,
            "encrypted, and its permissions forbid extracting text");
      }
      LayoutStripper stripper = new LayoutStripper();
      List<String> pages = new ArrayList<>();
      long chars = 0;
      int letters = 0;
      for (int page = 1; page <= pageCount; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = Normalizer.normalize(stripper.pageText(document), Normalizer.Form.NFC);
        chars += text.length();
        if (chars > limits.maxChars()) {
          throw new UnreadableDocumentException(name, Reason.TOO_LARGE,
              "more than " + limits.maxChars() + " characters of text");
        }
        letters += (int) text.chars().filter(Character::isLetter).count();
        pages.add(text);
      }
      if (letters < 20) {
        throw new UnreadableDocumentException(name, Reason.NO_TEXT,
            "no text layer (a scanned PDF?); OCR is not supported");
      }
      return new ExtractedText(name, SourceFormat.PDF, pages, List.of());
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(name, Reason.ENCRYPTED, "password-protected PDF", e);
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          name, Reason.DAMAGED, "damaged PDF: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // PDFBox signals some malformed content streams with unchecked exceptions.
      throw new UnreadableDocumentException(name, Reason.DAMAGED, "damaged PDF: " + e, e);
    }
  }

  /**
   * A text stripper in reading order that also marks the layout's vertical gaps. Sorted by
   * position, the two header columns come out line by line; and where a line sits clearly further
   * below the one above than lines within a paragraph do (a new paragraph, a title before the
   * body, the blocks of the header), a blank line is written: nothing else tells a centred title
   * from the first sentence under it. PDFBox's own paragraph detection measures against glyph
   * heights that fonts often misreport, hence the page's own line spacing here.
   */
  private static final class LayoutStripper extends PDFTextStripper {

    private static final float GAP = 1.3f;

    private final List<String> lineTexts = new ArrayList<>();
    private final List<Float> lineTops = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float lineTop = Float.NaN;

    LayoutStripper() {
      setSortByPosition(true);
    }

    String pageText(PDDocument document) throws IOException {
      lineTexts.clear();
      lineTops.clear();
      line.setLength(0);
      lineTop = Float.NaN;
      writeText(document, java.io.Writer.nullWriter());
      finishLine();
      return layout();
    }

    @Override
    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
      if (Float.isNaN(lineTop) && !positions.isEmpty()) {
        lineTop = positions.get(0).getYDirAdj();
      }
      line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
      line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      finishLine();
    }

    private void finishLine() {
      if (!line.isEmpty()) {
        lineTexts.add(line.toString());
        lineTops.add(lineTop);
      }
      line.setLength(0);
      lineTop = Float.NaN;
    }

    private String layout() {
      List<Float> gaps = new ArrayList<>();
      for (int i = 1; i < lineTops.size(); i++) {
        float gap = lineTops.get(i) - lineTops.get(i - 1);
        if (gap > 0) {
          gaps.add(gap);
        }
      }
      gaps.sort(null);
      // The lower quartile is the spacing of lines within a paragraph, however many paragraphs.
      float spacing = gaps.size() >= 4 ? gaps.get(gaps.size() / 4) : Float.NaN;
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < lineTexts.size(); i++) {
        float gap = i == 0 ? 0 : lineTops.get(i) - lineTops.get(i - 1);
        if (!Float.isNaN(spacing) && gap > GAP * spacing) {
          text.append('\n');
        }
        text.append(lineTexts.get(i)).append('\n');
      }
      return text.toString();
    }
  }

  private ExtractedText single(String name, SourceFormat format, String text, List<String> warnings)
      throws UnreadableDocumentException {
    if (text.length() > limits.maxChars()) {
      throw new UnreadableDocumentException(name, Reason.TOO_LARGE,
          "more than " + limits.maxChars() + " characters of text");
    }
    if (text.chars().noneMatch(Character::isLetter)) {
      throw new UnreadableDocumentException(name, Reason.NO_TEXT, "no text");
    }
    return new ExtractedText(name, format, List.of(text), warnings);
  }

  private record Decoded(String text, List<String> warnings) {}

  /** Bytes to NFC text: a BOM, else UTF-16 by its zero bytes, UTF-8, a declared charset, cp1258. */
  private static Decoded decode(byte[] content, String name, @Nullable Charset declared)
      throws UnreadableDocumentException {
    List<String> warnings = new ArrayList<>();
    String text;
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
    } else if (startsWith(content, 0xFE, 0xFF)) {
      text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(content, 0xFF, 0xFE)) {
      text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
    } else if (utf16Guess(content) != null) {
      Charset utf16 = utf16Guess(content);
      warnings.add("no byte-order mark; read as " + utf16.name() + " from its zero bytes");
      text = new String(content, utf16);
    } else {
      String strict = strictUtf8(content);
      if (strict != null) {
        text = strict;
      } else if (declared != null) {
        text = new String(content, declared);
      } else {
        // Vietnamese text that is not UTF-8 is most likely Windows-1258 (or plain Latin-1).
        Charset legacy = Charset.isSupported("windows-1258")
            ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1;
        warnings.add("not valid UTF-8; read as " + legacy.name());
        text = new String(content, legacy);
      }
    }
    long controls = text.chars()
        .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        .count();
    if (controls > Math.max(2, text.length() / 200)) {
      throw new UnreadableDocumentException(name, Reason.UNSUPPORTED_FORMAT,
          "binary content, not text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), warnings);
  }

  private static @Nullable String strictUtf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** UTF-16 without a BOM shows as a zero in every other byte for Latin-script text. */
  private static @Nullable Charset utf16Guess(byte[] content) {
    int n = Math.min(content.length, SNIFF_BYTES) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += content[i] == 0 ? 1 : 0;
      oddZeros += content[i + 1] == 0 ? 1 : 0;
    }
    int half = n / 2;
    if (oddZeros > half * 0.3 && evenZeros < half * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > half * 0.3 && oddZeros < half * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static @Nullable Charset declaredCharset(byte[] content) {
    Matcher m = META_CHARSET.matcher(head(content));
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (RuntimeException e) {
        return null; // an unknown name: fall back to sniffing
      }
    }
    return null;
  }

  /** Text of an HTML page as a browser lays it out: blocks on lines, scripts and styles dropped. */
  static String htmlToText(String html) {
    String text = HTML_DROPPED.matcher(html).replaceAll(" ");
    // Source line breaks inside HTML are spaces; only block elements break lines.
    text = HTML_WHITESPACE.matcher(text).replaceAll(" ");
    text = HTML_BLOCK.matcher(text).replaceAll("\n");
    text = HTML_TAG.matcher(text).replaceAll("");
    text = HtmlUtils.htmlUnescape(text);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String stripped = line.replace('\u00A0', ' ').strip();
      if (!stripped.isEmpty()) {
        out.append(stripped).append('\n');
      }
    }
    return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
  }

  private static @Nullable String binarySignature(byte[] content) {
    if (startsWith(content, 'P', 'K', 3, 4)) {
      return "a ZIP container (DOCX, ODT?), which ingest does not read; save it as PDF";
    }
    if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "a legacy Office file (DOC, XLS), which ingest does not read; save it as PDF";
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G') || startsWith(content, 0xFF, 0xD8, 0xFF)
        || startsWith(content, 'G', 'I', 'F', '8') || startsWith(content, 'I', 'I', '*', 0)
        || startsWith(content, 'M', 'M', 0, '*')) {
      return "an image; OCR is not supported";
    }
    if (startsWith(content, '{', '\\', 'r', 't', 'f')) {
      return "RTF, which ingest does not read; save it as PDF";
    }
    return null;
  }

  /** The first bytes, one char per byte, to look for signatures and tags. */
  private static String head(byte[] content) {
    int length = Math.min(content.length, SNIFF_BYTES);
    return new String(content, 0, length, StandardCharsets.ISO_8859_1);
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private UnreadableDocumentException tooLarge(String name, long size) {
    return new UnreadableDocumentException(name, Reason.TOO_LARGE,
        size + " bytes, over the limit of " + limits.maxBytes());
  }
}
