package org.golive.planning.msproject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The task UIDs of a file as {@link MspdiScan} meets them, and the UIDs their predecessor links point to: every task
 * has one numeric UID of its own, and every link points to a task of the file.
 */
final class TaskUidCheck {

    private final Map<Integer, String> taskNames = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private String taskUid;
    private String taskName;
    private String linkPredecessor;
    private boolean linkCrossProject;
    private List<String> taskLinks = new ArrayList<>();

    void startTask() {
        taskUid = null;
        taskName = null;
        taskLinks = new ArrayList<>();
    }

    void taskUid(String value) {
        taskUid = value;
    }

    void taskName(String value) {
        taskName = value;
    }

    void startLink() {
        linkPredecessor = null;
        linkCrossProject = false;
    }

    void linkPredecessor(String value) {
        linkPredecessor = value;
    }

    void linkCrossProject(boolean crossProject) {
        linkCrossProject = crossProject;
    }

    void endLink() {
        // A cross-project link names a task of another file: MPXJ gives it a placeholder task, which the mapper
        // reports and leaves out.
        if (linkPredecessor != null && !linkCrossProject) {
            taskLinks.add(linkPredecessor);
        }
    }

    void endTask() {
        if (taskUid == null || taskUid.isEmpty()) {
            throw new MspdiFormatException("a task " + (taskName == null ? "" : "('" + taskName + "') ")
                    + "has no UID");
        }
        Integer uid = uid(taskUid);
        if (uid == null) {
            throw new MspdiFormatException("a task " + (taskName == null ? "" : "('" + taskName + "') ")
                    + "has the UID '" + taskUid + "', which is not a number");
        }
        if (taskNames.containsKey(uid)) {
            throw new MspdiFormatException("two tasks have UID " + uid);
        }
        taskNames.put(uid, taskName == null ? "" : taskName);
        for (String predecessor : taskLinks) {
            links.add(new Link(uid, predecessor));
        }
    }

    /** Once the whole file is read, since a link may point to a task further down. */
    void checkLinks() {
        for (Link link : links) {
            Integer predecessor = uid(link.predecessorUid());
            if (predecessor == null || !taskNames.containsKey(predecessor)) {
                throw new MspdiFormatException("task UID " + link.successorUid() + " ('"
                        + taskNames.get(link.successorUid()) + "') has a predecessor link to UID "
                        + link.predecessorUid() + ", which is not a task in this file");
            }
        }
    }

    /** A UID as MPXJ reads it (an int), or {@code null} if it is none. */
    private static Integer uid(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Link(Integer successorUid, String predecessorUid) {
    }
}
