/** Implementation classes; not exported. */
package org.universo.platformo.utils.internal;
