-- Units of measure by dimension (factor: how many of the dimension's base unit one of this unit is) and the
-- catalog of resources. Versions and bills of materials follow in later migrations.
CREATE TABLE ${schema}.units (
    code VARCHAR(20) PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    dimension VARCHAR(20) NOT NULL CHECK (dimension IN ('mass', 'volume', 'length', 'count', 'energy', 'currency', 'time')),
    factor DOUBLE PRECISION NOT NULL CHECK (factor > 0)
);
INSERT INTO ${schema}.units (code, name, dimension, factor) VALUES
    ('kg', 'kilogram', 'mass', 1), ('g', 'gram', 'mass', 0.001), ('t', 'tonne', 'mass', 1000),
    ('m3', 'cubic metre', 'volume', 1), ('l', 'litre', 'volume', 0.001), ('ml', 'millilitre', 'volume', 0.000001),
    ('m', 'metre', 'length', 1), ('cm', 'centimetre', 'length', 0.01), ('km', 'kilometre', 'length', 1000),
    ('pcs', 'piece', 'count', 1), ('dozen', 'dozen', 'count', 12),
    ('J', 'joule', 'energy', 1), ('kJ', 'kilojoule', 'energy', 1000), ('MJ', 'megajoule', 'energy', 1000000),
    ('kWh', 'kilowatt-hour', 'energy', 3600000),
    ('inmo', 'Inmo', 'currency', 1),
    ('s', 'second', 'time', 1), ('min', 'minute', 'time', 60), ('h', 'hour', 'time', 3600);

CREATE TABLE ${schema}.resources (
    id VARCHAR(36) PRIMARY KEY,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    category VARCHAR(64) NOT NULL,
    description VARCHAR(4000),
    created_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX resources_code_uq ON ${schema}.resources (code);
CREATE INDEX resources_category_idx ON ${schema}.resources (category);
