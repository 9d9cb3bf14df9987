package vn.vanthu.rendering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Joins the glyphs of a {@code TJ} array that nothing separates: {@code [<0041>0 <0042>-88 <0043>0
 * <0044>] TJ} becomes {@code [<00410042>-88 <00430044>] TJ}, drawn the same (an adjustment of 0
 * moves nothing).
 *
 * <p>Why: openhtmltopdf writes a justified line as one string and one adjustment per glyph, the
 * adjustment 0 for every glyph but the spaces. That is a tenth of a page's content and, being so
 * repetitive, more than half of the time deflate spends on it.
 *
 * <p>Only lines that are a whole {@code [ … ] TJ} are touched, and only when every element is a
 * number, a hexadecimal string or a literal string with no escapes but {@code \(}, {@code \)} and
 * {@code \\} (what PDFBox writes); any other line is left as it is, and a stream with an inline
 * image entirely.
 */
final class TextArrays {

  private static final byte[] TJ_END = "] TJ".getBytes(StandardCharsets.US_ASCII);
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private TextArrays() {}

  /** The content with its text arrays joined; the same array when none could be. */
  static byte[] compact(byte[] data) {
    ByteArrayOutputStream out = null;
    int copied = 0;
    int start = 0;
    while (start < data.length) {
      int end = start;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      if (end - start >= 2 && data[start] == 'B' && data[start + 1] == 'I') {
        return data; // an inline image, whose bytes could look like anything
      }
      if (data[start] == '[' && endsWith(data, end, TJ_END)) {
        byte[] joined = join(data, start + 1, end - TJ_END.length);
        if (joined != null) {
          if (out == null) {
            out = new ByteArrayOutputStream(data.length);
          }
          out.write(data, copied, start - copied);
          out.write(joined, 0, joined.length);
          copied = end;
        }
      }
      start = end + 1;
    }
    if (out == null) {
      return data;
    }
    out.write(data, copied, data.length - copied);
    return out.toByteArray();
  }

  /** The array's elements from {@code from} to {@code to}, joined, with "] TJ"; null if unsure. */
  private static byte[] join(byte[] data, int from, int to) {
    ByteArrayOutputStream line = new ByteArrayOutputStream(to - from + TJ_END.length + 1);
    line.write('[');
    ByteArrayOutputStream run = new ByteArrayOutputStream(); // the glyphs joined so far
    boolean changed = false; // a zero dropped, or two strings joined
    int elements = 0;
    int i = from;
    while (i < to) {
      byte b = data[i];
      if (b == ' ') {
        i++;
      } else if (b == '(' || b == '<') {
        changed |= run.size() > 0;
        i = b == '(' ? literal(data, i, to, run) : hex(data, i, to, run);
        if (i < 0) {
          return null;
        }
      } else {
        int end = i;
        while (end < to && data[end] != ' ' && data[end] != '(' && data[end] != '<') {
          end++;
        }
        if (!isPlainNumber(data, i, end)) {
          return null;
        }
        if (isZero(data, i, end)) {
          changed = true;
        } else {
          // As openhtmltopdf writes them: a number right after its string, a space after it.
          int flushed = flush(run, line, elements);
          if (elements > 0 && flushed == 0) {
            line.write(' ');
          }
          line.write(data, i, end - i);
          elements += flushed + 1;
        }
        i = end;
      }
    }
    if (!changed) {
      return null;
    }
    flush(run, line, elements);
    line.writeBytes(TJ_END);
    return line.toByteArray();
  }

  /** Writes the run of joined glyphs as one string, if there is one; returns 1 if it wrote. */
  private static int flush(ByteArrayOutputStream run, ByteArrayOutputStream line, int elements) {
    if (run.size() == 0) {
      return 0;
    }
    if (elements > 0) {
      line.write(' ');
    }
    writeString(run.toByteArray(), line);
    run.reset();
    return 1;
  }

  /** An optional minus, digits and at most one point, as PDFBox writes numbers. */
  private static boolean isPlainNumber(byte[] data, int from, int to) {
    int i = from < to && data[from] == '-' ? from + 1 : from;
    boolean digit = false;
    boolean point = false;
    for (; i < to; i++) {
      if (data[i] >= '0' && data[i] <= '9') {
        digit = true;
      } else if (data[i] == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digit;
  }

  private static boolean isZero(byte[] data, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data[i] >= '1' && data[i] <= '9') {
        return false;
      }
    }
    return true;
  }

  /** As PDFBox writes a string: literal when every byte is 7-bit and not a line end, else hex. */
  private static void writeString(byte[] glyphs, ByteArrayOutputStream out) {
    boolean literal = true;
    for (byte b : glyphs) {
      if (b < 0 || b == '\r' || b == '\n') {
        literal = false;
        break;
      }
    }
    if (!literal) {
      out.write('<');
      out.writeBytes(HEX.formatHex(glyphs).getBytes(StandardCharsets.US_ASCII));
      out.write('>');
      return;
    }
    out.write('(');
    for (byte b : glyphs) {
      if (b == '(' || b == ')' || b == '\\') {
        out.write('\\');
      }
      out.write(b);
    }
    out.write(')');
  }

  /** Reads a literal string's bytes; returns the index after it, or -1 for an escape not ours. */
  private static int literal(byte[] data, int open, int to, ByteArrayOutputStream glyphs) {
    for (int i = open + 1; i < to; i++) {
      byte b = data[i];
      if (b == ')') {
        return i + 1;
      }
      if (b == '(') {
        return -1;
      }
      if (b == '\\') {
        if (i + 1 >= to || (data[i + 1] != '(' && data[i + 1] != ')' && data[i + 1] != '\\')) {
          return -1;
        }
        b = data[++i];
      }
      glyphs.write(b);
    }
    return -1;
  }

  /** Reads a hexadecimal string's bytes; returns the index after it, or -1 if malformed. */
  private static int hex(byte[] data, int open, int to, ByteArrayOutputStream glyphs) {
    int close = open + 1;
    while (close < to && data[close] != '>') {
      close++;
    }
    int digits = close - open - 1;
    if (close >= to || digits % 2 != 0) {
      return -1;
    }
    for (int i = open + 1; i < close; i += 2) {
      int high = Character.digit(data[i], 16);
      int low = Character.digit(data[i + 1], 16);
      if (high < 0 || low < 0) {
        return -1;
      }
      glyphs.write(high << 4 | low);
    }
    return close + 1;
  }

  private static boolean endsWith(byte[] data, int end, byte[] suffix) {
    if (end - suffix.length < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (data[end - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }
}
