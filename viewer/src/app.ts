/** The viewer app: loads and validates the graph, draws it, and keeps the view in step with the URL state. */
import { isEntity, type BriefGraph } from "../../graph/model.ts";
import type { EdgeType, NodeType } from "../../graph/schema.ts";
import { buildSearchIndex, type SearchIndex } from "./model/search.ts";
import { decodeState, encodeState, type ViewState } from "./model/state.ts";
import { computeVisible, visibleSubgraph } from "./model/visible.ts";
import { nodeDetails } from "./model/details.ts";
import { seededPositions } from "./model/positions.ts";
import { addMentions, displayGraph } from "./model/display.ts";
import type { Config } from "./model/api.ts";
import { startLayout, type LayoutHandle, type LayoutStatus } from "./layout/supervisor.ts";
import { byId, h } from "./ui/dom.ts";
import { renderPanel } from "./ui/panel.ts";
import { renderEdgeFilter, renderLegend } from "./ui/legend.ts";
import { attachSearch } from "./ui/search-box.ts";
import { attachCypher } from "./ui/cypher.ts";
import { EXPORT_KINDS, exportView } from "./ui/exports.ts";
import { BIG_GRAPH, createRenderer, type Scene } from "./ui/renderer.ts";

/** What tests and benchmarks read from the page (window.__briefgraph). */
export interface ViewerProbe {
  firstFrameAt: number;
  state(): ViewState;
  visibleNodes(): string[];
  layout(): LayoutStatus;
  /** Viewport position of a node, for clicking it. */
  nodePosition(key: string): { x: number; y: number } | undefined;
  /** Time of the last handled input event (performance.now()). */
  lastInputAt: number;
  /** Frames sigma has drawn so far. */
  renders: number;
  /** For each input or click event: milliseconds from the event to the frame after its handlers ran. */
  inputLatencies: { kind: string; ms: number }[];
}

declare global {
  interface Window {
    __briefgraph?: ViewerProbe;
  }
}

export const LAYOUT_ITERATIONS = 500;

function countBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(item === undefined ? "" : key(item)) ?? 0) + 1);
  return counts;
}

