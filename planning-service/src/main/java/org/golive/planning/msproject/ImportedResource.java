package org.golive.planning.msproject;

import java.math.BigDecimal;

/**
 * A work resource of an MSPDI file, as a program's pool would take it.
 *
 * @param uid the resource's unique id in the file
 * @param email the file's e-mail address, null when blank
 * @param group MS Project's Group field (Golive writes a pool resource's role there), null when blank
 * @param generic MS Project's Generic flag: a role standing for people not yet named
 * @param maxUnits the resource's maximum units, 1 = one full-time person; null when the file states none
 */
public record ImportedResource(String uid, String name, String email, String group, boolean generic,
                               BigDecimal maxUnits) {
}
