// Stages one batch of articles under $loadId; invisible to :Article queries until the switch.
// Returns [id, elementId] per article: later stages find the staged nodes by element id.
UNWIND $rows AS row
CREATE (a:StagedArticle {loadId: $loadId})
SET a += row
RETURN collect([a.id, elementId(a)]) AS staged
