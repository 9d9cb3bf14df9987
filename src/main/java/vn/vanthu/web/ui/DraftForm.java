package vn.vanthu.web.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The compose form: the fields of a draft as the page edits them. The body is a flat outline
 * (each row a block with its depth), so that a tree of Điều, khoản and điểm can be edited with
 * plain form fields; {@link DraftJson} turns it into the document JSON and back.
 */
public class DraftForm {

  /** Editing with the form, or the raw JSON. */
  private String mode = "form";
  private String json = "";
  private String type = "quyet-dinh";
  private String issuerParent = "";
  private String issuerName = "";
  private String issuerAbbreviation = "";
  private String unit = "";
  private String place = "";
  private String subject = "";
  private String competence = "";
  private List<String> legalBases = new ArrayList<>();
  private List<String> addressees = new ArrayList<>();
  private List<BlockRow> body = new ArrayList<>();
  private String signatureAuthority = "";
  private String signaturePrincipal = "";
  private String signatureTitle = "";
  private String signatureName = "";
  private List<String> recipients = new ArrayList<>();
  private String filing = "";
  private String classification = "";
  private String urgency = "";
  private String circulation = "";
  private String contact = "";
  private List<AttachmentForm> attachments = new ArrayList<>();
  private List<RelationRow> relations = new ArrayList<>();

  /** One block of a body: its depth in the outline, kind, title and text. */
  public static class BlockRow {
    private int depth;
    private String kind = "paragraph";
    private String number = "";
    private String title = "";
    private String text = "";

    public BlockRow() {}

    BlockRow(int depth, String kind) {
      this.depth = depth;
      this.kind = kind;
    }

    public int getDepth() { return depth; }
    public void setDepth(int depth) { this.depth = Math.max(0, Math.min(depth, 11)); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind == null ? "paragraph" : kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = clean(number); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = clean(title); }
    public String getText() { return text; }
    public void setText(String text) { this.text = clean(text); }

    boolean isBlank() {
      return title.isBlank() && text.isBlank();
    }
  }

  /** A document issued with the draft, e.g. the Kế hoạch of a decision, or a phụ lục. */
  public static class AttachmentForm {
    private String type = "ke-hoach";
    private String subject = "";
    private String referenceLead = "";
    private String issuedBy = "";
    private List<BlockRow> body = new ArrayList<>();

    public String getType() { return type; }
    public void setType(String type) { this.type = clean(type); }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = clean(subject); }
    public String getReferenceLead() { return referenceLead; }
    public void setReferenceLead(String referenceLead) { this.referenceLead = clean(referenceLead); }
    public String getIssuedBy() { return issuedBy; }
    public void setIssuedBy(String issuedBy) { this.issuedBy = clean(issuedBy); }
    public List<BlockRow> getBody() { return body; }
    public void setBody(List<BlockRow> body) { this.body = body == null ? new ArrayList<>() : body; }
  }

  /** A link to an issued document this draft amends, replaces or revokes. */
  public static class RelationRow {
    private String kind = "amends";
    private String target = "";

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = clean(kind); }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = clean(target); }
  }

  static String clean(String text) {
    return text == null ? "" : text;
  }

  public String getMode() { return mode; }
  public void setMode(String mode) { this.mode = "json".equals(mode) ? "json" : "form"; }
  public String getJson() { return json; }
  public void setJson(String json) { this.json = clean(json); }
  public String getType() { return type; }
  public void setType(String type) { this.type = clean(type); }
  public String getIssuerParent() { return issuerParent; }
  public void setIssuerParent(String issuerParent) { this.issuerParent = clean(issuerParent); }
  public String getIssuerName() { return issuerName; }
  public void setIssuerName(String issuerName) { this.issuerName = clean(issuerName); }
  public String getIssuerAbbreviation() { return issuerAbbreviation; }
  public void setIssuerAbbreviation(String value) { this.issuerAbbreviation = clean(value); }
  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = clean(unit); }
  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = clean(place); }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = clean(subject); }
  public String getCompetence() { return competence; }
  public void setCompetence(String competence) { this.competence = clean(competence); }
  public List<String> getLegalBases() { return legalBases; }
  public void setLegalBases(List<String> lines) { this.legalBases = lines(lines); }
  public List<String> getAddressees() { return addressees; }
  public void setAddressees(List<String> lines) { this.addressees = lines(lines); }
  public List<BlockRow> getBody() { return body; }
  public void setBody(List<BlockRow> body) { this.body = body == null ? new ArrayList<>() : body; }
  public String getSignatureAuthority() { return signatureAuthority; }
  public void setSignatureAuthority(String value) { this.signatureAuthority = clean(value); }
  public String getSignaturePrincipal() { return signaturePrincipal; }
  public void setSignaturePrincipal(String value) { this.signaturePrincipal = clean(value); }
  public String getSignatureTitle() { return signatureTitle; }
  public void setSignatureTitle(String value) { this.signatureTitle = clean(value); }
  public String getSignatureName() { return signatureName; }
  public void setSignatureName(String value) { this.signatureName = clean(value); }
  public List<String> getRecipients() { return recipients; }
  public void setRecipients(List<String> lines) { this.recipients = lines(lines); }
  public String getFiling() { return filing; }
  public void setFiling(String filing) { this.filing = clean(filing); }
  public String getClassification() { return classification; }
  public void setClassification(String value) { this.classification = clean(value); }
  public String getUrgency() { return urgency; }
  public void setUrgency(String urgency) { this.urgency = clean(urgency); }
  public String getCirculation() { return circulation; }
  public void setCirculation(String circulation) { this.circulation = clean(circulation); }
  public String getContact() { return contact; }
  public void setContact(String contact) { this.contact = clean(contact); }
  public List<AttachmentForm> getAttachments() { return attachments; }
  public void setAttachments(List<AttachmentForm> value) {
    this.attachments = value == null ? new ArrayList<>() : value;
  }
  public List<RelationRow> getRelations() { return relations; }
  public void setRelations(List<RelationRow> value) {
    this.relations = value == null ? new ArrayList<>() : value;
  }

  private static List<String> lines(List<String> lines) {
    List<String> copy = new ArrayList<>();
    if (lines != null) {
      lines.forEach(line -> copy.add(clean(line)));
    }
    return copy;
  }
}
