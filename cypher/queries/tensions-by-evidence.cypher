// title: Tensions by evidence
// answers: Who stands against an entity? Its counterparts in tension claims, ranked by distinct articles, then claims.
// param: entity = "russia" (entity id)
MATCH (e:Entity {id: $entity})-[r]-(other:Entity)
WHERE r.polarity = 'tension'
RETURN other.id AS id, other.name AS counterpart, other.kind AS kind,
       count(DISTINCT r.articleId) AS articles, count(r) AS claims,
       collect(DISTINCT type(r)) AS relationships
ORDER BY articles DESC, claims DESC, counterpart
