package org.universo.platformo.persistence.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.persistence.jpa.Archive;
import org.eclipse.persistence.jpa.ArchiveFactory;

/** Units list their classes explicitly, so EclipseLink is given nothing to scan. */
public final class EmptyArchiveFactory implements ArchiveFactory {

    @Override
    public Archive createArchive(URL url, Map properties) {
        return new Empty(url);
    }

    @Override
    public Archive createArchive(URL url, String descriptor, Map properties) {
        return new Empty(url);
    }

    private record Empty(URL root) implements Archive {
        @Override
        public Iterator<String> getEntries() {
            return Collections.emptyIterator();
        }

        @Override
        public InputStream getEntry(String name) {
            return null;
        }

        @Override
        public URL getEntryAsURL(String name) {
            return null;
        }

        @Override
        public URL getRootURL() {
            return root;
        }

        @Override
        public InputStream getDescriptorStream() {
            return null;
        }

        @Override
        public void close() {
            // nothing open
        }
    }
}
