// The articles published by the outlets of $outlets (ids) and of $countries (outlet countries);
// a null list is "any". Both given: outlets in both.
MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WHERE ($outlets IS NULL OR o.id IN $outlets)
  AND ($countries IS NULL OR o.country IN $countries)
RETURN collect(DISTINCT a.id) AS ids
