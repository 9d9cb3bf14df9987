package vn.vanthu.archive.index;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one archived document.
 *
 * @param id the archive id, or the id a bulk import came with
 * @param numberText number and symbol as printed, e.g. {@code 813/QĐ-BHXH}
 * @param typeCode the type code, e.g. {@code quyet-dinh}
 * @param typeName the type's Vietnamese name, e.g. {@code Quyết định}, for facets
 * @param issuer the issuing body
 * @param date the date of issue
 * @param classification the secrecy code ({@code mat} …) or null
 * @param secrecy the secrecy level: 0 none, 1 mật, 2 tối mật, 3 tuyệt mật
 * @param title the trích yếu
 * @param signer the signer
 * @param text the full text
 */
public record IndexedDocument(
    String id,
    @Nullable String numberText,
    @Nullable String typeCode,
    @Nullable String typeName,
    String issuer,
    @Nullable LocalDate date,
    @Nullable String classification,
    int secrecy,
    @Nullable String title,
    @Nullable String signer,
    String text) {}
