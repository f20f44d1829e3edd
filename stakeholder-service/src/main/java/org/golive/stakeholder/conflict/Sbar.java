package org.golive.stakeholder.conflict;

/** The conflict told the clinical way: situation, background, assessment, recommendation. Any part may be empty. */
public record Sbar(String situation, String background, String assessment, String recommendation) {

    /** This SBAR with each part {@code edit} gives (non-null) in place of this one's. */
    Sbar with(Sbar edit) {
        return new Sbar(edit.situation() != null ? edit.situation() : situation,
                edit.background() != null ? edit.background() : background,
                edit.assessment() != null ? edit.assessment() : assessment,
                edit.recommendation() != null ? edit.recommendation() : recommendation);
    }
}
