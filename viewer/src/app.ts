/** The viewer app: loads and validates the graph, draws it, and keeps the view in step with the URL state. */
import { isEntity, type BriefGraph } from "../../graph/model.ts";
import type { EdgeType, NodeType } from "../../graph/schema.ts";
import { SearchIndexBuilder, type SearchIndex } from "./model/search.ts";
import { decodeState, encodeState, type Camera, type ViewState } from "./model/state.ts";
import { computeVisible, visibleSubgraph } from "./model/visible.ts";
import { nodeDetails } from "./model/details.ts";
import { seededPositions } from "./model/positions.ts";
import { addMentions, displayGraph } from "./model/display.ts";
import type { Config } from "./model/api.ts";
import type { LayoutHandle, LayoutStatus } from "./layout/supervisor.ts";
import { byId, h } from "./ui/dom.ts";
import { renderPanel } from "./ui/panel.ts";
import type { editSection, sendCorrection } from "./ui/edit.ts";
import { createReader } from "./ui/reader.ts";
import { renderEdgeFilter, renderLegend } from "./ui/legend.ts";
import { attachSearch } from "./ui/search-box.ts";
import { attachCypher } from "./ui/cypher.ts";
import { EXPORT_KINDS, exportView, slideLayout, slideSvg } from "./ui/exports.ts";
import { BIG_GRAPH, createRenderer, type LabelFrame, type Scene } from "./ui/renderer.ts";
import { buildHierarchy, type Hierarchy } from "./model/hierarchy.ts";
import { buildThreatTable, type ThreatTable } from "./model/threats.ts";
import { LINE, labelLines, layeredLayout, linesWidth, type LayeredInput } from "./model/layered.ts";
import { evidenceBlock, renderOutline, renderThreatTable } from "./ui/outline.ts";
import { compareStatements, statementsByDate, withRange, type Comparison } from "./model/history.ts";
import { renderChanges, renderStatements } from "./ui/statements.ts";
import { countBy, shownCounts } from "./model/counts.ts";

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
  /** Nodes lit by the selection (the rest are faded). */
  highlighted(): string[];
  /** Nodes whose label sigma drew in its last frame. */
  displayedLabels(): string[];
  /** The labels of the last frame (text and box) and the node circles they avoid, in viewport pixels. */
  labelFrame(): LabelFrame;
  /** The slide SVG of the view (what "View as slide (SVG)" downloads). */
  slideSvg(): string;
  /** Sigma's camera. */
  camera(): { x: number; y: number; ratio: number };
  /** The colour sigma draws a node or edge with (after the reducers), or undefined when hidden. */
  nodeColor(key: string): string | undefined;
  edgeColor(key: string): string | undefined;
}

declare global {
  interface Window {
    __briefgraph?: ViewerProbe;
  }
}

export const LAYOUT_ITERATIONS = 500;

const sameCamera = (a: Camera | undefined, b: Camera | undefined) => a?.x === b?.x && a?.y === b?.y && a?.ratio === b?.ratio;

/** The editing controls (`serve --edit`), loaded only then. */
export interface EditUi {
  editSection: typeof editSection;
  sendCorrection: typeof sendCorrection;
}

