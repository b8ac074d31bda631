// The shortest paths between two entities and the next-shortest group, up to four hops, through
// claims only (entity to entity) that pass the polarity filter; $maxHops trims them. Asked for only
// when the shortest are few (paths.ts): the search past the shortest length costs ten times more.
// Parallel claims make parallel paths: they are folded into their entity sequence, and how many
// there were (`parallel`, a measure of evidence) ranks the sequences of one length. At most $limit.
MATCH p = SHORTEST 2 GROUPS (a:Entity {id: $from})
          ((:Entity)-[r]-(:Entity) WHERE $polarities IS NULL OR r.polarity IN $polarities){1,4}
          (b:Entity {id: $to})
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT 5000
WITH [n IN nodes(p) | n.id] AS ids, count(*) AS parallel
RETURN ids
ORDER BY size(ids), parallel DESC, ids
LIMIT $limit
