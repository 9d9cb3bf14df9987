package vn.vanthu.rendering;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Justifies lines by widening the spaces between words only.
 *
 * <p>openhtmltopdf hands 20 % of a justified line's slack to letter spacing and 80 % to word
 * spacing. The stylesheet caps letter spacing at zero ({@code -fs-max-justification-inter-char:
 * 0}, as Vietnamese typesetting wants), but the engine then drops that 20 % instead of giving it to
 * the spaces, and justified lines stop short of the right margin. After layout, this gives the
 * missing share to the spaces: each line's word spacing is scaled by 1/0.8 and its inline boxes
 * are moved by the difference, through the engine's own (private) adjustment routine.
 */
final class WordSpacingJustification {

  /** The share of the slack openhtmltopdf gives to word spaces (LineBox.JUSTIFY_SPACE_SHARE). */
  private static final float SPACE_SHARE = 0.8f;
  private static final Method ADJUST_CHILDREN = adjustChildren();

  private WordSpacingJustification() {}

  /** Widens the word spacing of every justified line under a laid-out root box. */
  static void apply(Box root) {
    for (Box child : root.getChildren()) {
      if (child instanceof LineBox line) {
        widen(line);
      } else {
        apply(child);
      }
    }
  }

  private static void widen(LineBox line) {
    JustificationInfo info = line.getJustificationInfo();
    if (info == null || info.getNonSpaceAdjust() != 0f || info.getSpaceAdjust() <= 0f) {
      return;
    }
    float full = info.getSpaceAdjust() / SPACE_SHARE;
    JustificationInfo delta = new JustificationInfo();
    delta.setSpaceAdjust(full - info.getSpaceAdjust());
    delta.setNonSpaceAdjust(0f);
    try {
      ADJUST_CHILDREN.invoke(line, delta);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot adjust a justified line", e);
    }
    info.setSpaceAdjust(full);
  }

  private static Method adjustChildren() {
    try {
      Method method = LineBox.class.getDeclaredMethod("adjustChildren", JustificationInfo.class);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("this openhtmltopdf version has no LineBox.adjustChildren",
          e);
    }
  }
}
