-- The cleaned text of an imported document, stored as a file so that the index can be rebuilt
-- without extracting every original again. Documents issued here are indexed from their source.
alter table document add column text_sha256 char(64) references stored_file (sha256);
