// Every entity's name and aliases: the nearest names to a search that matched nothing.
MATCH (e:Entity)
RETURN e {.id, .name, .kind, .aliases} AS entity
