// Stages one batch of (article)-[:MENTIONS]->(entity) links. A row is [article, [entity, ...]],
// element ids of this load's staged nodes, so each article is looked up once per batch.
UNWIND $rows AS row
MATCH (a:StagedArticle) WHERE elementId(a) = row[0] AND a.loadId = $loadId
UNWIND row[1] AS entityId
MATCH (e:StagedEntity) WHERE elementId(e) = entityId AND e.loadId = $loadId
CREATE (a)-[m:MENTIONS]->(e)
RETURN count(m) AS written
