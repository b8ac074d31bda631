// Stages one batch of PUBLISHED_BY: each row is [article, outlet], element ids of this load's
// staged nodes.
UNWIND $rows AS row
MATCH (a:StagedArticle) WHERE elementId(a) = row[0] AND a.loadId = $loadId
MATCH (o:StagedOutlet) WHERE elementId(o) = row[1] AND o.loadId = $loadId
CREATE (a)-[r:PUBLISHED_BY]->(o)
RETURN count(r) AS written
