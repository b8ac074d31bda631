// The GEXF writer on its own: the package's browser entry also loads its parser, which needs a
// DOMParser at import time (absent in Node, where the unit tests run).
declare module 'graphology-gexf/browser/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writer: typeof write;
  export default writer;
}
