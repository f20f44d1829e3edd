package org.golive.stakeholder.communication;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts Golive writes on its own (rule-triggered messages, reminders, escalations), from Mustache templates in
 * {@code communication-templates/<name>.mustache}: the first line is the subject, the rest after a blank line the
 * body. Plain text, so nothing is HTML-escaped; a value missing from the model is an error, not an empty gap.
 */
@Component
public class MessageTemplates {

    /** A rendered message. */
    public record Message(String subject, String body) {
    }

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).strictSections(false);
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    public Message render(String name, Map<String, ?> model) {
        String text = templates.computeIfAbsent(name, this::load).execute(model);
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new IllegalStateException("Template " + name + " has no body after its subject line");
        }
        return new Message(text.substring(0, end).strip(), text.substring(end + 1).strip());
    }

    private Template load(String name) {
        String path = "/communication-templates/" + name + ".mustache";
        try (InputStream in = MessageTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No message template " + path);
            }
            return compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
