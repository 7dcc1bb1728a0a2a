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

    /**
     * At most this many violations are reported; a document with more (tens of thousands of unknown keys, say) would
     * otherwise turn a small request into a response of megabytes.
     */
    static final int LIMIT = 50;

    /** The keyword of the last entry when violations were left out; its message says how many. */
    static final String TRUNCATED = "truncated";

    /**
     * Sorted by pointer so that callers and tests see a stable order; beyond {@link #LIMIT} the first ones by pointer
     * and one entry counting the rest.
     */
    static List<Violation> of(Collection<ValidationMessage> messages) {
        // Only the pointers are built for every message; the messages' texts only for those reported.
        record Located(String pointer, ValidationMessage message) {
        }
        List<Located> all = new ArrayList<>(messages.size());
        for (ValidationMessage m : messages) {
            all.add(new Located(pointer(m.getInstanceLocation()), m));
        }
        all.sort(Comparator.comparing(Located::pointer));
        int kept = Math.min(all.size(), LIMIT);
        List<Violation> result = new ArrayList<>(kept + 1);
        for (Located l : all.subList(0, kept)) {
            result.add(of(l.message()));
        }
        int more = all.size() - kept;
        if (more > 0) {
            result.add(new Violation("", TRUNCATED, more + " more violation" + (more == 1 ? "" : "s")
                    + " not listed (at most " + LIMIT + " are reported)"));
        }
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
