package org.probation.architecture;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.probation.console.web.IncidentTemplates;
import org.probation.console.web.ListTemplates;
import org.probation.notification.MailTemplates;
import org.probation.report.web.ReportTemplates;

import io.quarkus.qute.TemplateData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record a checked template reads, directly or through another record's components, has a value resolver
 * generated at build time: {@code @TemplateData} on the record, or {@code @TemplateData(target = …)} on the template
 * class for the model's records. Without it Qute reads members its type check did not see by reflection, which works
 * on the JVM and fails in the native executable (every customer mail did, on {@code mail.affectedDomains}).
 */
class TemplateDataTest {

    private static final List<Class<?>> TEMPLATES = List.of(MailTemplates.class, ReportTemplates.class,
            IncidentTemplates.class, ListTemplates.class);

    @Test
    void everyRecordATemplateReadsHasAGeneratedResolver() {
        Set<Class<?>> named = new HashSet<>();
        for (Class<?> template : TEMPLATES) {
            Arrays.stream(template.getAnnotationsByType(TemplateData.class)).forEach(data -> named.add(data.target()));
        }
        Set<Class<?>> seen = new HashSet<>();
        Set<String> withoutResolver = new TreeSet<>();
        for (Class<?> template : TEMPLATES) {
            for (Method method : template.getDeclaredMethods()) {
                if (Modifier.isNative(method.getModifiers())) {
                    for (Type parameter : method.getGenericParameterTypes()) {
                        visit(parameter, named, seen, withoutResolver);
                    }
                }
            }
        }

        assertThat(seen).as("records the templates read").hasSizeGreaterThan(20);
        assertThat(withoutResolver).isEmpty();
    }

    private static void visit(Type type, Set<Class<?>> named, Set<Class<?>> seen, Set<String> withoutResolver) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                visit(argument, named, seen, withoutResolver);
            }
        } else if (type instanceof Class<?> recordType && recordType.isRecord()
                && recordType.getName().startsWith("org.probation.")
                && seen.add(recordType)) {
            if (!recordType.isAnnotationPresent(TemplateData.class) && !named.contains(recordType)) {
                withoutResolver.add(recordType.getName());
            }
            for (RecordComponent component : recordType.getRecordComponents()) {
                visit(component.getGenericType(), named, seen, withoutResolver);
            }
        }
    }
}
