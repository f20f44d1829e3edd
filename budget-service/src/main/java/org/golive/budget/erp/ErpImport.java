package org.golive.budget.erp;

import java.util.List;
import java.util.Objects;

/**
 * What the reader made of one file. Nothing is imported here: the caller either takes {@code accepted} or nothing.
 * When the file itself is refused (unreadable, a required column missing, too many rows), {@code accepted} is empty
 * and {@code rejected} says why, rather than leaving a partial list that looks like a smaller import.
 *
 * @param rowsRead   data rows read, not counting the header and blank lines
 * @param fileDigest SHA-256 of the file's bytes (lower-case hex), so that the same file is recognised when re-imported
 */
public record ErpImport(List<ErpTransaction> accepted, List<RowProblem> rejected, int rowsRead, String fileDigest) {

    public ErpImport {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(fileDigest, "fileDigest");
    }
}
