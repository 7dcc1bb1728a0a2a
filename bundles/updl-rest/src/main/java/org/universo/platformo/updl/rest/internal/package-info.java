/** REST resources over the UPDL services; nothing here is exported. */
package org.universo.platformo.updl.rest.internal;
