package org.universo.platformo.utils.internal;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.universo.platformo.utils.schema.Violation;

/** Turns networknt results and failures into our API types and English messages. */
final class Violations {

    private Violations() {
    }

    /** Sorted by pointer so that callers and tests see a stable order. */
    static List<Violation> of(Collection<ValidationMessage> messages) {
        List<Violation> result = new ArrayList<>(messages.size());
        for (ValidationMessage message : messages) {
            result.add(of(message));
        }
        result.sort(Comparator.comparing(Violation::pointer));
        return List.copyOf(result);
    }

    static Violation of(ValidationMessage message) {
        JsonNodePath location = message.getInstanceLocation();
        String text = message.getMessage();
        // networknt prefixes every message with the location; the pointer already carries it.
        String prefix = location.toString() + ":";
        if (text.startsWith(prefix)) {
            text = text.substring(prefix.length()).trim();
        }
        String keyword = message.getType() == null ? "schema" : message.getType();
        return new Violation(pointer(location), keyword, text);
    }

    static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/');
            if (element instanceof Integer) {
                pointer.append(element);
            } else {
                pointer.append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    /** Whether the failure comes from a reference that could not be loaded. */
    static boolean isReferenceFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SchemaAccessException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Prefers our own message from the cause chain, otherwise the innermost message, with any
     * leading exception class name removed (toString() of a cause leaks it into messages).
     */
    static String describe(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SchemaAccessException) {
                return t.getMessage();
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return "the schema cannot be compiled";
        }
        return message.replaceAll("^(?:[A-Za-z_$][\\w$]*\\.)+[\\w$]*(?:Exception|Error):\\s*", "");
    }
}
