/**
 * export/: briefing exports. Selection of a subgraph (pure), rendering to every format (the pure writers are
 * in export/formats, browser-safe), PNG through resvg, and the atomic writing of the results.
 */
export { selectSubgraph, neighbourhood, checkHops, MAX_HOPS, type Selection } from "./select.ts";
export { readSubgraphNeo4j, neighbourhoodIdsNeo4j, entityIdsNeo4j } from "./neo4j.ts";
export { idsInRows } from "./ids.ts";
export { FORMATS, parseFormat, renderExport, type ExportFormat, type RenderOptions, type Artifact } from "./render.ts";
export { parseExportRequest, parseParams, defaultTitle, RawExportOptionsSchema, type ExportRequest, type RawExportOptions } from "./request.ts";
export { svgToPng, DEFAULT_PNG_WIDTH } from "./png.ts";
export { writeArtifacts, artifactPaths, pictureNameFor } from "./write.ts";
export { runExport, exportFromGraph, type ExportIO, type ExportResult } from "./run.ts";
export * from "./formats/index.ts";
