package org.universo.platformo.template.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.template.EnvironmentProfile;

/** The configured environment profiles; one without endpoints cannot be built for. */
final class Profiles {
    private final Map<String, EnvironmentProfile> profiles = new LinkedHashMap<>();

    Profiles(EngineConfig c) {
        add("dev", c.profile_dev_api_url(), c.profile_dev_ws_url());
        add("stage", c.profile_stage_api_url(), c.profile_stage_ws_url());
        add("prod", c.profile_prod_api_url(), c.profile_prod_ws_url());
    }

    private void add(String name, String api, String ws) {
        if (!api.isBlank() && !ws.isBlank()) {
            profiles.put(name, new EnvironmentProfile(name, api.trim(), ws.trim()));
        }
    }

    EnvironmentProfile get(String name) {
        EnvironmentProfile p = profiles.get(name == null ? "dev" : name);
        if (p == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The " + name + " profile has no endpoints configured",
                    Map.of("errors", java.util.List.of(Map.of("pointer", "/profile", "message",
                            "configured profiles: " + profiles.keySet()))));
        }
        return p;
    }
}
