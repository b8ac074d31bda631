// Entities by id, for the nodes of a view.
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e {.id, .name, .kind, .aliases} AS entity
