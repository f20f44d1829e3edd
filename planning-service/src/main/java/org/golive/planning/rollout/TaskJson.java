package org.golive.planning.rollout;

import org.golive.planning.plan.Dependency;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.ScheduledDates;
import org.golive.planning.plan.TaskDefinition;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * One task's JSON as {@link TaskChunks} stores it, written field by field: the very bytes Jackson's data binding writes
 * for a {@link PlanTask} (fields in declaration order, nulls written, dates as ISO text), so every chunk stored before
 * reads as it did and a chunk written here reads with the same decoder. Data binding found each record's accessors
 * and serializers per task and formatted dates through {@code DateTimeFormatter}: 17 % of the stack's CPU per
 * progress update in a profile. {@code TaskJsonTest} compares the bytes with data binding's for tasks with every
 * field set and unset, so a field added to a task's records fails it until it is written here.
 */
final class TaskJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SerializableString ID = name("id");
    private static final SerializableString DEFINITION = name("definition");
    private static final SerializableString STATUS = name("status");
    private static final SerializableString PERCENT_COMPLETE = name("percentComplete");
    private static final SerializableString ACTUAL_START = name("actualStart");
    private static final SerializableString ACTUAL_FINISH = name("actualFinish");
    private static final SerializableString SCHEDULED = name("scheduled");
    private static final SerializableString REVISION = name("revision");

    private static final SerializableString WBS = name("wbs");
    private static final SerializableString PHASE = name("phase");
    private static final SerializableString TITLE = name("title");
    private static final SerializableString START_OFFSET = name("startOffsetDays");
    private static final SerializableString DEADLINE_OFFSET = name("deadlineOffsetDays");
    private static final SerializableString DURATION_DAYS = name("durationDays");
    private static final SerializableString DEPENDENCIES = name("dependencies");
    private static final SerializableString EFFORT_HOURS = name("effortHours");
    private static final SerializableString READINESS = name("readinessCriterion");
    private static final SerializableString RACI = name("raci");
    private static final SerializableString CONSTRAINT_TYPE = name("constraintType");
    private static final SerializableString CONSTRAINT_OFFSET = name("constraintOffsetDays");
    private static final SerializableString DURATION = name("duration");
    private static final SerializableString CALENDAR = name("calendar");
    private static final SerializableString EFFORT_DRIVEN = name("effortDriven");
    private static final SerializableString UNITS = name("units");

    private static final SerializableString TASK_ID = name("taskId");
    private static final SerializableString TYPE = name("type");
    private static final SerializableString LAG_DAYS = name("lagDays");
    private static final SerializableString LAG = name("lag");

    private static final SerializableString RESPONSIBLE = name("responsible");
    private static final SerializableString ACCOUNTABLE = name("accountable");
    private static final SerializableString CONSULTED = name("consulted");
    private static final SerializableString INFORMED = name("informed");

    private static final SerializableString START = name("start");
    private static final SerializableString FINISH = name("finish");
    private static final SerializableString LATE_START = name("lateStart");
    private static final SerializableString LATE_FINISH = name("lateFinish");
    private static final SerializableString TOTAL_FLOAT = name("totalFloat");
    private static final SerializableString CRITICAL = name("critical");
    private static final SerializableString FREE_FLOAT = name("freeFloat");
    private static final SerializableString START_TIME = name("startTime");
    private static final SerializableString FINISH_TIME = name("finishTime");

    private TaskJson() {
    }

    /** The task's JSON, UTF-8. */
    static byte[] bytes(PlanTask task) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(768);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, task);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, PlanTask task) {
        json.writeStartObject();
        json.writeName(ID);
        JsonValues.string(json, task.id());
        json.writeName(DEFINITION);
        definition(json, task.definition());
        json.writeName(STATUS);
        JsonValues.string(json, task.status() == null ? null : task.status().name());
        json.writeName(PERCENT_COMPLETE);
        json.writeNumber(task.percentComplete());
        json.writeName(ACTUAL_START);
        JsonValues.date(json, task.actualStart());
        json.writeName(ACTUAL_FINISH);
        JsonValues.date(json, task.actualFinish());
        json.writeName(SCHEDULED);
        scheduled(json, task.scheduled());
        json.writeName(REVISION);
        json.writeNumber(task.revision());
        json.writeEndObject();
    }

    private static void definition(JsonGenerator json, TaskDefinition definition) {
        if (definition == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeName(WBS);
        JsonValues.string(json, definition.wbs());
        json.writeName(PHASE);
        JsonValues.string(json, definition.phase());
        json.writeName(TITLE);
        JsonValues.string(json, definition.title());
        json.writeName(START_OFFSET);
        JsonValues.number(json, definition.startOffsetDays());
        json.writeName(DEADLINE_OFFSET);
        JsonValues.number(json, definition.deadlineOffsetDays());
        json.writeName(DURATION_DAYS);
        json.writeNumber(definition.durationDays());
        json.writeName(DEPENDENCIES);
        dependencies(json, definition.dependencies());
        json.writeName(EFFORT_HOURS);
        JsonValues.number(json, definition.effortHours());
        json.writeName(READINESS);
        JsonValues.string(json, definition.readinessCriterion());
        json.writeName(RACI);
        raci(json, definition.raci());
        json.writeName(CONSTRAINT_TYPE);
        JsonValues.string(json, definition.constraintType() == null ? null : definition.constraintType().name());
        json.writeName(CONSTRAINT_OFFSET);
        JsonValues.number(json, definition.constraintOffsetDays());
        json.writeName(DURATION);
        JsonValues.string(json, definition.duration());
        json.writeName(CALENDAR);
        JsonValues.string(json, definition.calendar());
        json.writeName(EFFORT_DRIVEN);
        json.writeBoolean(definition.effortDriven());
        json.writeName(UNITS);
        JsonValues.number(json, definition.units());
        json.writeEndObject();
    }

    private static void dependencies(JsonGenerator json, List<Dependency> dependencies) {
        if (dependencies == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (Dependency dependency : dependencies) {
            json.writeStartObject();
            json.writeName(TASK_ID);
            JsonValues.string(json, dependency.taskId());
            json.writeName(TYPE);
            JsonValues.string(json, dependency.type() == null ? null : dependency.type().name());
            json.writeName(LAG_DAYS);
            json.writeNumber(dependency.lagDays());
            json.writeName(LAG);
            JsonValues.string(json, dependency.lag());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void raci(JsonGenerator json, Raci raci) {
        if (raci == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeName(RESPONSIBLE);
        JsonValues.strings(json, raci.responsible());
        json.writeName(ACCOUNTABLE);
        JsonValues.string(json, raci.accountable());
        json.writeName(CONSULTED);
        JsonValues.strings(json, raci.consulted());
        json.writeName(INFORMED);
        JsonValues.strings(json, raci.informed());
        json.writeEndObject();
    }

    private static void scheduled(JsonGenerator json, ScheduledDates scheduled) {
        if (scheduled == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeName(START);
        JsonValues.date(json, scheduled.start());
        json.writeName(FINISH);
        JsonValues.date(json, scheduled.finish());
        json.writeName(LATE_START);
        JsonValues.date(json, scheduled.lateStart());
        json.writeName(LATE_FINISH);
        JsonValues.date(json, scheduled.lateFinish());
        json.writeName(TOTAL_FLOAT);
        json.writeNumber(scheduled.totalFloat());
        json.writeName(CRITICAL);
        json.writeBoolean(scheduled.critical());
        json.writeName(FREE_FLOAT);
        JsonValues.number(json, scheduled.freeFloat());
        json.writeName(START_TIME);
        JsonValues.dateTime(json, scheduled.startTime());
        json.writeName(FINISH_TIME);
        JsonValues.dateTime(json, scheduled.finishTime());
        json.writeEndObject();
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }
}
