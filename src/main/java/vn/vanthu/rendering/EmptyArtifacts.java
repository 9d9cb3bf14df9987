package vn.vanthu.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * Removes the empty artifact sequences openhtmltopdf writes (a {@code /Artifact /PropN BDC}
 * directly followed by {@code EMC}, for every box background and border it does not paint), and
 * shares one property list among the remaining artifacts that say the same thing.
 *
 * <p>Why: the 813 decision had 637 of them, each with its own property-list object, about a tenth
 * of the PDF's bytes and of the objects the save serialises. An empty marked-content sequence marks
 * nothing, so removing it changes neither what is shown nor the structure tree.
 */
final class EmptyArtifacts {

  private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BDC = " BDC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMC = "EMC".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INLINE_IMAGE = "BI".getBytes(StandardCharsets.US_ASCII);

  private EmptyArtifacts() {}

  /**
   * Cleans every page of the document and compresses its content streams. openhtmltopdf is asked
   * to write them uncompressed ({@code testMode}, which does nothing else) so that they are
   * deflated once, here, rather than deflated by the library, inflated to be cleaned and deflated
   * again: deflating was a sixth of a warm render's CPU, and the pages' content most of what it
   * deflated. A stream that is already filtered is cleaned through its filter, as before.
   */
  static void remove(PDDocument pdf) throws IOException {
    Map<String, COSDictionary> shared = new HashMap<>();
    for (PDPage page : pdf.getPages()) {
      PDResources resources = page.getResources();
      COSDictionary properties = resources == null ? null
          : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
      COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      if (contents instanceof COSStream stream) {
        clean(stream, properties);
      } else if (contents instanceof COSArray streams) {
        // A sequence may be split between two streams of an array: compress, do not clean.
        for (COSBase element : streams) {
          if (element instanceof COSObject object) {
            element = object.getObject();
          }
          if (element instanceof COSStream stream) {
            clean(stream, null);
          }
        }
      }
      if (properties != null) {
        share(properties, shared);
      }
    }
  }

  /** Removes the stream's empty artifacts when it has property lists, and compresses it. */
  private static void clean(COSStream stream, @Nullable COSDictionary properties)
      throws IOException {
    boolean compressed = stream.getFilters() != null;
    if (compressed && properties == null) {
      return;
    }
    byte[] data;
    try (InputStream in = stream.createInputStream()) {
      data = in.readAllBytes();
    }
    Set<String> removed = new HashSet<>();
    byte[] cleaned = properties == null ? data : withoutEmptyArtifacts(data, removed);
    if (cleaned == data && compressed) {
      return;
    }
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(cleaned);
    }
    for (String name : removed) {
      properties.removeItem(COSName.getPDFName(name));
    }
  }

  /**
   * The content stream without its empty artifact sequences, the names of whose property lists go
   * into {@code removed}; the same array when there are none. Only whole lines count, found
   * outside strings and comments; a stream with an inline image (whose bytes could look like
   * anything) is left as it is. openhtmltopdf writes one operator a line and no inline images.
   */
  static byte[] withoutEmptyArtifacts(byte[] data, Set<String> removed) {
    ByteArrayOutputStream out = null;
    int copied = 0;
    int i = 0;
    boolean lineStart = true;
    while (i < data.length) {
      if (lineStart) {
        if (startsWith(data, i, INLINE_IMAGE)) {
          removed.clear();
          return data;
        }
        // Only a line that opens an artifact is measured: finding both lines' ends for every line
        // read the content three times.
        int end = startsWith(data, i, ARTIFACT) ? lineEnd(data, i) : i;
        int next = end < data.length ? end + 1 : end;
        int emcEnd = end > i && next < data.length ? lineEnd(data, next) : -1;
        if (emcEnd > next && isEmptyArtifact(data, i, end, next, emcEnd)) {
          if (out == null) {
            out = new ByteArrayOutputStream(data.length);
          }
          out.write(data, copied, i - copied);
          removed.add(new String(data, i + ARTIFACT.length,
              end - BDC.length - i - ARTIFACT.length, StandardCharsets.US_ASCII));
          copied = emcEnd < data.length ? emcEnd + 1 : emcEnd;
          i = copied;
          continue;
        }
      }
      byte b = data[i];
      if (b == '(') {
        i = afterLiteralString(data, i);
        lineStart = false;
      } else if (b == '<' && i + 1 < data.length && data[i + 1] != '<') {
        i = Math.min(data.length, indexOf(data, i, (byte) '>') + 1);
        lineStart = false;
      } else if (b == '%') {
        i = lineEnd(data, i);
        lineStart = false;
      } else {
        lineStart = b == '\n';
        i++;
      }
    }
    if (out == null) {
      return data;
    }
    out.write(data, copied, data.length - copied);
    return out.toByteArray();
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
