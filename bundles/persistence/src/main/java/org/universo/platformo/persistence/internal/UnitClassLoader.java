package org.universo.platformo.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Sees the domain bundle's entities first, then EclipseLink's and this bundle's classes: EclipseLink loads
 * both kinds by name through the unit's loader, and in OSGi no single bundle sees them all.
 */
final class UnitClassLoader extends ClassLoader {
    private final ClassLoader[] delegates;

    UnitClassLoader(ClassLoader... delegates) {
        super(null);
        this.delegates = delegates;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader d : delegates) {
            try {
                return d.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader d : delegates) {
            URL u = d.getResource(name);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> all = new ArrayList<>();
        for (ClassLoader d : delegates) {
            all.addAll(Collections.list(d.getResources(name)));
        }
        return Collections.enumeration(all);
    }
}
