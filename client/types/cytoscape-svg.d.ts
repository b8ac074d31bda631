// cytoscape-svg ships without type declarations: the extension, and the method it adds to the core.
declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
}

declare namespace cytoscape {
  interface Core {
    /** cytoscape-svg: the graph as an SVG document (string). */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
