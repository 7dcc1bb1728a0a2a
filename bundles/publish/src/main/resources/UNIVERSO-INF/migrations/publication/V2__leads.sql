-- Leads left by visitors of a published app (the quiz's lead form), readable by the publication's editors.
CREATE TABLE ${schema}.leads (
    id VARCHAR(36) PRIMARY KEY,
    project_id VARCHAR(36) NOT NULL REFERENCES ${schema}.projects (id) ON DELETE CASCADE,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    name VARCHAR(200),
    email VARCHAR(320),
    phone VARCHAR(40),
    points INT
);
CREATE INDEX leads_project ON ${schema}.leads (project_id, at);
