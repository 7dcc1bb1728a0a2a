package org.universo.platformo.resources.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.resources.Conversion;
import org.universo.platformo.resources.Unit;
import org.universo.platformo.resources.UnitConverter;
import org.universo.platformo.resources.Part;
import org.universo.platformo.resources.PartGraph;
import org.universo.platformo.resources.ResourceCatalog;
import org.universo.platformo.resources.ResourceVersion;
import org.universo.platformo.resources.internal.store.BomEntity;
import org.universo.platformo.resources.internal.store.ResourceEntity;
import org.universo.platformo.resources.internal.store.VersionEntity;
import org.universo.platformo.resources.internal.store.UnitEntity;

/** Owns the resources schema and unit; offers the unit table to other bundles as {@link UnitConverter}. */
@Component(service = {ResourcesComponent.class, UnitConverter.class, ResourceCatalog.class})
public final class ResourcesComponent implements UnitConverter, ResourceCatalog {
    static final List<Class<?>> ENTITIES = List.of(UnitEntity.class, ResourceEntity.class, VersionEntity.class,
            BomEntity.class);

    final JpaUnit unit;
    final Units units;
    final Catalog catalog;
    final Versions versions;
    final BillOfMaterials bom;

    @Activate
    public ResourcesComponent(@Reference Database db) {
        db.migrate("resources", ResourcesComponent.class);
        this.unit = db.openUnit("resources", ENTITIES);
        this.units = new Units(unit.read(em -> em.createQuery("SELECT u FROM UnitEntity u ORDER BY u.dimension, "
                + "u.factor", UnitEntity.class).getResultList().stream()
                .map(u -> new Unit(u.code, u.name, u.dimension, u.factor)).toList()));
        this.catalog = new Catalog(unit);
        this.versions = new Versions(unit, units);
        this.bom = new BillOfMaterials(unit, units, versions);
    }

    @Deactivate
    void deactivate() {
        unit.close();
    }

    @Override
    public List<Unit> units() {
        return units.all();
    }

    @Override
    public java.util.Optional<Unit> find(String code) {
        return units.find(code);
    }

    @Override
    public Conversion convert(double value, String from, String to) {
        return units.convert(value, from, to);
    }

    @Override
    public java.util.Optional<ResourceVersion> version(String versionId) {
        return unit.read(em -> em.find(VersionEntity.class, versionId) == null ? java.util.Optional.empty()
                : java.util.Optional.of(versions.get(versionId)));
    }

    @Override
    public PartGraph parts(String versionId, java.util.Map<String, String> choices) {
        return unit.read(em -> new PartLoader(em, units).graph(versionId, choices));
    }

    @Override
    public java.util.Map<String, Part> values(java.util.Collection<String> versionIds) {
        return unit.read(em -> new PartLoader(em, units).values(versionIds));
    }
}
