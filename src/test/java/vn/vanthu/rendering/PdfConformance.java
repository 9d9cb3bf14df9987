package vn.vanthu.rendering;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs with veraPDF, the reference validator for PDF/A and PDF/UA. */
public final class PdfConformance {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfConformance() {}

  /** The failed rules of a PDF against a flavour; empty when it conforms. */
  public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
              + a.getMessage() + " @ " + a.getLocation().getContext())
          .distinct()
          .limit(40)
          .collect(Collectors.toList());
    }
  }
}
