package org.universo.mmoomm.content.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.mmoomm.utils.VisualStates;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.combat.spi.IntegrityVisuals;

/** MMOOMM's look of damage in running rooms: the thresholds of {@link VisualStates}, as stored by the follower. */
@Component(service = IntegrityVisuals.class)
public final class MmoommVisuals implements IntegrityVisuals {

    @Activate
    public MmoommVisuals() {
    }

    @Override
    public String state(Integrity integrity) {
        return VisualStates.state(integrity);
    }
}
