package org.golive.stakeholder.conflict;

/** The conflict told the clinical way: situation, background, assessment, recommendation. Any part may be empty. */
public record Sbar(String situation, String background, String assessment, String recommendation) {
}
