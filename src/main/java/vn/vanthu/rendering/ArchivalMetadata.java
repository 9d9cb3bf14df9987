package vn.vanthu.rendering;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the archival PDF says about itself in its XMP metadata (Dublin Core) and document info.
 *
 * @param title dc:title
 * @param subject dc:description, the trích yếu
 * @param identifier dc:identifier, the number and symbol such as {@code 813/QĐ-BHXH}; null for a
 *     draft
 * @param publisher dc:publisher and dc:creator, the issuing body
 * @param date dc:date, the date of issue; null for a draft
 * @param language dc:language, a BCP 47 tag such as {@code vi}
 * @param sourceJson the input data, embedded as the PDF/A-3 associated file {@code source.json};
 *     null to embed nothing
 */
public record ArchivalMetadata(
    String title,
    String subject,
    @Nullable String identifier,
    String publisher,
    @Nullable LocalDate date,
    String language,
    byte @Nullable [] sourceJson) {}
