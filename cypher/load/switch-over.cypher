// One transaction: the previous graph is retired and the staged one becomes the graph, so readers
// see either the old corpus or the new one, never a mix. Records the dataset version.
CALL () {
  MATCH (old:Entity)
  REMOVE old:Entity:Country:Person:Organization:Group:Initiative
  SET old:Retired
}
CALL () {
  MATCH (old:Article)
  REMOVE old:Article
  SET old:Retired
}
CALL () {
  MATCH (old:Outlet)
  REMOVE old:Outlet
  SET old:Retired
}
CALL () {
  MATCH (o:StagedOutlet {loadId: $loadId})
  REMOVE o:StagedOutlet, o.loadId
  SET o:Outlet
}
CALL () {
  MATCH (e:StagedEntity {loadId: $loadId})
  REMOVE e:StagedEntity, e.loadId
  SET e:Entity:$(e.kind)
}
CALL () {
  MATCH (a:StagedArticle {loadId: $loadId})
  REMOVE a:StagedArticle, a.loadId
  SET a:Article
}
MERGE (d:Dataset {id: 'corpus'})
SET d.version = $version, d.loadId = $loadId, d.loadedAt = datetime(), d += $counts
