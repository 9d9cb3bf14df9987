package vn.vanthu.numbering;

/** How an issuing body numbers its documents: the head of the agency decides (ND30 Điều 15.1.c). */
public enum NumberingScheme {
  /** One series for every type of document. */
  SHARED,
  /** One series per document type: Quyết định, Kế hoạch, Công văn … each from 01. */
  PER_TYPE
}
