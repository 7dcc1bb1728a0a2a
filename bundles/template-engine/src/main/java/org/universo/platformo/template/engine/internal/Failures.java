package org.universo.platformo.template.engine.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed build tells its creator, and what it tells the operator. The creator's message never carries a
 * server path (store folders, the Karaf home, temporary files); the log carries everything, with the template and
 * the bundle it came from.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    /** An absolute path: a root-level folder name followed by more segments. */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?<![\\w.])(/[\\w.@+-]+){2,}/?|[A-Za-z]:\\\\[^\\s'\"]+");

    private Failures() {
    }

    /** A message for the build's creator: the plugin's own words, with server paths taken out. */
    static String message(Throwable e) {
        if (e instanceof FileSystemException || e instanceof IOException && e.getMessage() != null
                && ABSOLUTE_PATH.matcher(e.getMessage()).find()) {
            return "The artifact could not be stored (" + e.getClass().getSimpleName() + "); the server log has details";
        }
        if (e instanceof StackOverflowError) {
            return "The template ran out of stack (StackOverflowError): it recursed too deep";
        }
        if (e instanceof VirtualMachineError) {
            return "The template exhausted the server (" + e.getClass().getSimpleName() + ")";
        }
        String raw = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return ABSOLUTE_PATH.matcher(raw).replaceAll("<path>");
    }

    static void log(String jobId, String templateId, String templateVersion, Object plugin, Throwable e) {
        LOG.warn("Build {} with template {} {} of bundle {} failed", jobId, templateId,
                templateVersion == null ? "" : templateVersion, plugin == null ? "(not installed)" : origin(plugin), e);
    }

    /** {@code symbolic.name/version} of the bundle that loaded {@code service}'s class, or its class name. */
    static String origin(Object service) {
        Bundle b = FrameworkUtil.getBundle(service.getClass());
        return b == null ? service.getClass().getName() : b.getSymbolicName() + "/" + b.getVersion();
    }
}
