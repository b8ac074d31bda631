// The version (content hash) of the corpus now in the graph, if any.
OPTIONAL MATCH (d:Dataset {id: 'corpus'})
RETURN d.version AS version
