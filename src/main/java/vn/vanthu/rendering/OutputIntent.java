package vn.vanthu.rendering;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The sRGB output intent PDF/A requires, with the ICC profile deflated once per process.
 *
 * <p>Why not openhtmltopdf's ({@code useColorProfile}): it parses the 7 KB profile and deflates it
 * again for every document, for the same bytes each time. The dictionary is the one it writes.
 */
final class OutputIntent {

  private static final String SRGB = "sRGB IEC61966-2.1";
  private static final ICC_Profile PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
  private static final byte[] DEFLATED = deflate(PROFILE.getData());

  private OutputIntent() {}

  /** Adds the sRGB output intent to the document's catalog. */
  static void addTo(PDDocument pdf) throws IOException {
    COSStream profile = pdf.getDocument().createCOSStream();
    try (OutputStream out = profile.createRawOutputStream()) {
      out.write(DEFLATED);
    }
    profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    profile.setInt(COSName.N, PROFILE.getNumComponents());
    PDOutputIntent intent = new PDOutputIntent(new COSDictionary());
    intent.getCOSObject().setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    intent.getCOSObject().setItem(COSName.S, COSName.GTS_PDFA1);
    intent.getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    pdf.getDocumentCatalog().addOutputIntent(intent);
  }

  /** Deflated as PDFBox deflates, at its configured level. */
  private static byte[] deflate(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length);
    Deflater deflater = new Deflater(Filter.getCompressionLevel());
    try (OutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }
}
