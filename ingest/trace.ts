/** What extraction read but did not put in the graph, returned beside the graph for `briefgraph review`. */
import type { EntityType, RelationType } from "../graph/schema.ts";

/** Characters [start, end) of a sentence that a name, place, title, threat or reference was read from. */
export interface ReadSpan {
  /** 0-based sentence index. */
  sentence: number;
  start: number;
  end: number;
}

/** A relation the rules stated whose endpoint types the domain model does not allow: nothing was added. */
export interface RefusedRelation {
  source: { name: string; type: EntityType };
  type: RelationType;
  target: { name: string; type: EntityType };
  /** 0-based sentence index. */
  sentence: number;
  cue: string;
}

export interface ExtractionTrace {
  /** Worked out on demand. */
  read: () => ReadSpan[];
  refused: RefusedRelation[];
}
