package vn.vanthu.rendering;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/**
 * A page's {@code /Properties} resource dictionary that answers "do you hold this property list?"
 * in constant time.
 *
 * <p>Why: PDFBox names each marked-content property list by first asking the page's dictionary
 * whether it holds that very list already, a scan of every value. openhtmltopdf tags each painted
 * sequence with a new list, hundreds a page, so painting a page took quadratic time: 1.5 % of a
 * warm render. Dictionaries and references are compared by identity, as {@link COSDictionary}
 * itself compares them; other values are left to it.
 */
final class PropertyLists extends COSDictionary {

  /** Every value, by identity; null after a removal or a replacement, until asked again. */
  private @Nullable Set<COSBase> values = identitySet();

  /** A new page of the document, whose resources hold an empty {@code PropertyLists}. */
  static PDPage newPage(PDDocument document, float width, float height) {
    PDPage page = new PDPage(new PDRectangle(width, height));
    PDResources resources = new PDResources();
    resources.getCOSObject().setItem(COSName.PROPERTIES, new PropertyLists());
    page.setResources(resources);
    document.addPage(page);
    return page;
  }

  @Override
  public void setItem(COSName key, @Nullable COSBase value) {
    boolean replacing = containsKey(key);
    super.setItem(key, value);
    if (replacing || value == null) {
      values = null;
    } else if (values != null) {
      values.add(getItem(key));
    }
  }

  @Override
  public void removeItem(COSName key) {
    super.removeItem(key);
    values = null;
  }

  @Override
  public void clear() {
    super.clear();
    values = null;
  }

  @Override
  public void addAll(COSDictionary dictionary) {
    super.addAll(dictionary);
    values = null;
  }

  @Override
  public boolean containsValue(Object value) {
    if (!(value instanceof COSDictionary || value instanceof COSObject)) {
      return super.containsValue(value);
    }
    Set<COSBase> held = values();
    return held.contains(value)
        || value instanceof COSObject reference && held.contains(reference.getObject());
  }

  private Set<COSBase> values() {
    Set<COSBase> held = values;
    if (held == null) {
      held = identitySet();
      held.addAll(getValues());
      values = held;
    }
    return held;
  }

  private static Set<COSBase> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
