package org.golive.planning.plan;

public record BlueprintTask(String id, TaskDefinition definition) {
}
