package org.golive.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names the OpenAPI document gives a service's request and response types. springdoc names a schema by the class's
 * simple name (or its {@code @Schema(name)}), and when two classes share one it keeps one of them silently: the
 * document, and the web UI's types generated from it, then describe the wrong body. This finds such pairs from the
 * controllers' signatures, walking records' components.
 */
public final class ApiSchemaNames {

    private static final String SCHEMA = "io.swagger.v3.oas.annotations.media.Schema";
    private static final String CONTROLLER = "org.springframework.web.bind.annotation.RestController";

    private ApiSchemaNames() {
    }

    /** Schema names that two or more of the service's classes would take, with those classes. */
    public static Map<String, Set<String>> collisions(String service) {
        Set<Class<?>> seen = new HashSet<>();
        for (JavaClass controller : ServiceArchitecture.classesOf(service)) {
            if (controller.isAnnotatedWith(CONTROLLER)) {
                for (Method method : controller.reflect().getDeclaredMethods()) {
                    if (isMapping(method)) {
                        walk(method.getGenericReturnType(), seen);
                        for (Type parameter : method.getGenericParameterTypes()) {
                            walk(parameter, seen);
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> byName = new TreeMap<>();
        for (Class<?> type : seen) {
            byName.computeIfAbsent(schemaName(type), name -> new TreeSet<>()).add(type.getName());
        }
        byName.values().removeIf(classes -> classes.size() < 2);
        return byName;
    }

    private static boolean isMapping(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("org.springframework.web.bind.annotation.") && name.endsWith("Mapping")) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            walk(array.getGenericComponentType(), seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walk(bound, seen);
            }
        } else if (type instanceof TypeVariable<?>) {
            return; // bound by the use site, walked there
        } else if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                walk(Array.newInstance(raw.getComponentType(), 0).getClass().getComponentType(), seen);
            } else if (raw.getName().startsWith("org.golive.") && !raw.isEnum() && seen.add(raw)
                    && raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    walk(component.getGenericType(), seen);
                }
            }
        }
    }

    private static String schemaName(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(SCHEMA)) {
                try {
                    String name = (String) annotation.annotationType().getMethod("name").invoke(annotation);
                    if (!name.isEmpty()) {
                        return name;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return type.getSimpleName();
    }
}
