// Stages one batch of outlets under $loadId; invisible to :Outlet queries until the switch.
// Returns [id, elementId] per outlet: the PUBLISHED_BY stage finds the staged nodes by element id.
UNWIND $rows AS row
CREATE (o:StagedOutlet {loadId: $loadId})
SET o += row
RETURN collect([o.id, elementId(o)]) AS staged
