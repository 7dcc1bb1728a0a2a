package org.universo.platformo.updl;

import java.util.List;

/** Type ids of the node types the platform itself provides. */
public final class CoreTypes {

    public static final String SPACE = "Space";
    public static final String ENTITY = "Entity";
    public static final String COMPONENT = "Component";
    public static final String EVENT = "Event";
    public static final String ACTION = "Action";
    public static final String DATA = "Data";
    public static final String UNIVERSO = "Universo";
    public static final String OBJECT = "Object";
    public static final String CAMERA = "Camera";
    public static final String LIGHT = "Light";
    public static final String SPACE_LINK = "SpaceLink";
    public static final String UNIK_LINK = "UnikLink";
    public static final String METAVERSE_LINK = "MetaverseLink";

    /** Link nodes, which pull other spaces into this one (see {@link org.universo.platformo.updl.link.LinkResolver}). */
    public static final List<String> LINKS = List.of(SPACE_LINK, UNIK_LINK, METAVERSE_LINK);

    private CoreTypes() {
    }
}
