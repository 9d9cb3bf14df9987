package vn.vanthu.archive;

/** Published when a document and its files are stored for good (issued, archived or imported). */
public record DocumentStored(String id) {}
