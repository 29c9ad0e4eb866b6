/** The view state that the URL holds: selection, filters, focus, path, view. Encoded in the hash, decoded leniently. */
import { z } from "zod";
import { EdgeTypeSchema, NodeTypeSchema, type EdgeType, type NodeType } from "../../../graph/schema.ts";

/** "groups": the working-group hierarchy (layered layout, outline in the panel); "threats": actors × threats. */
export const VIEWS = ["all", "groups", "threats"] as const;

export const CameraSchema = z.object({ x: z.number().finite(), y: z.number().finite(), ratio: z.number().positive().finite() });
export type Camera = z.infer<typeof CameraSchema>;

const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ViewStateSchema = z.object({
  selected: z.string().min(1).optional(),
  hiddenTypes: z.array(NodeTypeSchema),
  hiddenEdgeTypes: z.array(EdgeTypeSchema),
  /** 0 = off; otherwise show only the 1–3 hop neighbourhood of the selection. */
  focus: z.number().int().min(0).max(3),
  /** The node the focus is centred on; kept when the selection is cleared (defaults to the selection). */
  around: z.string().min(1).optional(),
  pathFrom: z.string().min(1).optional(),
  pathTo: z.string().min(1).optional(),
  view: z.enum(VIEWS),
  /** The camera (sigma's framed coordinates), so a link reopens the same picture. */
  camera: CameraSchema.optional(),
  /** Statements unchecked in the statement list: what only they state is hidden. */
  offStatements: z.array(z.string().min(1)),
  /** Compare mode: statement A (before) and B (after); both set to compare. */
  compareA: z.string().min(1).optional(),
  compareB: z.string().min(1).optional(),
  /** Date range (ISO days, either end open): only what the statements dated in it state is shown. */
  since: IsoDaySchema.optional(),
  until: IsoDaySchema.optional(),
});
export type ViewState = z.infer<typeof ViewStateSchema>;

export const DEFAULT_HIDDEN_TYPES: readonly NodeType[] = ["Statement"];
export const DEFAULT_HIDDEN_EDGE_TYPES: readonly EdgeType[] = ["MENTIONED_IN"];

export function defaultState(): ViewState {
  return { hiddenTypes: [...DEFAULT_HIDDEN_TYPES], hiddenEdgeTypes: [...DEFAULT_HIDDEN_EDGE_TYPES], focus: 0, view: "all", offStatements: [] };
}

const listParam = (value: string | null): string[] | undefined =>
  value === null ? undefined : value.split(",").filter((s) => s.length > 0);

/** `#sel=…&hide=…&edges=…&focus=…&from=…&to=…&view=…&off=…&a=…&b=…&since=…&until=…` (URLSearchParams syntax; lists comma-separated, sorted). */
export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set("sel", state.selected);
  params.set("hide", [...state.hiddenTypes].sort().join(","));
  params.set("edges", [...state.hiddenEdgeTypes].sort().join(","));
  if (state.focus > 0) params.set("focus", String(state.focus));
  if (state.pathFrom) params.set("from", state.pathFrom);
  if (state.pathTo) params.set("to", state.pathTo);
  if (state.view !== "all") params.set("view", state.view);
  if (state.around) params.set("around", state.around);
  if (state.camera) params.set("cam", [state.camera.x, state.camera.y, state.camera.ratio].map((n) => Number(n.toPrecision(6))).join(","));
  // One `off` per statement (an id may hold a comma).
  for (const id of [...state.offStatements].sort()) params.append("off", id);
  if (state.compareA) params.set("a", state.compareA);
  if (state.compareB) params.set("b", state.compareB);
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  return params.toString();
}

/** Decodes a hash (with or without `#`); unknown or malformed values fall back to the defaults, never throw. */
export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const base = defaultState();
  const hide = listParam(params.get("hide"));
  const edges = listParam(params.get("edges"));
  const types = hide?.flatMap((t) => {
    const r = NodeTypeSchema.safeParse(t);
    return r.success ? [r.data] : [];
  });
  const edgeTypes = edges?.flatMap((t) => {
    const r = EdgeTypeSchema.safeParse(t);
    return r.success ? [r.data] : [];
  });
  const focus = z.coerce.number().int().min(0).max(3).safeParse(params.get("focus") ?? "0");
  const view = z.enum(VIEWS).safeParse(params.get("view") ?? "all");
  const text = (key: string) => {
    const v = params.get(key);
    return v ? v : undefined;
  };
  const state: ViewState = {
    hiddenTypes: [...new Set(types ?? base.hiddenTypes)].sort(),
    hiddenEdgeTypes: [...new Set(edgeTypes ?? base.hiddenEdgeTypes)].sort(),
    focus: focus.success ? focus.data : 0,
    view: view.success ? view.data : "all",
    offStatements: [...new Set(params.getAll("off").filter((s) => s.length > 0))].sort(),
  };
  const selected = text("sel");
  const pathFrom = text("from");
  const pathTo = text("to");
  if (selected) state.selected = selected;
  if (pathFrom) state.pathFrom = pathFrom;
  if (pathTo) state.pathTo = pathTo;
  const around = text("around");
  if (around) state.around = around;
  const compareA = text("a");
  const compareB = text("b");
  if (compareA) state.compareA = compareA;
  if (compareB) state.compareB = compareB;
  for (const end of ["since", "until"] as const) {
    const day = IsoDaySchema.safeParse(params.get(end));
    if (day.success) state[end] = day.data;
  }
  const [x, y, ratio] = (params.get("cam") ?? "").split(",").map(Number);
  const camera = CameraSchema.safeParse({ x, y, ratio });
  if (camera.success) state.camera = camera.data;
  return state;
}
