package org.golive.planning.plan;

import org.golive.platform.problem.RuleViolationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is responsible for a task, the one party accountable for it, who is consulted and who is informed. A party is a
 * user name, a stakeholder id or a role name ("Application Director"): templates name roles, sites name people.
 */
public record Raci(List<String> responsible, String accountable, List<String> consulted, List<String> informed) {

    public enum Role { RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED }

    /** One cell of the RACI matrix, as the API takes it. */
    public record Assignment(String party, Role role) {
    }

    public static final Raci NONE = new Raci(List.of(), null, List.of(), List.of());

    public Raci {
        responsible = List.copyOf(responsible == null ? List.of() : responsible);
        consulted = List.copyOf(consulted == null ? List.of() : consulted);
        informed = List.copyOf(informed == null ? List.of() : informed);
    }

    /** The RACI of a task from its matrix cells: none at all, or exactly one accountable party. */
    public static Raci of(List<Assignment> assignments, String field) {
        Set<String> responsible = new LinkedHashSet<>();
        Set<String> consulted = new LinkedHashSet<>();
        Set<String> informed = new LinkedHashSet<>();
        List<String> accountable = new ArrayList<>();
        for (Assignment assignment : assignments) {
            String party = assignment.party() == null ? "" : assignment.party().strip();
            if (party.isEmpty() || party.length() > 200 || assignment.role() == null) {
                throw new RuleViolationException(field, "Each assignment names a party (1 to 200 characters) and a role:"
                        + " RESPONSIBLE, ACCOUNTABLE, CONSULTED or INFORMED");
            }
            switch (assignment.role()) {
                case RESPONSIBLE -> responsible.add(party);
                case ACCOUNTABLE -> accountable.add(party);
                case CONSULTED -> consulted.add(party);
                case INFORMED -> informed.add(party);
            }
        }
        if (accountable.size() != 1 && !assignments.isEmpty()) {
            throw new RuleViolationException(field, "A task has exactly one accountable party, not " + accountable.size()
                    + ": " + String.join(", ", accountable));
        }
        return new Raci(List.copyOf(responsible), accountable.isEmpty() ? null : accountable.get(0),
                List.copyOf(consulted), List.copyOf(informed));
    }

    public List<Assignment> assignments() {
        List<Assignment> cells = new ArrayList<>();
        responsible.forEach(party -> cells.add(new Assignment(party, Role.RESPONSIBLE)));
        if (accountable != null) {
            cells.add(new Assignment(accountable, Role.ACCOUNTABLE));
        }
        consulted.forEach(party -> cells.add(new Assignment(party, Role.CONSULTED)));
        informed.forEach(party -> cells.add(new Assignment(party, Role.INFORMED)));
        return cells;
    }

    /** Whether {@code party} does or answers for the task: a contributor may record progress on it. */
    public boolean involves(String party) {
        return responsible.contains(party) || party.equals(accountable);
    }
}
