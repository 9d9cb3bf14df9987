package vn.vanthu.rendering;

import static vn.vanthu.rendering.Nd30Formats.capitals;

import java.util.ArrayList;
import java.util.List;
import vn.vanthu.document.AttachedDocument;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.document.Signature;

/** Turns a document record into the {@link DocumentView} its template prints. */
public final class DocumentPresenter {

  private DocumentPresenter() {}

  /** The view of a document, with every ND30 number, date, capital and punctuation rule applied. */
  public static DocumentView present(OfficialDocument document) {
    DocumentType type = document.type();
    String template = switch (type) {
      case QUYET_DINH -> "decision";
      case CONG_VAN -> "cong-van";
      default -> "titled";
    };
    String numberAndSymbol = Nd30Formats.numberAndSymbol(document.number(), document.symbol());
    return new DocumentView(
        template,
        type.displayName() + " " + numberAndSymbol.strip() + ": " + document.subject(),
        document.issuer().parent() == null ? null : capitals(document.issuer().parent()),
        capitals(document.issuer().name()),
        "Số: " + numberAndSymbol,
        Nd30Formats.placeAndDate(document.place(), document.date()),
        type.hasHeading() ? type.heading() : null,
        document.subject(),
        document.competence() == null ? null : capitals(document.competence()),
        punctuate(document.legalBases(), "", ";", "."),
        addressees(document.addressees()),
        BodyPresenter.present(document.body()),
        signature(document.signature()),
        recipients(document),
        document.classification() == null ? null : document.classification().stamp(),
        document.urgency() == null ? null : document.urgency().stamp(),
        document.urgency() == null ? 0 : document.urgency().widthMillimetres(),
        document.circulation() == null ? null : capitals(document.circulation()),
        document.contact(),
        attachments(document, numberAndSymbol));
  }

  /** Phụ lục are numbered in Roman numerals when there are two or more (ND30 Phụ lục I, IV). */
  private static List<DocumentView.AttachmentView> attachments(OfficialDocument parent,
      String numberAndSymbol) {
    long appendices = parent.attachments().stream().filter(AttachedDocument::isAppendix).count();
    List<DocumentView.AttachmentView> views = new ArrayList<>();
    int appendix = 0;
    for (AttachedDocument attached : parent.attachments()) {
      String reference = "(" + attached.referenceLead() + " " + parent.type().displayName()
          + " số " + numberAndSymbol + " " + Nd30Formats.date(parent.date()) + " của "
          + attached.issuedBy() + ")";
      List<BlockView> body = BodyPresenter.present(attached.body());
      if (attached.isAppendix()) {
        appendix++;
        String label = appendices > 1 ? "Phụ lục " + Nd30Formats.roman(appendix) : "Phụ lục";
        views.add(new DocumentView.AttachmentView(null, label, capitals(attached.subject()),
            reference, body));
      } else {
        views.add(new DocumentView.AttachmentView(attached.type().heading(), null,
            attached.subject(), reference, body));
      }
    }
    return List.copyOf(views);
  }

  private static DocumentView.SignatureView signature(Signature signature) {
    String authorityLine = signature.authority() == null ? null
        : signature.authority().prefix() + " " + capitals(signature.principal());
    String titleLine = signature.title() == null ? null : capitals(signature.title());
    return new DocumentView.SignatureView(authorityLine, titleLine, signature.name());
  }

  /** One addressee stays on the Kính gửi line; several become dashed lines ending ; and . */
  private static List<String> addressees(List<String> addressees) {
    if (addressees.size() <= 1) {
      return addressees;
    }
    return punctuate(addressees, "- ", ";", ".");
  }

  private static List<String> recipients(OfficialDocument document) {
    List<String> lines = new ArrayList<>(punctuate(document.recipients(), "- ", ";", ";"));
    lines.add("- Lưu: " + document.filing() + ".");
    return lines;
  }

  private static List<String> punctuate(List<String> lines, String lead, String separator,
      String last) {
    List<String> result = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      result.add(lead + lines.get(i) + (i == lines.size() - 1 ? last : separator));
    }
    return List.copyOf(result);
  }
}
