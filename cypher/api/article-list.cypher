// Every article with its metadata (its outlet's name and country through PUBLISHED_BY) and how many claims it makes.
MATCH (a:Article)
OPTIONAL MATCH (a)-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE r.articleId = a.id
WITH a, count(DISTINCT r) AS claims
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
RETURN a {.id, .title, .titleIsDescriptive, outlet: o.name, outletId: o.id, outletCountry: o.country, .author, .published,
          .publishedDate, .pageDate, .eventDate, .url, .notes} AS article, claims
ORDER BY article.title
