// Every article with its metadata and how many claims it makes.
MATCH (a:Article)
OPTIONAL MATCH (a)-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE r.articleId = a.id
WITH a, count(DISTINCT r) AS claims
RETURN a {.id, .title, .titleIsDescriptive, .outlet, .author, .published, .pageDate, .eventDate, .url, .notes} AS article, claims
ORDER BY article.title
