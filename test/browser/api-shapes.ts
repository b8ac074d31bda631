// The few API shapes the browser tests compare against.
export interface ApiGraph {
  nodes: { id: string; name: string }[];
  edges: { id: string; source: string; target: string; type: string; polarity: string; claimCount: number; claims: { quote: string; articleId: string }[] }[];
  truncated: boolean;
  counts: { nodes: number; edges: number; claims: number; articles: number };
}

export interface ApiArticles {
  articles: { id: string; title: string }[];
}

export interface ApiPaths {
  paths: { ids: string[]; sign: number }[];
}
