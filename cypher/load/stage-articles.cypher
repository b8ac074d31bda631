// Stages one batch of articles under $loadId; invisible to :Article queries until the switch.
UNWIND $rows AS row
CREATE (a:StagedArticle {loadId: $loadId})
SET a += row
RETURN count(a) AS written
