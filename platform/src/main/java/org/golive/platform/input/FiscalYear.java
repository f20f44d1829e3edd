package org.golive.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A fiscal year inside the window of {@link InputBounds}: FY1900 to FY2199, never -1 or 2147483647. */
@Documented
@Min(InputBounds.MIN_YEAR)
@Max(InputBounds.MAX_YEAR)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FiscalYear {

    String message() default "must be a fiscal year from " + InputBounds.MIN_YEAR + " to " + InputBounds.MAX_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
