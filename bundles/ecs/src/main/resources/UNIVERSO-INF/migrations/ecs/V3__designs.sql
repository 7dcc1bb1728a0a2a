-- A world's designed part: entities a design (a space's nodes) made carry the key the design knows them by, unique in
-- their world; designed_components keeps what the last design said of each of their components, so that a new design
-- changes only what it changed and leaves what play did to the rest (ore mined, damage taken).
ALTER TABLE ${schema}.entities ADD COLUMN design_key VARCHAR(200);
CREATE UNIQUE INDEX entities_design_idx ON ${schema}.entities (world_id, design_key);

CREATE TABLE ${schema}.designed_components (
    entity_id VARCHAR(36) NOT NULL REFERENCES ${schema}.entities (id) ON DELETE CASCADE,
    type VARCHAR(64) NOT NULL,
    data ${json} NOT NULL,
    PRIMARY KEY (entity_id, type)
);
