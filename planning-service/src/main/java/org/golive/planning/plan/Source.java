package org.golive.planning.plan;

/** Where the plan came from: a template version, or a file. */
public record Source(String templateId, String templateName, Integer templateVersion, String fileName) {
}
