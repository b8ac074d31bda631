// Stages one batch of entities under $loadId; invisible to :Entity queries until the switch.
UNWIND $rows AS row
CREATE (e:StagedEntity {loadId: $loadId})
SET e += row
RETURN count(e) AS written