export function startApp(graph: BriefGraph, config: Config): void {
  const container = byId("sigma", HTMLElement);
  const panel = byId("panel", HTMLElement);
  const tooltip = byId("tooltip", HTMLElement);
  const status = byId("status", HTMLElement);
  const search = byId("search", HTMLInputElement);
  const layoutButton = byId("layout-toggle", HTMLButtonElement);
  const layoutStatus = byId("layout-status", HTMLElement);
  const focusSelect = byId("focus", HTMLSelectElement);
  const viewSelect = byId("view", HTMLSelectElement);
  const pathInfo = byId("path-info", HTMLElement);

  let state = decodeState(location.hash);
  if (state.selected !== undefined && !graph.hasNode(state.selected)) delete state.selected;
  const keys = graph.nodes();
  const display = displayGraph(graph, seededPositions(keys), !state.hiddenEdgeTypes.includes("MENTIONED_IN"));
  performance.mark("briefgraph:display");
  const scene: Scene = { visible: computeVisible(graph, state), cypherHits: new Set() };
  if (state.selected !== undefined) scene.selected = state.selected;
  performance.mark("briefgraph:visible");
  const renderer = createRenderer(container, display, graph, scene);
  performance.mark("briefgraph:sigma");
  const probe: ViewerProbe = {
    firstFrameAt: Number.NaN,
    state: () => state,
    visibleNodes: () => [...scene.visible.nodes],
    layout: () => layout.status(),
    nodePosition: (key) => (display.hasNode(key) ? renderer.graphToViewport(display.getNodeAttributes(key)) : undefined),
    lastInputAt: 0,
    renders: 0,
    inputLatencies: [],
  };
  for (const kind of ["input", "click"]) {
    document.addEventListener(
      kind,
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => probe.inputLatencies.push({ kind, ms: performance.now() - start }));
      },
      true,
    );
  }
  renderer.on("afterRender", () => {
    probe.renders++;
  });
  requestAnimationFrame(() => {
    probe.firstFrameAt = performance.now();
  });
  window.__briefgraph = probe;

  const statementTitles = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.type === "Statement") statementTitles.set(key, a.title);
  });
  const nodeCounts = countBy(graph.nodes(), (k) => graph.getNodeAttribute(k, "type"));
  const edgeCounts = countBy(graph.edges(), (k) => graph.getEdgeAttribute(k, "type"));
  const degrees = new Map(display.mapNodes((key, a) => [key, a.degree] as const));

  /** `draw: false` only for the first call: sigma has just drawn this very state. */
  const apply = (next: ViewState, opts: { url?: boolean; draw?: boolean } = {}) => {
    state = next;
    if (!state.hiddenEdgeTypes.includes("MENTIONED_IN")) addMentions(graph, display);
    if (opts.draw !== false) scene.visible = computeVisible(graph, state);
    if (state.selected === undefined) delete scene.selected;
    else scene.selected = state.selected;
    if (opts.url !== false) {
      const hash = `#${encodeState(state)}`;
      if (location.hash !== hash) history.replaceState(null, "", hash);
    }
    focusSelect.value = String(state.focus);
    viewSelect.value = state.view;
    renderLegend(byId("legend", HTMLElement), nodeCounts, new Set(state.hiddenTypes), toggleType);
    renderEdgeFilter(byId("edge-filter", HTMLElement), edgeCounts, new Set(state.hiddenEdgeTypes), toggleEdgeType);
    renderPanel(panel, state.selected === undefined ? undefined : nodeDetails(graph, state.selected), statementTitles, panelActions);
    renderPath();
    if (opts.draw !== false) renderer.refresh({ skipIndexation: true });
  };
  /** Frames the visible nodes (used when focus or view changes what is shown). */
  const fitToVisible = () => {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const key of scene.visible.nodes) {
      const d = renderer.getNodeDisplayData(key);
      if (!d) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (minX > maxX) return;
    const ratio = Math.min(1, Math.max(0.2, 1.4 * Math.max(maxX - minX, maxY - minY)));
    void renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 }, { duration: 300 });
  };
  const update = (patch: Partial<ViewState>) => {
    const reframe = (patch.focus !== undefined && patch.focus !== state.focus) || (patch.view !== undefined && patch.view !== state.view);
    apply({ ...state, ...patch });
    if (reframe) fitToVisible();
  };
  const toggleType = (type: NodeType) => {
    const hidden = new Set(state.hiddenTypes);
    if (!hidden.delete(type)) hidden.add(type);
    update({ hiddenTypes: [...hidden].sort() });
  };
  const toggleEdgeType = (type: EdgeType) => {
    const hidden = new Set(state.hiddenEdgeTypes);
    if (!hidden.delete(type)) hidden.add(type);
    update({ hiddenEdgeTypes: [...hidden].sort() });
  };
  const select = (key: string | undefined, moveCamera = false) => {
    const next: ViewState = { ...state };
    if (key === undefined) delete next.selected;
    else next.selected = key;
    apply(next);
    if (key !== undefined && moveCamera) {
      const d = renderer.getNodeDisplayData(key);
      if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
    }
  };
  const clear = () => {
    if (state.focus > 0) void renderer.getCamera().animatedReset({ duration: 300 });
    const next: ViewState = { ...state, focus: 0 };
    delete next.selected;
    delete next.pathFrom;
    delete next.pathTo;
    scene.cypherHits = new Set();
    apply(next);
  };
  const panelActions = {
    select: (key: string) => select(key, true),
    focus: () => update({ focus: state.focus === 0 ? 1 : state.focus }),
    pathFrom: (key: string) => update({ pathFrom: key }),
    pathTo: (key: string) => update({ pathTo: key }),
    clear,
  };
  const renderPath = () => {
    const name = (k: string | undefined) => (k !== undefined && graph.hasNode(k) ? graph.getNodeAttribute(k, "name") : "—");
    if (state.pathFrom === undefined && state.pathTo === undefined) {
      pathInfo.replaceChildren("Select a node, then “Path from”; select another, then “Path to”.");
      return;
    }
    const path = scene.visible.path;
    pathInfo.replaceChildren(
      h("span", {}, `From ${name(state.pathFrom)} to ${name(state.pathTo)}: `),
      path.length > 0
        ? h("ol", { attrs: { id: "path-list" } }, ...path.map((k) => h("li", {}, name(k))))
        : h("strong", {}, state.pathFrom !== undefined && state.pathTo !== undefined ? "no path among the visible relations" : "choose the other end"),
    );
  };

  // Search, keyboard, controls.
  let searchIndex: SearchIndex | undefined;
  const getSearchIndex = (): SearchIndex =>
    (searchIndex ??= buildSearchIndex(
      graph.mapNodes((key, a) => ({ key, name: a.name, aliases: isEntity(a) ? a.aliases : [], type: a.type, degree: degrees.get(key) ?? 0 })),
    ));
  // Built right after the first frame, so that neither the first frame nor the first key waits for it.
  requestAnimationFrame(() => setTimeout(getSearchIndex, 0));
  const box = attachSearch(search, byId("suggestions", HTMLUListElement), getSearchIndex, (key) => select(key, true));
  search.addEventListener("input", () => {
    probe.lastInputAt = performance.now();
  });
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === "Escape") {
      box.close();
      if (typing && event.target instanceof HTMLInputElement && event.target.value) event.target.value = "";
      else {
        if (event.target instanceof HTMLElement) event.target.blur();
        clear();
      }
    }
  });
  focusSelect.addEventListener("change", () => update({ focus: Number(focusSelect.value) }));
  viewSelect.addEventListener("change", () => update({ view: viewSelect.value === "groups" ? "groups" : "all" }));
  window.addEventListener("hashchange", () => {
    const next = decodeState(location.hash);
    if (next.selected !== undefined && !graph.hasNode(next.selected)) delete next.selected;
    apply(next, { url: false });
  });
  for (const kind of EXPORT_KINDS) {
    const button = document.querySelector(`[data-export="${kind}"]`);
    button?.addEventListener("click", () => {
      status.textContent = `exporting ${kind.toUpperCase()}…`;
      exportView(kind, renderer, () => visibleSubgraph(graph, scene.visible))
        .then(() => {
          status.textContent = `exported ${kind.toUpperCase()}`;
        })
        .catch((e: unknown) => {
          status.textContent = `export failed: ${e instanceof Error ? e.message : String(e)}`;
        });
    });
  }

  // Hover and click.
  const showTip = (x: number, y: number, lines: [string, string]) => {
    tooltip.replaceChildren(h("div", {}, lines[0]), h("div", { className: "sub" }, lines[1]));
    tooltip.style.left = `${x + 14}px`;
    tooltip.style.top = `${y + 14}px`;
    tooltip.hidden = false;
  };
  // Big graphs: hover shows the tooltip only; redrawing 50,000 edges per hover would stall software WebGL.
  const hoverRedraw = graph.order <= BIG_GRAPH;
  renderer.on("enterNode", ({ node, event }) => {
    if (hoverRedraw) scene.hoveredNode = node;
    const a = graph.getNodeAttributes(node);
    const kind = a.type === "Actor" ? ` (${a.kind})` : "";
    showTip(event.x, event.y, [a.name, `${a.type}${kind} · ${degrees.get(node) ?? 0} relations`]);
    if (hoverRedraw) renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    delete scene.hoveredNode;
    tooltip.hidden = true;
    if (hoverRedraw) renderer.refresh({ skipIndexation: true });
  });
  renderer.on("enterEdge", ({ edge, event }) => {
    scene.hoveredEdge = edge;
    const a = graph.getEdgeAttributes(edge);
    const s = graph.getNodeAttribute(graph.source(edge), "name");
    const t = graph.getNodeAttribute(graph.target(edge), "name");
    showTip(event.x, event.y, [`${s} —${a.type}→ ${t}`, a.type === "MENTIONED_IN" ? "mention" : `cue: “${a.cue}”`]);
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveEdge", () => {
    delete scene.hoveredEdge;
    tooltip.hidden = true;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickStage", () => select(undefined));

  // Cypher panel in Neo4j mode.
  if (config.neo4j)
    attachCypher((nodes) => {
      scene.cypherHits = new Set(nodes.filter((k) => graph.hasNode(k)));
      renderer.refresh({ skipIndexation: true });
    });

  // Layout in the worker: relations attract (mentions do not, or the statement would swallow the picture).
  const links: [string, string][] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (a.type !== "MENTIONED_IN") links.push([s, t]);
  });
  let layoutStopped: () => void = () => undefined;
  const layoutDone = new Promise<void>((resolve) => {
    layoutStopped = resolve;
  });
  const showLayout = (s: LayoutStatus) => {
    if (!s.running) layoutStopped();
    layoutButton.textContent = s.running ? "Pause layout" : "Resume layout";
    const note = graph.order > BIG_GRAPH && s.running ? ", drawn when it stops" : "";
    layoutStatus.textContent = `layout ${s.iterations} it.${s.running ? note : " (stopped)"}`;
  };
  const positions = new Map(display.mapNodes((k, a) => [k, { x: a.x, y: a.y }] as const));
  const layout: LayoutHandle = startLayout(
    { keys, positions, links },
    LAYOUT_ITERATIONS,
    graph.order <= BIG_GRAPH,
    (xy) => {
      let i = 0;
      display.updateEachNodeAttributes(
        (_key, a) => {
          a.x = xy[i * 2] ?? a.x;
          a.y = xy[i * 2 + 1] ?? a.y;
          i++;
          return a;
        },
        { attributes: ["x", "y"] },
      );
    },
    showLayout,
  );
  layoutButton.addEventListener("click", () => {
    if (layout.status().running) layout.stop();
    else layout.resume();
    showLayout(layout.status());
  });

  apply(state, { draw: false }); // sigma drew this state when it was created
  if (state.focus > 0 || state.view !== "all") layoutDone.then(fitToVisible, () => undefined);
  performance.mark("briefgraph:applied");
  // The stage changes size when the panel opens or the header wraps: keep sigma's viewport in step.
  new ResizeObserver(() => {
    renderer.resize();
    renderer.refresh({ skipIndexation: true });
  }).observe(container);
  status.textContent = `${graph.order} nodes, ${graph.size} edges · ${config.source}`;
}
