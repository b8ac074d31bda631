// The layout extensions ship without type declarations; it is registered with cytoscape.use().
declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}
declare module 'cytoscape-cola' {
  const extension: cytoscape.Ext;
  export default extension;
}
