package vn.vanthu.archive;

/**
 * A recorded relation between two archived documents, read in both directions.
 *
 * @param fromId the document that acts (the amending one, or the attached plan)
 * @param toId the document acted on (the amended one, or the decision)
 * @param relation AMENDS, REPLACES, REVOKES or ATTACHED_TO
 */
public record DocumentLink(String fromId, String toId, String relation) {}
