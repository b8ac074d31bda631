// After an offline import, once the database runs: gives the entities without aliases their empty
// list (a CSV cell cannot hold one), then records the dataset version, as the switch-over does at
// the end of a transactional load.
CALL () {
  UNWIND $withoutAliases AS id
  MATCH (e:Entity {id: id})
  SET e.aliases = []
}
MERGE (d:Dataset {id: 'corpus'})
SET d.version = $version, d.loadId = $loadId, d.loadedAt = datetime(), d += $counts
