// Stages one batch of entities under $loadId; invisible to :Entity queries until the switch.
// Returns [id, elementId] per entity: the claims and mentions stages find them by element id.
UNWIND $rows AS row
CREATE (e:StagedEntity {
  loadId: $loadId, id: row.id, kind: row.kind, name: row.name, aliases: row.aliases,
  description: row.description, searchText: row.searchText
})
RETURN collect([e.id, elementId(e)]) AS staged
