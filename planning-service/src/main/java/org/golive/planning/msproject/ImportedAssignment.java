package org.golive.planning.msproject;

import java.math.BigDecimal;

/**
 * A resource's work on a task of an MSPDI file.
 *
 * @param units the assignment's units, 1 = one full-time resource (the file's 100 %); null for none
 * @param workHours the assignment's work in hours, null when the file states none
 * @param effort written by Golive for an assignment of effort hours (its notes say so): the work is what was assigned
 */
public record ImportedAssignment(String taskUid, String resourceUid, BigDecimal units, BigDecimal workHours,
                                 boolean effort) {
}
