/** S3 artifact store; nothing here is exported. */
package org.universo.platformo.artifacts.s3.internal;
