// Stages one batch of (article)-[:MENTIONS]->(entity) links.
UNWIND $rows AS row
MATCH (a:StagedArticle {loadId: $loadId, id: row.article})
MATCH (e:StagedEntity {loadId: $loadId, id: row.entity})
CREATE (a)-[m:MENTIONS]->(e)
RETURN count(m) AS written