export function startApp(graph: BriefGraph, config: Config, edit?: EditUi): void {
  const container = byId("sigma", HTMLElement);
  const panel = byId("panel", HTMLElement);
  const statementsBox = byId("statements-box", HTMLElement);
  const tooltip = byId("tooltip", HTMLElement);
  const status = byId("status", HTMLElement);
  const search = byId("search", HTMLInputElement);
  const layoutButton = byId("layout-toggle", HTMLButtonElement);
  const layoutStatus = byId("layout-status", HTMLElement);
  const focusSelect = byId("focus", HTMLSelectElement);
  const viewSelect = byId("view", HTMLSelectElement);
  const pathInfo = byId("path-info", HTMLElement);
  const right = byId("right", HTMLElement);
  const viewPanel = byId("viewpanel", HTMLElement);
  const exportMenu = byId("export-menu", HTMLDetailsElement);

  let state = decodeState(location.hash);
  if (state.selected !== undefined && !graph.hasNode(state.selected)) delete state.selected;
  const keys = graph.nodes();
  const display = displayGraph(graph, seededPositions(keys), !state.hiddenEdgeTypes.includes("MENTIONED_IN"));
  performance.mark("briefgraph:display");
  const scene: Scene = { visible: computeVisible(graph, state), cypherHits: new Set() };
  /** The state scene.visible was computed for: the first apply() reuses it. */
  let visibleState: ViewState | undefined = state;
  if (state.selected !== undefined) scene.selected = state.selected;
  performance.mark("briefgraph:visible");
  const labelFrame: LabelFrame = { labels: [], circles: [] };
  const renderer = createRenderer(container, display, graph, scene, labelFrame);
  performance.mark("briefgraph:sigma");
  const probe: ViewerProbe = {
    firstFrameAt: Number.NaN,
    state: () => state,
    visibleNodes: () => [...scene.visible.nodes],
    layout: () => layout?.status() ?? { iterations: 0, running: true, elapsed: 0 },
    nodePosition: (key) => {
      const d = renderer.getNodeDisplayData(key);
      return d ? renderer.framedGraphToViewport(d) : undefined;
    },
    lastInputAt: 0,
    renders: 0,
    inputLatencies: [],
    highlighted: () => [...scene.visible.highlighted],
    displayedLabels: () => [...renderer.getNodeDisplayedLabels()],
    labelFrame: () => labelFrame,
    slideSvg: () => slide(),
    camera: () => renderer.getCamera().getState(),
    nodeColor: (key) => {
      const d = renderer.getNodeDisplayData(key);
      return d && !d.hidden ? d.color : undefined;
    },
    edgeColor: (key) => {
      const d = renderer.getEdgeDisplayData(key);
      return d && !d.hidden ? d.color : undefined;
    },
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
  /** Runs `then` once the next frame has been drawn and presented (a task queued from its animation frame runs after it). */
  const afterNextFrame = (then: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(null);
    });
  afterNextFrame(() => {
    probe.firstFrameAt = performance.now();
    performance.mark("briefgraph:first-frame");
  });
  window.__briefgraph = probe;

  const statementTitles = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.type === "Statement") statementTitles.set(key, a.title);
  });
  const nodeTotals = countBy(graph.nodes(), (k) => graph.getNodeAttribute(k, "type"));
  const edgeTotals = countBy(graph.edges(), (k) => graph.getEdgeAttribute(k, "type"));
  const degrees = new Map(display.mapNodes((key, a) => [key, a.degree] as const));
  let structure: { hierarchy?: Hierarchy; threats?: ThreatTable } = {};
  const statements = statementsByDate(graph);
  let shownStatements: string | undefined;
  /** The comparison of the state's A and B, recomputed only when they change. */
  let comparison: { a?: string; b?: string; result?: Comparison } = {};
  const compareOf = (a: string | undefined, b: string | undefined): Comparison | undefined => {
    if (comparison.a !== a || comparison.b !== b) {
      comparison = { ...(a === undefined ? {} : { a }), ...(b === undefined ? {} : { b }) };
      const result = compareStatements(graph, a, b);
      if (result) comparison.result = result;
    }
    return comparison.result;
  };

  /** Where a visible node is drawn, in graph coordinates: the layered view's place, else the force layout's. */
  const positionOf = (key: string) => display.getNodeAttributes(key);
  /** Sigma normalises over the visible nodes only, so the camera's reset frames exactly what is shown. */
  const fitBox = () => {
    // The plain view shows every node: sigma's own extent frames it, and big graphs skip a re-normalisation.
    if (state.view === "all" && state.focus === 0) {
      renderer.setCustomBBox(null);
      return;
    }
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const key of scene.visible.nodes) {
      const p = positionOf(key);
      // Layered views are in label pixels: their labels, right of the nodes and on up to three lines, are part of the picture.
      const lines = scene.lines?.get(key);
      const half = lines ? (lines.length * LINE) / 2 : 0;
      const labelled = lines ? linesWidth(lines) : 0;
      const left = scene.labelsLeft?.has(key) === true;
      minX = Math.min(minX, p.x - (left ? labelled : 0));
      maxX = Math.max(maxX, p.x + (left ? 0 : labelled));
      minY = Math.min(minY, p.y - half);
      maxY = Math.max(maxY, p.y + half);
    }
    if (minX > maxX) renderer.setCustomBBox(null);
    else {
      // (a layered view's box holds its labels already: a few label pixels of margin are enough)
      const pad = scene.positions ? 6 : Math.max(1e-6, (maxX - minX + maxY - minY) * 0.02);
      renderer.setCustomBBox({ x: [minX - pad, maxX + pad], y: [minY - pad, maxY + pad] });
    }
  };
  /** Frames the view: the visible nodes, then the camera of the URL if it holds one. */
  const frame = () => {
    fitBox();
    renderer.refresh();
    const cam = state.camera ?? { x: 0.5, y: 0.5, ratio: layeredRatio() };
    renderer.getCamera().setState({ ...cam, angle: 0 });
  };
  /**
   * Sigma fits the picture's longer side into the stage's shorter one: a layered picture laid out for a tall stage
   * would keep a band empty. The camera ratio that fits it to the stage's own width and height instead.
   */
  const layeredRatio = (): number => {
    const box = renderer.getCustomBBox();
    if (!scene.positions || !box) return 1;
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    const a = renderer.graphToViewport({ x: box.x[0], y: box.y[0] });
    const b = renderer.graphToViewport({ x: box.x[1], y: box.y[1] });
    const { width, height } = renderer.getDimensions();
    const pad = renderer.getSetting("stagePadding");
    const fit = Math.min((width - 2 * pad) / Math.max(1, Math.abs(b.x - a.x)), (height - 2 * pad) / Math.max(1, Math.abs(b.y - a.y)));
    return Number.isFinite(fit) && fit > 0 ? Math.min(1, 1 / fit) : 1;
  };
  /**
   * The stage's width / height as a layered view will have it: its side panel (the outline or the table) is shown
   * first, so that the picture is laid out for the room it gets.
   */
  const stageAspect = (): number | undefined => {
    document.body.classList.toggle("view-threats", state.view === "threats");
    viewPanel.hidden = false;
    right.hidden = false;
    // (the picture is drawn inside sigma's stage padding)
    const pad = 2 * renderer.getSetting("stagePadding");
    const w = container.offsetWidth - pad;
    const h = container.offsetHeight - pad;
    return w > 0 && h > 0 ? w / h : undefined;
  };
  /** A layered view draws the whole name, wrapped (with its type when two nodes have that name, as the display label does). */
  const layeredLabel = (key: string) => {
    const label = display.getNodeAttribute(key, "label");
    const name = graph.getNodeAttribute(key, "name");
    return label.startsWith(name) ? label : name;
  };
  /** Layered positions (sigma's y points up, dagre's down) and the panel structure of the hierarchy and threat views. */
  const layoutStructure = () => {
    structure = {};
    layeredInput = undefined;
    delete scene.positions;
    delete scene.lines;
    delete scene.labelsLeft;
    if (state.view === "all") return;
    const input =
      state.view === "groups"
        ? (structure.hierarchy = buildHierarchy(graph, scene.visible.nodes, scene.visible.edges)).layout
        : (structure.threats = buildThreatTable(graph, scene.visible.nodes, scene.visible.edges)).layout;
    const labels = new Map(input.nodes.map((n) => [n.key, layeredLabel(n.key)] as const));
    const aspect = stageAspect();
    layeredInput = { ...input, nodes: input.nodes.map((n) => ({ key: n.key, label: labels.get(n.key) ?? n.label })) };
    const layered = layeredLayout(layeredInput, undefined, aspect === undefined ? {} : { aspect });
    scene.positions = new Map([...layered.positions].map(([k, p]) => [k, { x: p.x, y: -p.y }] as const));
    scene.lines = new Map([...labels].map(([k, label]) => [k, labelLines(label)] as const));
    scene.labelsLeft = layered.labelsLeft;
    layeredAspect = aspect;
  };
  /** The stage's aspect the layered view was laid out for (a resize that changes it much lays it out again). */
  let layeredAspect: number | undefined;
  /** What the layered view was laid out from: the slide lays it out again for its own frame. */
  let layeredInput: LayeredInput | undefined;
  /** The force layout's latest positions, in key order (x, y pairs); the layered views draw over them and give them back. */
  let forceXY: Float32Array | undefined;
  /** Puts the nodes where the view draws them: the layered places, or the force layout's. */
  const placeNodes = () => {
    const layered = scene.positions;
    let i = 0;
    display.updateEachNodeAttributes(
      (key, a) => {
        const p = layered?.get(key);
        if (p) {
          a.x = p.x;
          a.y = p.y;
        } else if (forceXY) {
          a.x = forceXY[i * 2] ?? a.x;
          a.y = forceXY[i * 2 + 1] ?? a.y;
        } else {
          const start = startPositions.get(key);
          if (start) {
            a.x = start.x;
            a.y = start.y;
          }
        }
        i++;
        return a;
      },
      { attributes: ["x", "y"] },
    );
  };

  /** What the state shows on the canvas: the visible set, compare marks, selection, focus, layered places (no panels). */
  const applyScene = (next: ViewState, opts: { url?: boolean } = {}) => {
    state = next;
    if (!state.hiddenEdgeTypes.includes("MENTIONED_IN")) addMentions(graph, display);
    if (visibleState !== state) scene.visible = computeVisible(graph, state);
    visibleState = state;
    const compared = compareOf(state.compareA, state.compareB);
    if (compared) scene.compare = compared;
    else delete scene.compare;
    if (state.selected === undefined) delete scene.selected;
    else scene.selected = state.selected;
    const focal = state.focus > 0 ? (state.around ?? state.selected) : undefined;
    if (focal === undefined) delete scene.focal;
    else scene.focal = focal;
    const wasLayered = scene.positions !== undefined;
    layoutStructure();
    if (wasLayered || scene.positions) placeNodes();
    if (opts.url !== false) writeUrl();
  };
  /** The controls, legends, panels and lists of the state (the page around the canvas). */
  const renderPanels = () => {
    const compared = scene.compare ? compareOf(state.compareA, state.compareB) : undefined;
    focusSelect.value = String(state.focus);
    viewSelect.value = state.view;
    document.body.classList.toggle("view-threats", state.view === "threats");
    const shownTypes = shownCounts(scene.visible.nodes, nodeTotals, state.hiddenTypes, (k) => graph.getNodeAttribute(k, "type"));
    const shownEdges = shownCounts(scene.visible.edges, edgeTotals, state.hiddenEdgeTypes, (k) => graph.getEdgeAttribute(k, "type"));
    renderLegend(byId("legend", HTMLElement), shownTypes, nodeTotals, new Set(state.hiddenTypes), toggleType);
    renderEdgeFilter(byId("edge-filter", HTMLElement), shownEdges, edgeTotals, new Set(state.hiddenEdgeTypes), toggleEdgeType);
    renderPanel(panel, state.selected === undefined ? undefined : nodeDetails(graph, state.selected), statementTitles, panelActions);
    if (edit && state.selected !== undefined) {
      const attributes = graph.getNodeAttributes(state.selected);
      if (isEntity(attributes)) panel.append(edit.editSection(state.selected, attributes));
    }
    reader.setSelected(state.selected);
    if (structure.hierarchy) renderOutline(viewPanel, structure.hierarchy, state.selected, (key) => select(key, true));
    else if (structure.threats) renderThreatTable(viewPanel, structure.threats, graph, statementTitles, (key) => select(key, true));
    else viewPanel.replaceChildren();
    if (compared) renderChanges(viewPanel, compared, (key) => select(key, true));
    viewPanel.hidden = state.view === "all" && !compared;
    // Redrawn only when what it shows changes: a store of thousands of statements keeps clicks fast.
    const statementsKey = JSON.stringify([state.offStatements, state.compareA, state.compareB, compared !== undefined, state.since, state.until]);
    if (statementsKey !== shownStatements) {
      shownStatements = statementsKey;
      renderStatements(
        statementsBox,
        statements,
        new Set(state.offStatements),
        state,
        { ...(state.compareA === undefined ? {} : { a: state.compareA }), ...(state.compareB === undefined ? {} : { b: state.compareB }), active: compared !== undefined },
        statementActions,
      );
    }
    right.hidden = panel.hidden && viewPanel.hidden;
    renderPath();
  };
  const apply = (next: ViewState, opts: { url?: boolean } = {}) => {
    applyScene(next, opts);
    renderPanels();
    renderer.refresh({ skipIndexation: true });
  };
  const writeUrl = () => {
    const hash = `#${encodeState(state)}`;
    if (location.hash !== hash) history.replaceState(null, "", hash);
  };
  const update = (patch: Partial<ViewState>) => {
    const reframe = (patch.focus !== undefined && patch.focus !== state.focus) || (patch.view !== undefined && patch.view !== state.view);
    const next = { ...state, ...patch };
    if (reframe) delete next.camera;
    apply(next);
    if (reframe) frame();
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
  /** Moves the camera so that `keys` are in view (the stage excludes the side panels, so they are clear of them). */
  const frameKeys = (keys: readonly string[], labelRoom = 0) => {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const key of keys) {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (minX > maxX) return;
    // Room for the labels drawn right of the nodes, as a share of the width.
    maxX += (maxX - minX) * labelRoom;
    const ratio = Math.min(1 + labelRoom, Math.max(0.15, 1.5 * Math.max(maxX - minX, maxY - minY)));
    renderer.getCamera().setState({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 });
  };
  /** Compare mode: the camera frames the changed nodes (in the stage, which the side panel does not cover). */
  const frameChanges = () => {
    if (scene.compare) frameKeys([...scene.compare.nodes.keys()].filter((k) => scene.visible.nodes.has(k)), 0.3);
  };
  const select = (key: string | undefined, moveCamera = false) => {
    const next: ViewState = { ...state };
    if (key === undefined) delete next.selected;
    else next.selected = key;
    // A focused view follows the selection; clearing the selection keeps the focus where it was.
    if (key !== undefined && state.focus > 0 && state.around !== undefined) next.around = key;
    if (key === undefined && state.focus > 0) {
      const around = state.around ?? state.selected;
      if (around !== undefined) next.around = around;
    }
    apply(next);
    if (key !== undefined && moveCamera && scene.visible.nodes.has(key)) {
      const d = renderer.getNodeDisplayData(key);
      if (d) renderer.getCamera().setState({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6), angle: 0 });
    }
  };
  const clear = () => {
    const next: ViewState = { ...state, focus: 0 };
    delete next.selected;
    delete next.pathFrom;
    delete next.pathTo;
    delete next.around;
    delete next.camera;
    scene.cypherHits = new Set();
    apply(next);
    frame();
  };
  const panelActions = {
    select: (key: string) => select(key, true),
    focus: () => {
      const patch: Partial<ViewState> = { focus: state.focus === 0 ? 1 : state.focus };
      if (state.selected !== undefined) patch.around = state.selected;
      update(patch);
    },
    pathFrom: (key: string) => update({ pathFrom: key }),
    pathTo: (key: string) => {
      update({ pathTo: key });
      frameKeys(scene.visible.path);
    },
    clear,
    read: (statement: string, options: { sentence?: number; node?: string }) => reader.open(statement, options),
  };
  const reader = createReader(byId("reader", HTMLElement), graph, { select: (key) => select(key, true), ...(edit ? { send: edit.sendCorrection } : {}) });
  const statementActions = {
    toggle: (id: string, checked: boolean) => {
      const off = new Set(state.offStatements);
      if (checked) off.delete(id);
      else off.add(id);
      update({ offStatements: [...off].sort() });
    },
    select: (id: string) => select(id, true),
    compare: (a: string | undefined, b: string | undefined) => {
      const next: ViewState = { ...state };
      if (a === undefined) delete next.compareA;
      else next.compareA = a;
      if (b === undefined) delete next.compareB;
      else next.compareB = b;
      delete next.camera;
      apply(next);
      frameChanges();
    },
    range: (since: string | undefined, until: string | undefined) => apply(withRange(state, since, until)),
  };
  const renderPath = () => {
    const name = (k: string | undefined) => (k !== undefined && graph.hasNode(k) ? graph.getNodeAttribute(k, "name") : "—");
    if (state.pathFrom === undefined && state.pathTo === undefined) {
      pathInfo.replaceChildren("Select a node, then “Path from”; select another, then “Path to”.");
      return;
    }
    const path = scene.visible.path;
    const hop = (from: string, to: string, i: number) => {
      const edge = graph.edges(from, to).find((e) => scene.visible.pathEdges.has(e)) ?? graph.edges(to, from).find((e) => scene.visible.pathEdges.has(e));
      const a = edge === undefined ? undefined : graph.getEdgeAttributes(edge);
      const forward = edge !== undefined && graph.source(edge) === from;
      const rel = a === undefined ? "?" : forward ? `—${a.type}→` : `←${a.type}—`;
      return h(
        "li",
        { attrs: { "data-hop": String(i), "data-relation": a?.type ?? "", "data-from": from, "data-to": to, ...(edge === undefined ? {} : { "data-edge": edge }) } },
        h("button", { className: "link", onClick: () => select(from, true) }, name(from)),
        " ",
        h("span", { className: "rel" }, rel),
        " ",
        h("button", { className: "link", onClick: () => select(to, true) }, name(to)),
        ...(a === undefined || a.type === "MENTIONED_IN" ? [] : a.evidence.slice(0, 1).map((e) => evidenceBlock(e, statementTitles))),
      );
    };
    pathInfo.replaceChildren(
      h("span", {}, `From ${name(state.pathFrom)} to ${name(state.pathTo)}: `),
      path.length > 0
        ? h("ol", { attrs: { id: "path-list" } }, ...path.slice(1).map((to, i) => hop(path[i] ?? to, to, i)))
        : h("strong", {}, state.pathFrom !== undefined && state.pathTo !== undefined ? "no path among the visible relations" : "choose the other end"),
    );
  };

  /** The slide of the view, through the CLI's renderer: visible nodes at their drawn places, title, legends, sources. */
  const slide = () => {
    // A layered view is laid out again for the slide's frame, with the same ranks and order: of a few packings, the
    // one the slide draws largest.
    const input = layeredInput;
    const layered = input ? slideLayout((aspect) => layeredLayout(input, undefined, { aspect })) : undefined;
    return slideSvg(graph, renderer, scene, state, layered);
  };

  // Search, keyboard, controls.
  let searchBuilder: SearchIndexBuilder | undefined;
  const builder = () =>
    (searchBuilder ??= new SearchIndexBuilder(
      graph.mapNodes((key, a) => ({ key, name: a.name, aliases: isEntity(a) ? a.aliases : [], type: a.type, degree: degrees.get(key) ?? 0 })),
    ));
  const getSearchIndex = (): SearchIndex => builder().finish();
  // Built after the first frame in slices of a few milliseconds, so that neither the first frame nor a key waits long for it.
  const buildSearchSlice = () => {
    if (!builder().step(8)) setTimeout(buildSearchSlice, 0);
  };
  afterNextFrame(() => setTimeout(buildSearchSlice, 0));
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
  // Every hash change (a pasted link, back/forward) redraws and re-frames: the camera of the link, or the visible nodes.
  window.addEventListener("hashchange", () => {
    const next = decodeState(location.hash);
    if (next.selected !== undefined && !graph.hasNode(next.selected)) delete next.selected;
    apply(next, { url: false });
    frame();
  });
  byId("copy-link", HTMLButtonElement).addEventListener("click", () => {
    writeCamera();
    const url = location.href;
    const done = () => {
      status.textContent = "link copied";
    };
    navigator.clipboard.writeText(url).then(done, () => {
      status.textContent = `link: ${url}`;
    });
  });
  for (const kind of EXPORT_KINDS) {
    const button = document.querySelector(`[data-export="${kind}"]`);
    button?.addEventListener("click", () => {
      exportMenu.open = false;
      status.textContent = `exporting ${kind.toUpperCase()}…`;
      exportView(kind, slide, () => visibleSubgraph(graph, scene.visible))
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

  // The camera goes into the URL once it rests after the user moved it.
  let userMoved = false;
  for (const kind of ["wheel", "mousedown", "touchstart"]) container.addEventListener(kind, () => (userMoved = true), { passive: true, capture: true });
  const writeCamera = () => {
    const c = renderer.getCamera().getState();
    const cam = { x: Number(c.x.toPrecision(6)), y: Number(c.y.toPrecision(6)), ratio: Number(c.ratio.toPrecision(6)) };
    if (sameCamera(cam, state.camera) || (cam.x === 0.5 && cam.y === 0.5 && cam.ratio === 1 && state.camera === undefined)) return;
    state = { ...state, camera: cam };
    writeUrl();
  };
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on("updated", () => {
    if (!userMoved) return;
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(writeCamera, 250);
  });

  // Cypher panel in Neo4j mode.
  if (config.neo4j)
    attachCypher((nodes) => {
      scene.cypherHits = new Set(nodes.filter((k) => graph.hasNode(k)));
      renderer.refresh({ skipIndexation: true });
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
  const startPositions = positions;
  // Started once the first frame is on screen: on two cores the worker would otherwise compete with it.
  let layout: LayoutHandle | undefined;
  // Its code is loaded then too: the first frame does not wait for it.
  afterNextFrame(() => {
    // Relations attract (mentions do not, or the statement would swallow the picture).
    const links: [string, string][] = [];
    graph.forEachEdge((_e, a, s, t) => {
      if (a.type !== "MENTIONED_IN") links.push([s, t]);
    });
    import("./layout/supervisor.ts")
      .then(({ startLayout }) => {
        layout = startLayout(
          { keys, positions, links },
          LAYOUT_ITERATIONS,
          graph.order <= BIG_GRAPH,
          (xy) => {
            forceXY = xy.slice();
            if (scene.positions) return; // a layered view is shown: the force layout's places wait for the way back
            placeNodes();
            // The picture keeps framing the visible nodes while the layout moves them (a focus link is framed from its first frame).
            // (Sigma normalised the new positions as they were set: process them again with the new box.)
            if (!userMoved && renderer.getCustomBBox() !== null) {
              fitBox();
              renderer.refresh();
            }
          },
          showLayout,
        );
      })
      .catch((error: unknown) => {
        status.textContent = `layout failed to start: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
  layoutButton.addEventListener("click", () => {
    if (!layout) return;
    if (layout.status().running) layout.stop();
    else layout.resume();
    showLayout(layout.status());
  });

  // Sigma drew this state when it was created; the page around it is filled in once that frame is on screen.
  applyScene(state);
  afterNextFrame(() => {
    renderPanels();
    reader.restore();
  });
  const framedView = () => state.focus > 0 || state.view !== "all" || state.camera !== undefined;
  if (framedView()) frame();
  void layoutDone.then(() => {
    if (!userMoved && framedView()) frame();
    if (!userMoved && state.camera === undefined) frameChanges();
  });
  performance.mark("briefgraph:applied");
  // The stage changes size when the panel opens or the header wraps: keep sigma's viewport in step.
  new ResizeObserver(() => {
    const { width, height } = renderer.getDimensions();
    if (container.offsetWidth === width && container.offsetHeight === height) return; // (its first call, on observe)
    renderer.resize();
    // A layered view laid out for a frame of another shape is laid out again for this one.
    const aspect = container.offsetWidth / Math.max(1, container.offsetHeight);
    if (scene.positions && layeredAspect !== undefined && Math.abs(Math.log(aspect / layeredAspect)) > 0.15) {
      apply(state, { url: false });
      if (!userMoved) frame();
      return;
    }
    renderer.refresh({ skipIndexation: true });
  }).observe(container);
  status.textContent = `${graph.order} nodes, ${graph.size} edges · ${config.source}`;
}
