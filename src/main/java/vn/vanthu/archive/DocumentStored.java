package vn.vanthu.archive;

/**
 * Published when a document and its files are stored for good (issued, archived or
 * imported), and again when a person corrects an imported document's metadata.
 */
public record DocumentStored(String id) {}
