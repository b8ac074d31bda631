// The API shapes the browser tests compare against: the contract's own (contract/).
import type { ArticlesResponse, GraphResponse, PathsResponse } from '../../contract/index.ts';

export type ApiGraph = GraphResponse;
export type ApiArticles = ArticlesResponse;
export type ApiPaths = PathsResponse;
