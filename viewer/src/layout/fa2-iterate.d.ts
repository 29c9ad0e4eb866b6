/** Types for the one untyped module the layout worker uses: a single ForceAtlas2 iteration over flat matrices. */
declare module "graphology-layout-forceatlas2/iterate.js" {
  function iterate(settings: Readonly<Record<string, number | boolean>>, nodes: Float32Array, edges: Float32Array): void;
  export = iterate;
}
