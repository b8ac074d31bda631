// title: Memberships and offices
// answers: Who belongs to which grouping, and who holds office where?
MATCH (member:Entity)-[r:MEMBER_OF|HOLDS_OFFICE_IN]->(body:Entity)
RETURN body.name AS body, type(r) AS relationship,
       collect(DISTINCT member.name) AS members, count(DISTINCT r.articleId) AS articles
ORDER BY body, relationship
