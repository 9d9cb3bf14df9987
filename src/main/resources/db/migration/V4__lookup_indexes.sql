-- Look-ups that run once per imported line, per catch-up of the index (every two seconds) and per
-- document page; without these indexes each is a scan of the whole document table, which at a
-- million documents makes a bulk import quadratic.
create index document_external_id on document (external_id);
create index document_created_at on document (created_at);
create index document_parent on document (parent_id);
create index document_number_text on document (number_text);
create index document_source on document (source_sha256);
