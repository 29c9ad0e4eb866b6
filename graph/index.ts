/** graph/: the one graph model (zod schemas, typed graphology graph), merging, ids and the embedded store. */
export * from "./schema.ts";
export { BriefgraphError, ERROR_CODES, isBriefgraphError, type ErrorCode } from "./errors.ts";
export { slugify, entityId, statementId, edgeKey } from "./ids.ts";
export {
  createGraph,
  isEntity,
  addRelation,
  unionEvidence,
  unionStrings,
  serializeGraph,
  deserializeGraph,
  validateGraph,
  type BriefGraph,
} from "./model.ts";
export { mergeInto, mergeGraphs } from "./merge.ts";
export { DEFAULT_STORE, resolveStorePath, readStore, writeStore, updateStore, writeFileAtomic, graphToJson } from "./store.ts";
export { withStoreLock, STORE_LOCK_RETRIES } from "./store-lock.ts";
export { readStoreNeighbourhood, type NeighbourhoodRead, type StorePart } from "./store-part.ts";
export { graphStats, GraphStatsSchema, type GraphStats } from "./stats.ts";
export { findNodes, closestNames, resolveNode } from "./lookup.ts";
export { normalizeName, normalizeNameInText, normalizeGoldName, formKey, lowerKey, entityFormKey } from "./names.ts";
export { syntheticGraph, type SyntheticGraphOptions } from "./synthetic.ts";
