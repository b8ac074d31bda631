// Entity search over names and aliases (full-text index, accent- and case-folding), best first.
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
RETURN node {.id, .name, .kind, .aliases} AS entity, score
ORDER BY score DESC, entity.name
