// The shortest paths between two entities and the next-shortest group, up to four hops, through
// claims only (entity to entity) that pass the polarity filter; $maxHops trims them. Parallel
// claims make parallel paths: only the distinct entity sequences are returned.
MATCH p = SHORTEST 2 GROUPS (a:Entity {id: $from})
          ((:Entity)-[r]-(:Entity) WHERE $polarities IS NULL OR r.polarity IN $polarities){1,4}
          (b:Entity {id: $to})
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT 5000
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids
