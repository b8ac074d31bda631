// title: Partners by evidence
// answers: Who stands with an entity? Its counterparts in alliance claims, ranked by distinct articles, then claims.
// param: entity = "russia" (entity id)
MATCH (e:Entity {id: $entity})-[r]-(other:Entity)
WHERE r.polarity = 'alliance'
RETURN other.id AS id, other.name AS partner, other.kind AS kind,
       count(DISTINCT r.articleId) AS articles, count(r) AS claims,
       collect(DISTINCT type(r)) AS relationships
ORDER BY articles DESC, claims DESC, partner
