-- The name search indexes people by unit and name word together (GIN over a uuid and a text[]): btree_gin
-- gives GIN the uuid equality it needs. A contrib extension, shipped with PostgreSQL and the embedded server.
CREATE EXTENSION IF NOT EXISTS btree_gin;
