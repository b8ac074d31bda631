// Stages one batch of claims: one relationship per claim, typed from the validated vocabulary.
UNWIND $rows AS row
MATCH (s:StagedEntity {loadId: $loadId, id: row.subject})
MATCH (o:StagedEntity {loadId: $loadId, id: row.object})
CREATE (s)-[r:$(row.type)]->(o)
SET r = row.props
RETURN count(r) AS written
