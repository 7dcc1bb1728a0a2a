package org.universo.platformo.resources.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.resources.Inputs;
import org.universo.platformo.resources.ResourceVersion;
import org.universo.platformo.resources.internal.store.BomEntity;
import org.universo.platformo.resources.internal.store.VersionEntity;

/** Parts of a draft version: a part is counted in a unit of its own dimension, and never leads back to the parent. */
final class BillOfMaterials {
    private final JpaUnit unit;
    private final Units units;
    private final Versions versions;

    BillOfMaterials(JpaUnit unit, Units units, Versions versions) {
        this.unit = unit;
        this.units = units;
        this.versions = versions;
    }

    ResourceVersion addLine(AuthPrincipal user, String id, Inputs.BomLineCreate in) {
        return unit.tx(em -> {
            VersionEntity parent = Versions.draft(em, user, id);
            VersionEntity child = em.find(VersionEntity.class, in.childVersionId());
            if (child == null) {
                throw Versions.invalid("/childVersionId", "no such version");
            }
            if ("deprecated".equals(child.status)) {
                throw Versions.invalid("/childVersionId", "a deprecated version is not for new use");
            }
            String dimension = units.find(child.unit).orElseThrow().dimension();
            if (!dimension.equals(versions.knownUnit(in.unit(), "/unit"))) {
                throw Versions.invalid("/unit", "the part is counted in " + child.unit + " (" + dimension + "); use a unit of "
                        + dimension);
            }
            List<String> cycle = new BomGraph(em).pathBack(child, parent.resourceId);
            if (!cycle.isEmpty()) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "This part would make the bill of materials "
                        + "contain itself: " + String.join(" → ", cycle), Map.of("cycle", cycle));
            }
            BomEntity line = new BomEntity();
            line.id = UUID.randomUUID().toString();
            line.parentVersionId = parent.id;
            line.childVersionId = child.id;
            line.qty = in.qty();
            line.unit = in.unit();
            line.optional = Boolean.TRUE.equals(in.optional());
            line.altGroup = in.altGroup();
            line.position = Versions.lines(em, id).size();
            em.persist(line);
            em.flush();
            return Versions.view(em, parent, Versions.lines(em, id));
        });
    }

    ResourceVersion removeLine(AuthPrincipal user, String id, String lineId) {
        return unit.tx(em -> {
            VersionEntity parent = Versions.draft(em, user, id);
            BomEntity line = em.find(BomEntity.class, lineId);
            if (line == null || !line.parentVersionId.equals(id)) {
                throw ApiException.notFound("bill of materials line");
            }
            em.remove(line);
            em.flush();
            return Versions.view(em, parent, Versions.lines(em, id));
        });
    }
}
