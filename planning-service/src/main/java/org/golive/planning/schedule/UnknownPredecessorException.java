package org.golive.planning.schedule;

/** A task links to a predecessor that is not part of the plan. */
public class UnknownPredecessorException extends RuntimeException {

    private final String taskId;
    private final String predecessorId;

    public UnknownPredecessorException(String taskId, String predecessorId) {
        super("Task " + taskId + " depends on " + predecessorId + ", which is not in the plan");
        this.taskId = taskId;
        this.predecessorId = predecessorId;
    }

    public String taskId() {
        return taskId;
    }

    public String predecessorId() {
        return predecessorId;
    }
}
