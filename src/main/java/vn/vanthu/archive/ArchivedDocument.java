package vn.vanthu.archive;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentType;

/**
 * A document as the archive keeps it: its metadata and the hashes of its stored files.
 *
 * @param id the archive id (a UUID, or the id a bulk import came with)
 * @param origin issued here or imported
 * @param state whether its PDF is stored yet
 * @param parentId the decision an attached document was issued with; null otherwise
 * @param issuer the issuing body
 * @param issuerAbbreviation its abbreviation, when known
 * @param type the document type, when it is one of ND30's
 * @param typeName the type in words, also for kinds outside ND30 (Nghị định, Thông tư …)
 * @param number the register number, when numbered
 * @param symbol the ký hiệu, when numbered
 * @param numberText number and symbol as printed, e.g. {@code 813/QĐ-BHXH}
 * @param series the register series it was numbered in, for documents issued here
 * @param registerYear the register year, for documents issued here
 * @param issueDate the date of issue
 * @param place the place of issue
 * @param title the trích yếu
 * @param signer who signed it
 * @param classification độ mật, or null
 * @param externalId the id a bulk import gave it, or null
 * @param sourceSha256 the structured source (JSON) of a document issued here
 * @param pdfSha256 the archival PDF
 * @param originalSha256 the imported original file
 * @param textSha256 the cleaned text of an imported document
 * @param createdAt when it entered the archive
 * @param createdBy who put it there
 */
public record ArchivedDocument(
    String id,
    DocumentOrigin origin,
    DocumentState state,
    @Nullable String parentId,
    String issuer,
    @Nullable String issuerAbbreviation,
    @Nullable DocumentType type,
    @Nullable String typeName,
    @Nullable Integer number,
    @Nullable String symbol,
    @Nullable String numberText,
    @Nullable String series,
    @Nullable Integer registerYear,
    @Nullable LocalDate issueDate,
    @Nullable String place,
    @Nullable String title,
    @Nullable String signer,
    @Nullable Classification classification,
    @Nullable String externalId,
    @Nullable String sourceSha256,
    @Nullable String pdfSha256,
    @Nullable String originalSha256,
    @Nullable String textSha256,
    Instant createdAt,
    String createdBy) {}
