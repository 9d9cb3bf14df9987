package vn.vanthu.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.jspecify.annotations.Nullable;

/**
 * Compacts the content streams openhtmltopdf writes, without changing what they show or tag:
 * removes the empty artifact sequences (a {@code /Artifact /PropN BDC} directly followed by
 * {@code EMC}, for every box background and border it does not paint), shares one property list
 * among the remaining artifacts that say the same thing, and writes every hex string as a literal
 * string of the same bytes.
 *
 * <p>Why: the 813 decision had 637 empty artifacts, each with its own property-list object, about
 * a tenth of the PDF's bytes and of the objects the save serialises. An empty marked-content
 * sequence marks nothing, so removing it changes neither what is shown nor the structure tree.
 * PDFBox writes every glyph run as hex, four digits a glyph: as literal strings the pages are a
 * fifth shorter to deflate, and the 813's PDF 1 % smaller.
 */
final class PageContent {

  private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BDC = " BDC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMC = "EMC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INLINE_IMAGE = "BI".getBytes(StandardCharsets.US_ASCII);

  private PageContent() {}

  /**
   * Compacts every page of the document and compresses its content streams. openhtmltopdf is
   * asked to write them uncompressed ({@code testMode}, which does nothing else) so that they are
   * deflated once, here, rather than deflated by the library, inflated to be cleaned and deflated
   * again: deflating was a sixth of a warm render's CPU, and the pages' content most of what it
   * deflated. A stream that is already filtered is compacted through its filter, as before.
   */
  static void compact(PDDocument pdf) throws IOException {
    Map<String, COSDictionary> shared = new HashMap<>();
    for (PDPage page : pdf.getPages()) {
      PDResources resources = page.getResources();
      COSDictionary properties = resources == null ? null
          : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
      COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      if (contents instanceof COSStream stream) {
        compact(stream, properties);
      } else if (contents instanceof COSArray streams) {
        // A sequence or a string may be split between two streams of an array: compress only.
        for (COSBase element : streams) {
          if (element instanceof COSObject object) {
            element = object.getObject();
          }
          if (element instanceof COSStream stream && stream.getFilters() == null) {
            write(stream, decoded(stream));
          }
        }
      }
      if (properties != null) {
        share(properties, shared);
      }
    }
  }

  /** Compacts one page's only content stream and compresses it. */
  private static void compact(COSStream stream, @Nullable COSDictionary properties)
      throws IOException {
    byte[] data = decoded(stream);
    // Without property lists there is no name to remove with an artifact: it stays.
    Set<String> removed = properties == null ? null : new HashSet<>();
    byte[] compacted = compacted(data, removed);
    if (compacted == data && stream.getFilters() != null) {
      return;
    }
    write(stream, compacted);
    if (properties != null) {
      for (String name : removed) {
        properties.removeItem(COSName.getPDFName(name));
      }
    }
  }

  private static byte[] decoded(COSStream stream) throws IOException {
    try (InputStream in = stream.createInputStream()) {
      return in.readAllBytes();
    }
  }

