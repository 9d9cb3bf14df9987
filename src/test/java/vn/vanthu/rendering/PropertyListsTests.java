package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

/**
 * {@link PropertyLists} answers every question a plain {@link COSDictionary} answers, the same way,
 * whatever was put in, replaced or taken out; and it is what a rendered page's resources hold.
 */
class PropertyListsTests {

  @Test
  void answersAsAPlainDictionaryAfterRandomChanges() {
    Random random = new Random(20261204);
    for (int round = 0; round < 200; round++) {
      COSDictionary plain = new COSDictionary();
      PropertyLists indexed = new PropertyLists();
      List<COSBase> pool = pool(random);
      for (int step = 0; step < 60; step++) {
        COSName key = COSName.getPDFName("Prop" + random.nextInt(12));
        int what = random.nextInt(10);
        if (what < 6) {
          COSBase value = pool.get(random.nextInt(pool.size()));
          plain.setItem(key, value);
          indexed.setItem(key, value);
        } else if (what < 8) {
          plain.removeItem(key);
          indexed.removeItem(key);
        } else if (what < 9) {
          plain.setItem(key, (COSBase) null);
          indexed.setItem(key, (COSBase) null);
        } else if (random.nextInt(8) == 0) {
          plain.clear();
          indexed.clear();
        }
        for (COSBase value : pool) {
          assertThat(indexed.containsValue(value)).as("round %d step %d: %s", round, step, value)
              .isEqualTo(plain.containsValue(value));
          assertThat(indexed.getKeyForValue(value)).isEqualTo(plain.getKeyForValue(value));
        }
      }
    }
  }

  /** Dictionaries, references to them and to others, and values compared by equality. */
  private static List<COSBase> pool(Random random) {
    List<COSBase> pool = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      COSDictionary dictionary = new COSDictionary();
      dictionary.setInt(COSName.MCID, i);
      pool.add(dictionary);
      if (random.nextBoolean()) {
        pool.add(new COSObject(dictionary, new COSObjectKey(i + 1, 0)));
      }
    }
    pool.add(COSName.getPDFName("Artifact"));
    pool.add(COSInteger.get(3));
    return pool;
  }

  @Test
  void namesEachNewPropertyListOnceAndFindsItAgain() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = PropertyLists.newPage(document, 595, 842);
      PDResources resources = page.getResources();
      COSDictionary first = new COSDictionary();
      first.setInt(COSName.MCID, 0);
      COSName firstName = resources.add(PDPropertyList.create(first));
      COSName secondName = resources.add(PDPropertyList.create(new COSDictionary()));

      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(resources.getCOSObject().getDictionaryObject(COSName.PROPERTIES))
          .isInstanceOf(PropertyLists.class);
      assertThat(firstName).isNotEqualTo(secondName);
      assertThat(resources.add(PDPropertyList.create(first))).isEqualTo(firstName);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
