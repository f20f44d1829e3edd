package org.golive.planning.plan;

/** A phase as people read it ("Design and build"); tasks name it by key ("design-build"). */
public record PhaseName(String key, String name) {
}
