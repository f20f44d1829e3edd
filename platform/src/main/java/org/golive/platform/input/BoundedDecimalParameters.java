package org.golive.platform.input;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Binds every decimal query or path parameter ({@code ?discountRate=0.08}) through {@link BoundedDecimal}.
 * A custom editor, not a converter in the conversion service: when a converter refuses a value, Spring's type
 * conversion falls back to its default {@code BigDecimal} editor, which would accept {@code 1e999999999} after all.
 * A custom editor is asked first and its refusal stands (a 400).
 */
@ControllerAdvice
public class BoundedDecimalParameters {

    @InitBinder
    void boundDecimals(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(BoundedDecimal.parse(text));
            }
        });
    }
}
