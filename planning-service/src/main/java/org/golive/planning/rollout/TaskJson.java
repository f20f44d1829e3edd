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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
        string(json, task.id());
        json.writeName(DEFINITION);
        definition(json, task.definition());
        json.writeName(STATUS);
        string(json, task.status() == null ? null : task.status().name());
        json.writeName(PERCENT_COMPLETE);
        json.writeNumber(task.percentComplete());
        json.writeName(ACTUAL_START);
        date(json, task.actualStart());
        json.writeName(ACTUAL_FINISH);
        date(json, task.actualFinish());
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
        string(json, definition.wbs());
        json.writeName(PHASE);
        string(json, definition.phase());
        json.writeName(TITLE);
        string(json, definition.title());
        json.writeName(START_OFFSET);
        number(json, definition.startOffsetDays());
        json.writeName(DEADLINE_OFFSET);
        number(json, definition.deadlineOffsetDays());
        json.writeName(DURATION_DAYS);
        json.writeNumber(definition.durationDays());
        json.writeName(DEPENDENCIES);
        dependencies(json, definition.dependencies());
        json.writeName(EFFORT_HOURS);
        number(json, definition.effortHours());
        json.writeName(READINESS);
        string(json, definition.readinessCriterion());
        json.writeName(RACI);
        raci(json, definition.raci());
        json.writeName(CONSTRAINT_TYPE);
        string(json, definition.constraintType() == null ? null : definition.constraintType().name());
        json.writeName(CONSTRAINT_OFFSET);
        number(json, definition.constraintOffsetDays());
        json.writeName(DURATION);
        string(json, definition.duration());
        json.writeName(CALENDAR);
        string(json, definition.calendar());
        json.writeName(EFFORT_DRIVEN);
        json.writeBoolean(definition.effortDriven());
        json.writeName(UNITS);
        number(json, definition.units());
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
            string(json, dependency.taskId());
            json.writeName(TYPE);
            string(json, dependency.type() == null ? null : dependency.type().name());
            json.writeName(LAG_DAYS);
            json.writeNumber(dependency.lagDays());
            json.writeName(LAG);
            string(json, dependency.lag());
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
        strings(json, raci.responsible());
        json.writeName(ACCOUNTABLE);
        string(json, raci.accountable());
        json.writeName(CONSULTED);
        strings(json, raci.consulted());
        json.writeName(INFORMED);
        strings(json, raci.informed());
        json.writeEndObject();
    }

    private static void scheduled(JsonGenerator json, ScheduledDates scheduled) {
        if (scheduled == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeName(START);
        date(json, scheduled.start());
        json.writeName(FINISH);
        date(json, scheduled.finish());
        json.writeName(LATE_START);
        date(json, scheduled.lateStart());
        json.writeName(LATE_FINISH);
        date(json, scheduled.lateFinish());
        json.writeName(TOTAL_FLOAT);
        json.writeNumber(scheduled.totalFloat());
        json.writeName(CRITICAL);
        json.writeBoolean(scheduled.critical());
        json.writeName(FREE_FLOAT);
        number(json, scheduled.freeFloat());
        json.writeName(START_TIME);
        dateTime(json, scheduled.startTime());
        json.writeName(FINISH_TIME);
        dateTime(json, scheduled.finishTime());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, List<String> values) {
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (String value : values) {
            string(json, value);
        }
        json.writeEndArray();
    }

    private static void string(JsonGenerator json, String value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static void number(JsonGenerator json, Integer value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.intValue());
        }
    }

    private static void number(JsonGenerator json, BigDecimal value) {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    /** {@code yyyy-MM-dd} by hand for years 0 to 9999, which is what {@code LocalDate.toString} gives for them. */
    private static void date(JsonGenerator json, LocalDate date) {
        if (date == null) {
            json.writeNull();
        } else if (date.getYear() < 0 || date.getYear() > 9999) {
            json.writeString(date.toString());
        } else {
            char[] text = new char[10];
            isoDate(text, date);
            json.writeString(text, 0, 10);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} by hand, as ISO-8601 writes a whole second; anything else as ISO-8601 writes it. */
    private static void dateTime(JsonGenerator json, LocalDateTime time) {
        if (time == null) {
            json.writeNull();
        } else if (time.getNano() != 0 || time.getYear() < 0 || time.getYear() > 9999) {
            json.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time));
        } else {
            char[] text = new char[19];
            isoDate(text, time.toLocalDate());
            text[10] = 'T';
            twoDigits(text, 11, time.getHour());
            text[13] = ':';
            twoDigits(text, 14, time.getMinute());
            text[16] = ':';
            twoDigits(text, 17, time.getSecond());
            json.writeString(text, 0, 19);
        }
    }

    private static void isoDate(char[] text, LocalDate date) {
        int year = date.getYear();
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        text[2] = (char) ('0' + year / 10 % 10);
        text[3] = (char) ('0' + year % 10);
        text[4] = '-';
        twoDigits(text, 5, date.getMonthValue());
        text[7] = '-';
        twoDigits(text, 8, date.getDayOfMonth());
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }
}
