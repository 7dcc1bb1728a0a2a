package org.universo.platformo.template.engine.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.universo.platformo.template.spi.AssetContributor;
import org.universo.platformo.template.spi.SceneContributor;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * The scene, asset and script contributors currently registered, by the template they target
 * ({@link TemplatePlugin#TARGET_PROPERTY}); a build takes a snapshot when it starts.
 */
@Component(service = Contributors.class)
public final class Contributors {
    private record Registered<T>(T service, String template, int ranking, long id) {
    }

    private final Map<Long, Registered<SceneContributor>> scenes = new ConcurrentHashMap<>();
    private final Map<Long, Registered<AssetContributor>> assets = new ConcurrentHashMap<>();
    private final Map<Long, Registered<ScriptContributor>> scripts = new ConcurrentHashMap<>();

    @Activate
    public Contributors() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addScene(SceneContributor c, Map<String, Object> p) {
        scenes.put(id(p), registered(c, p));
    }

    void removeScene(SceneContributor c, Map<String, Object> p) {
        scenes.remove(id(p));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAsset(AssetContributor c, Map<String, Object> p) {
        assets.put(id(p), registered(c, p));
    }

    void removeAsset(AssetContributor c, Map<String, Object> p) {
        assets.remove(id(p));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addScript(ScriptContributor c, Map<String, Object> p) {
        scripts.put(id(p), registered(c, p));
    }

    void removeScript(ScriptContributor c, Map<String, Object> p) {
        scripts.remove(id(p));
    }

    List<SceneContributor> scenes(String template) {
        return select(scenes, template);
    }

    List<AssetContributor> assets(String template) {
        return select(assets, template);
    }

    List<ScriptContributor> scripts(String template) {
        return select(scripts, template);
    }

    /**
     * What the contributors targeting {@code template} are, for the build's input hash: each one's class and its
     * bundle's name and version, so an overlay installed, upgraded or removed makes the next build a new one rather
     * than the reuse of an artifact made with other contributions.
     */
    String fingerprint(String template) {
        return Stream.of(select(scenes, template), select(assets, template), select(scripts, template))
                .flatMap(List::stream).map(Contributors::identity).collect(Collectors.joining(";"));
    }

    private static String identity(Object service) {
        Bundle b = FrameworkUtil.getBundle(service.getClass());
        return service.getClass().getName() + (b == null ? "" : "@" + b.getSymbolicName() + "/" + b.getVersion());
    }

    /** Those targeting the template or every template; highest ranking first, then oldest, so the order is stable. */
    private static <T> List<T> select(Map<Long, Registered<T>> all, String template) {
        return all.values().stream().filter(r -> template.equals(r.template())
                        || TemplatePlugin.EVERY_TEMPLATE.equals(r.template()))
                .sorted(Comparator.comparingInt((Registered<T> r) -> -r.ranking()).thenComparingLong(Registered::id))
                .map(Registered::service).toList();
    }

    private static <T> Registered<T> registered(T service, Map<String, Object> p) {
        Object ranking = p.get(Constants.SERVICE_RANKING);
        return new Registered<>(service, String.valueOf(p.get(TemplatePlugin.TARGET_PROPERTY)),
                ranking instanceof Integer i ? i : 0, id(p));
    }

    private static long id(Map<String, Object> p) {
        return (Long) p.get(Constants.SERVICE_ID);
    }
}
