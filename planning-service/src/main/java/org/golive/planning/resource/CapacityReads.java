package org.golive.planning.resource;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The stored capacity views, kept decoded per program and version: a read checks the stored version (a projection
 * by {@code _id}) and decodes the document again only when it moved, so the usual read costs one small lookup. Every
 * instance checks the version, so none serves a view older than what is stored.
 */
@Component
class CapacityReads {

    private static final int MAX_PROGRAMS = 64;

    private final MongoTemplate mongo;
    private final Map<String, LoadSnapshot> decoded = new ConcurrentHashMap<>();

    CapacityReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<LoadSnapshot> of(String programId) {
        Query versionOnly = query(where("_id").is(programId));
        versionOnly.fields().include("version");
        Document header = mongo.findOne(versionOnly, Document.class, "resource_loads");
        if (header == null) {
            return Optional.empty();
        }
        long version = ((Number) header.get("version")).longValue();
        LoadSnapshot known = decoded.get(programId);
        if (known != null && known.version() == version) {
            return Optional.of(known);
        }
        ProgramLoad load = mongo.findById(programId, ProgramLoad.class);
        if (load == null) {
            return Optional.empty();
        }
        LoadSnapshot fresh = decode(load);
        if (decoded.size() >= MAX_PROGRAMS) {
            decoded.clear();
        }
        decoded.put(programId, fresh);
        return Optional.of(fresh);
    }

    private static LoadSnapshot decode(ProgramLoad load) {
        List<LoadSnapshot.Row> rows = load.rows().stream().map(row -> new LoadSnapshot.Row(row.resourceId(),
                row.name(), row.kind(), row.role(), hours(row.capacity()), hours(row.demand()))).toList();
        return new LoadSnapshot(load.version(), load.firstMonday(), load.weeks(), rows, load.overAllocations(),
                load.computedAt());
    }

    private static double[] hours(List<Long> centihours) {
        double[] hours = new double[centihours.size()];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = centihours.get(i) / 100.0;
        }
        return hours;
    }
}
