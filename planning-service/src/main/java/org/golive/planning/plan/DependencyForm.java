package org.golive.planning.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A dependency as the API takes it: the predecessor's id, the link type, and a lag (default 0; negative: lead) in
 * working days, or as {@code lag} in MS Project's notation for hours, minutes or elapsed time ({@code 2h}, {@code 22eh},
 * {@code -30m}); {@code lag} wins when both are given.
 */
public record DependencyForm(@NotBlank String taskId, @NotNull Dependency.DependencyType type,
                            @Min(-1000) @Max(1000) Integer lagDays, @Size(max = 16) String lag) {

    public DependencyForm(String taskId, Dependency.DependencyType type, Integer lagDays) {
        this(taskId, type, lagDays, null);
    }

    public Dependency toDependency() {
        return new Dependency(taskId.strip(), type, lagDays == null ? 0 : lagDays, lag == null ? null : lag.strip());
    }

    public static List<Dependency> toDependencies(List<DependencyForm> forms) {
        return forms == null ? List.of() : forms.stream().map(DependencyForm::toDependency).toList();
    }

    public static List<DependencyForm> of(List<Dependency> dependencies) {
        return dependencies.stream().map(d -> new DependencyForm(d.taskId(), d.type(), d.lagDays(), d.lag())).toList();
    }
}