  private static void write(COSStream stream, byte[] content) throws IOException {
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(content);
    }
  }

  /**
   * The content stream without its empty artifact sequences (the names of whose property lists go
   * into {@code removed}; none is removed when it is null) and with its hex strings written as
   * literal strings; the same array when neither occurs. Only whole lines count as a sequence,
   * found outside strings, dictionaries and comments; a stream with an inline image (whose bytes
   * could look like anything) is left as it is. openhtmltopdf writes one operator a line and no
   * inline images.
   */
  static byte[] compacted(byte[] data, @Nullable Set<String> removed) {
    Bytes out = null;
    int copied = 0;
    int i = 0;
    boolean lineStart = true;
    while (i < data.length) {
      if (lineStart) {
        if (startsWith(data, i, INLINE_IMAGE)) {
          if (removed != null) {
            removed.clear();
          }
          return data;
        }
        // Only a line that opens an artifact is measured: finding both lines' ends for every line
        // read the content three times.
        int end = removed != null && startsWith(data, i, ARTIFACT) ? lineEnd(data, i) : i;
        int next = end < data.length ? end + 1 : end;
        int emcEnd = end > i && next < data.length ? lineEnd(data, next) : -1;
        if (emcEnd > next && isEmptyArtifact(data, i, end, next, emcEnd)) {
          out = out != null ? out : new Bytes(data.length);
          out.write(data, copied, i);
          removed.add(new String(data, i + ARTIFACT.length,
              end - BDC.length - i - ARTIFACT.length, StandardCharsets.US_ASCII));
          copied = emcEnd < data.length ? emcEnd + 1 : emcEnd;
          i = copied;
          continue;
        }
      }
      byte b = data[i];
      lineStart = false;
      if (b == '(') {
        i = afterLiteralString(data, i);
      } else if (b == '<' && i + 1 < data.length && data[i + 1] == '<') {
        i += 2; // a dictionary opens: its contents are names, numbers and strings
      } else if (b == '<') {
        int close = indexOf(data, i + 1, (byte) '>');
        if (close < data.length && isHex(data, i + 1, close)) {
          out = out != null ? out : new Bytes(data.length);
          out.write(data, copied, i);
          out.literalOfHex(data, i + 1, close);
          copied = close + 1;
        }
        i = Math.min(data.length, close + 1);
      } else if (b == '%') {
        i = lineEnd(data, i);
      } else {
        lineStart = b == '\n';
        i++;
      }
    }
    if (out == null) {
      return data;
    }
    out.write(data, copied, data.length);
    return out.toArray();
  }

  /** An even number of hex digits, nothing else, between {@code from} and {@code to}. */
  private static boolean isHex(byte[] data, int from, int to) {
    if ((to - from) % 2 != 0) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Character.digit(data[i], 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A growing byte array; unlike ByteArrayOutputStream, not synchronised on every write. */
  private static final class Bytes {

    private byte[] bytes;
    private int length;

    Bytes(int capacity) {
      bytes = new byte[capacity];
    }

    /** Appends {@code data[from..to)}. */
    void write(byte[] data, int from, int to) {
      ensure(to - from);
      System.arraycopy(data, from, bytes, length, to - from);
      length += to - from;
    }

    /**
     * Appends the bytes the hex digits {@code data[from..to)} stand for as a literal string,
     * escaping the three bytes a literal string cannot hold as they are, and the carriage return,
     * which a reader would take for a line end and turn into a line feed.
     */
    void literalOfHex(byte[] data, int from, int to) {
      ensure(2 + (to - from)); // at most two bytes for each byte, which is two digits
      bytes[length++] = '(';
      for (int i = from; i < to; i += 2) {
        int b = Character.digit(data[i], 16) << 4 | Character.digit(data[i + 1], 16);
        switch (b) {
          case '(', ')', '\\' -> {
            bytes[length++] = '\\';
            bytes[length++] = (byte) b;
          }
          case '\r' -> {
            bytes[length++] = '\\';
            bytes[length++] = 'r';
          }
          default -> bytes[length++] = (byte) b;
        }
      }
      bytes[length++] = ')';
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }
  }

  /** Where a literal string that opens at {@code open} ends: after its balancing parenthesis. */
  private static int afterLiteralString(byte[] data, int open) {
    int depth = 0;
    for (int i = open; i < data.length; i++) {
      byte b = data[i];
      if (b == '\\') {
        i++;
      } else if (b == '(') {
        depth++;
      } else if (b == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return data.length;
  }

  /** A line {@code /Artifact /Name BDC} followed by a line {@code EMC}. */
  private static boolean isEmptyArtifact(byte[] data, int start, int end, int next, int nextEnd) {
    if (end - start <= ARTIFACT.length + BDC.length || !startsWith(data, start, ARTIFACT)
        || !startsWith(data, end - BDC.length, BDC) || nextEnd - next != EMC.length
        || !startsWith(data, next, EMC)) {
      return false;
    }
    for (int i = start + ARTIFACT.length; i < end - BDC.length; i++) {
      byte b = data[i];
      if (!(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Points every property list with the same entries (the artifact type and its bounding box) at
   * one dictionary, written once.
   */
  private static void share(COSDictionary properties, Map<String, COSDictionary> shared) {
    for (COSName name : List.copyOf(properties.keySet())) {
      if (properties.getDictionaryObject(name) instanceof COSDictionary dictionary) {
        String key = key(dictionary);
        if (key != null) {
          COSDictionary first = shared.putIfAbsent(key, dictionary);
          if (first != null && first != dictionary) {
            properties.setItem(name, first);
          }
        }
      }
    }
  }

  /** The entries of a property list of names and numbers as text; null when it has others. */
  private static @Nullable String key(COSDictionary dictionary) {
    StringBuilder key = new StringBuilder();
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      key.append(entry.getKey().getName()).append('=');
      if (!append(key, entry.getValue())) {
        return null;
      }
      key.append(';');
    }
    return key.toString();
  }

  private static boolean append(StringBuilder key, COSBase value) {
    if (value instanceof COSName name) {
      key.append('/').append(name.getName());
    } else if (value instanceof COSInteger integer) {
      key.append(integer.longValue());
    } else if (value instanceof COSFloat number) {
      key.append(Float.toString(number.floatValue()));
    } else if (value instanceof COSArray array) {
      key.append('[');
      for (COSBase element : array) {
        if (!append(key, element)) {
          return false;
        }
        key.append(' ');
      }
      key.append(']');
    } else {
      return false;
    }
    return true;
  }

  private static int lineEnd(byte[] data, int from) {
    return indexOf(data, from, (byte) '\n');
  }

  /** The index of the first {@code stop} from {@code from} on, or the length. */
  private static int indexOf(byte[] data, int from, byte stop) {
    int i = from;
    while (i < data.length && data[i] != stop) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] data, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > data.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
