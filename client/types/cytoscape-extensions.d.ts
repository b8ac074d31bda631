// The layout extension ships without type declarations; it is registered with cytoscape.use().
declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}
