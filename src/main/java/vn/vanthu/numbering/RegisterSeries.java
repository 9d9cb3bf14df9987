package vn.vanthu.numbering;

import vn.vanthu.document.OfficialDocument;

/**
 * One numbering series of the register: an issuer's numbers for one calendar year, from 01 on 1
 * January (spec 3.4), shared by all types or one per type, and always separate for secret
 * documents.
 *
 * @param issuer the issuer's abbreviation
 * @param year the calendar year
 * @param series {@code chung} (shared), a type code such as {@code quyet-dinh}, prefixed with
 *     {@code mat-} for secret documents
 */
public record RegisterSeries(String issuer, int year, String series) {

  /** The series a document is numbered in, in a given year, under the issuer's scheme. */
  public static RegisterSeries of(OfficialDocument document, int year, NumberingScheme scheme) {
    String base = scheme == NumberingScheme.PER_TYPE ? document.type().code() : "chung";
    String series = document.classification() == null ? base : "mat-" + base;
    return new RegisterSeries(document.issuer().abbreviation(), year, series);
  }

  /** Whether this is a series of secret documents (of any level: they share one series). */
  public boolean secret() {
    return series.startsWith("mat-");
  }
}
