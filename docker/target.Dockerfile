# The one-shot `table-creator` of the target database (docs/docker.md): creates the
# iris_data table the sink writes into, then exits. Connection settings come from the
# standard libpq variables (PGHOST, PGUSER, PGPASSWORD, PGDATABASE) set by the compose file.
# Build context: this folder (docker/).
FROM postgres:14.0
COPY sql/iris_data.sql /sql/iris_data.sql
CMD ["psql", "-v", "ON_ERROR_STOP=1", "-f", "/sql/iris_data.sql"]
