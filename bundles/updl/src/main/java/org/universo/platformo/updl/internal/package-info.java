/** Implementations of the UPDL services; not exported. */
package org.universo.platformo.updl.internal;
