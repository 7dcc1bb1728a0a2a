package org.universo.platformo.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One publication action: who, when, what (create, update, version, status, activate, rollback, preview, member...). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(Instant at, String userId, String action, String details) {
}
