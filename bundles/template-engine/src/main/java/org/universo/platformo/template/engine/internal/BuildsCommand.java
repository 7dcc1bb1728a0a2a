package org.universo.platformo.template.engine.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.template.TemplateInfo;
import org.universo.platformo.template.TemplateRegistry;
import org.universo.platformo.template.engine.internal.store.JobEntity;

/**
 * Karaf shell commands for operators: {@code universo:templates} (what is installed) and
 * {@code universo:builds [status] [limit]} (the newest jobs of every space, e.g. {@code universo:builds failed}).
 */
@Component(service = BuildsCommand.class, property = {
    "osgi.command.scope=universo",
    "osgi.command.function=templates",
    "osgi.command.function=builds"
})
public final class BuildsCommand {
    private final TemplateRegistry registry;
    private final BuildEngine engine;

    @Activate
    public BuildsCommand(@Reference TemplateRegistry registry, @Reference BuildEngine engine) {
        this.registry = registry;
        this.engine = engine;
    }

    public String templates() {
        StringBuilder sb = new StringBuilder(String.format("%-24s  %-10s  %-10s  %s%n", "ID", "VERSION", "TARGET", "ENGINES"));
        for (TemplateInfo t : registry.list()) {
            sb.append(String.format("%-24s  %-10s  %-10s  %s%n", t.manifest().id(), t.manifest().version(),
                    t.manifest().target().name().toLowerCase(java.util.Locale.ROOT), t.manifest().engines()));
        }
        for (var r : registry.refused()) {
            sb.append(String.format("%-24s  %-10s  %-10s  %s%n", r.templateId() == null ? "?" : r.templateId(),
                    "REFUSED", "", r.bundle() + ": " + r.reason()));
        }
        return sb.toString();
    }

    public String builds() {
        return builds("", 20);
    }

    public String builds(String status) {
        return builds(status, 20);
    }

    public String builds(String status, int limit) {
        String where = status.isBlank() ? "" : " WHERE j.status = :s";
        List<JobEntity> jobs = engine.jobs().unit().read(em -> {
            var q = em.createQuery("SELECT j FROM JobEntity j" + where + " ORDER BY j.createdAt DESC, j.id", JobEntity.class)
                    .setMaxResults(Math.max(1, Math.min(limit, 500)));
            return (status.isBlank() ? q : q.setParameter("s", status)).getResultList();
        });
        StringBuilder sb = new StringBuilder(String.format("%-36s  %-9s  %-36s  %-28s  %s%n", "ID", "STATUS", "SPACE@VERSION",
                "TEMPLATE", "CREATED / ERROR"));
        for (JobEntity j : jobs) {
            sb.append(String.format("%-36s  %-9s  %-36s  %-28s  %s%n", j.id, j.status, j.spaceId + "@" + j.spaceVersion,
                    j.templateId + " " + j.templateVersion, j.error == null ? j.createdAt : j.error));
        }
        return sb.toString();
    }
}
