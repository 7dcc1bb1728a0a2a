-- Notes: a table with a JSON document and a quoted semicolon ';' in a default, to exercise the splitter.
CREATE TABLE ${schema}.notes (
    id VARCHAR(36) PRIMARY KEY,
    title VARCHAR(200) NOT NULL DEFAULT 'untitled;',
    doc ${json},
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notes_title_idx ON ${schema}.notes (title);
