package vn.vanthu.archive.ingest;

import java.util.List;

/**
 * The raw text of a file in reading order, before cleaning: NFC, one string per page (a single page
 * for formats without pages), with notes on anything the reader had to guess.
 *
 * @param source the file name or other label of the input
 * @param format the format it was read as
 * @param pages the text of each page
 * @param warnings what the reader guessed, e.g. a fallback character set; empty when nothing
 */
public record ExtractedText(String source, SourceFormat format, List<String> pages,
    List<String> warnings) {

  /** Copies the lists. */
  public ExtractedText {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** The pages joined by form feeds, the page separator {@link TextCleaner#clean(String)} reads. */
  public String text() {
    return String.join("\f", pages);
  }
}
