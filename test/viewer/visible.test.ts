import { describe, expect, it } from "vitest";
import { entityId } from "../../graph/index.ts";
import { computeVisible, visibleSubgraph } from "../../viewer/src/model/visible.ts";
import { defaultState, type ViewState } from "../../viewer/src/model/state.ts";
import { highlightCue } from "../../viewer/src/model/cue.ts";
import { nodeDetails } from "../../viewer/src/model/details.ts";
import { toSVG } from "../../export/formats/svg.ts";
import { addMentions, displayGraph, shortLabel } from "../../viewer/src/model/display.ts";
import { seededPositions } from "../../viewer/src/model/positions.ts";
import { hostileGraph, seedLikeGraph, XSS_IMG } from "./fixtures.ts";

const graph = seedLikeGraph();
const SCM = entityId("Body", "Security Consultative Meeting");
const DSTEC = entityId("Body", "Defense Science and Technology Executive Committee");
const CMWG = entityId("Body", "Counter-Missile Working Group");
const CHO = entityId("Actor", "Cho Chang Lae");
const GPS = entityId("Threat", "GPS jamming");
const JCO = entityId("Body", "Joint Commercial Operations");
const names = (keys: Iterable<string>) => [...keys].map((k) => graph.getNodeAttribute(k, "name")).sort();
const state = (patch: Partial<ViewState>): ViewState => ({ ...defaultState(), ...patch });

describe("what the view shows", () => {
  it("hides statements and mentions by default and shows every relation", () => {
    const v = computeVisible(graph, defaultState());
    expect([...v.nodes].some((k) => k.startsWith("statement:"))).toBe(false);
    expect([...v.edges].some((e) => e.includes("|MENTIONED_IN|"))).toBe(false);
    expect(v.edges.size).toBe(graph.filterEdges((_e, a) => a.type !== "MENTIONED_IN").length);
  });

  it.each([
    ["Threat", (k: string) => k.startsWith("threat:")],
    ["Actor", (k: string) => k.startsWith("actor:")],
  ] as const)("hiding the %s type removes its nodes and their edges", (type, isType) => {
    const v = computeVisible(graph, state({ hiddenTypes: ["Statement", type] }));
    expect([...v.nodes].filter(isType)).toEqual([]);
    expect([...v.edges].filter((e) => isType(graph.source(e)) || isType(graph.target(e)))).toEqual([]);
    expect(v.nodes.size).toBeGreaterThan(0);
  });

  it.each([
    [1, SCM, ["Defense Science and Technology Executive Committee", "Security Consultative Meeting"]],
    [1, GPS, ["GPS jamming", "Ulchi Freedom Shield 24"]],
    [2, GPS, ["GPS jamming", "Ulchi Freedom Shield 24", "cyber attacks"]],
    [1, CHO, ["Cho Chang Lae", "ROK delegation"]],
  ])("focus %i on %s shows exactly its neighbourhood", (focus, selected, expected) => {
    expect(names(computeVisible(graph, state({ selected, focus })).nodes)).toEqual(expected);
  });

  it("highlights the selection and its neighbours", () => {
    expect(names(computeVisible(graph, state({ selected: DSTEC })).highlighted)).toEqual([
      "Defense Science and Technology Executive Committee",
      "Security Consultative Meeting",
    ]);
  });

  it.each([
    [CHO, JCO, ["Cho Chang Lae", "ROK delegation", "Republic of Korea", "Joint Commercial Operations"]],
    [GPS, CMWG, []],
  ])("finds the shortest path from %s to %s over visible relations", (pathFrom, pathTo, expected) => {
    const v = computeVisible(graph, state({ pathFrom, pathTo }));
    expect(v.path.map((k) => graph.getNodeAttribute(k, "name"))).toEqual(expected);
    expect(v.pathEdges.size).toBe(Math.max(0, expected.length - 1));
  });

  it("the working-groups view keeps bodies with their hierarchy and participation structure only", () => {
    const v = computeVisible(graph, state({ view: "groups" }));
    const types = new Set([...v.edges].map((e) => graph.getEdgeAttribute(e, "type")));
    expect([...types].every((t) => ["PART_OF", "ESTABLISHES", "PARTICIPATES_IN", "LEADS"].includes(t))).toBe(true);
    expect(types.has("PART_OF")).toBe(true);
    expect(v.nodes.has(SCM) && v.nodes.has(DSTEC) && v.nodes.has(CMWG)).toBe(true);
    expect(v.nodes.has(GPS) || v.nodes.has(CHO)).toBe(false);
  });

  it("the threat view keeps threats with who poses, condemns, addresses or simulates them", () => {
    const v = computeVisible(graph, state({ view: "threats" }));
    const types = new Set([...v.edges].map((e) => graph.getEdgeAttribute(e, "type")));
    expect([...types].every((t) => ["POSES", "CONDEMNS", "ADDRESSES", "VIOLATES", "SIMULATES"].includes(t))).toBe(true);
    expect(v.nodes.has(GPS)).toBe(true);
    expect(v.nodes.has(DSTEC) || v.nodes.has(CHO)).toBe(false);
  });

  it("keeps a focused view around its node when the selection is cleared, with nothing highlighted", () => {
    const v = computeVisible(graph, state({ around: SCM, focus: 1 }));
    expect(names(v.nodes)).toEqual(["Defense Science and Technology Executive Committee", "Security Consultative Meeting"]);
    expect(v.highlighted.size).toBe(0);
  });

  it("a selected statement (a hidden type) lights up the entities it mentions instead of fading everything", () => {
    const statement = graph.filterNodes((_k, a) => a.type === "Statement")[0] ?? "";
    const v = computeVisible(graph, state({ selected: statement }));
    expect(v.highlighted.size).toBeGreaterThan(3);
    expect([...v.highlighted].every((k) => v.nodes.has(k))).toBe(true);
  });

  it("the visible subgraph keeps visible nodes, edges and their attributes", () => {
    const v = computeVisible(graph, state({ selected: SCM, focus: 1 }));
    const sub = visibleSubgraph(graph, v);
    expect(sub.nodes().sort()).toEqual([...v.nodes].sort());
    expect(sub.edges()).toEqual([`${DSTEC}|PART_OF|${SCM}`]);
    expect(sub.getEdgeAttributes(`${DSTEC}|PART_OF|${SCM}`)).toEqual(graph.getEdgeAttributes(`${DSTEC}|PART_OF|${SCM}`));
  });
});

describe("side panel content", () => {
  it("groups a node's relations by type with their evidence, and lists the statements that mention it", () => {
    const d = nodeDetails(graph, CMWG);
    expect(d.aliases).toEqual(["CMWG"]);
    expect(d.mentions).toHaveLength(1);
    expect(d.relations.map((r) => [r.type, r.lines.map((l) => `${l.direction} ${l.otherName}`)])).toEqual([
      ["ADDRESSES", ["out DPRK's advancing missile threats"]],
      ["PARTICIPATES_IN", ["in Republic of Korea", "in United States"]],
    ]);
    expect(d.relations[1]?.lines[0]?.evidence[0]?.text).toContain("through the Counter-Missile Working Group (CMWG).");
  });

  it("gives a person's kind and title", () => {
    expect(nodeDetails(graph, CHO)).toMatchObject({ type: "Actor", kind: "person", title: "Deputy Minister for National Defense Policy" });
  });

  it.each([
    ["the DSTEC under the SCM.", "under", ["the DSTEC ", "[under]", " the SCM."]],
    ["JCO led by the U.S. Space Force", "led by", ["JCO ", "[led by]", " the U.S. Space Force"]],
    ["Both sides strongly condemned it and condemned more.", "condemned", ["Both sides strongly ", "[condemned]", " it and condemned more."]],
    ["They pledged to expedite efforts", "pledged … expedite", ["They ", "[pledged]", " to ", "[expedite]", " efforts"]],
    [
      "The two sides welcomed the work of the CCWG, including Cyber Flag and the cyber alliance.",
      "welcomed the work of … including",
      ["The two sides ", "[welcomed the work of]", " the CCWG, ", "[including]", " Cyber Flag and the cyber alliance."],
    ],
    ["Both sides led the way.", "the … the … missing", ["Both sides led ", "[the]", " way."]],
    ["No cue here.", "absent", ["No cue here."]],
  ])("marks the cue in %j", (text, cue, expected) => {
    expect(highlightCue(text, cue).map((s) => (s.cue ? `[${s.text}]` : s.text))).toEqual(expected);
  });
});

describe("slide SVG of a view", () => {
  it("escapes names and draws a ring on the focal node only", () => {
    const g = hostileGraph();
    const focal = g.filterNodes((_k, a) => a.name.includes("<img"))[0] ?? "";
    const svg = toSVG(g, { title: XSS_IMG, focal, captions: [XSS_IMG] });
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    expect(svg.match(/<circle class="focal"/g)).toHaveLength(1);
  });

  it("the hostile fixture is a valid graph whose names carry the payloads", () => {
    const g = hostileGraph();
    expect(g.someNode((_k, a) => a.name.includes("<img"))).toBe(true);
    expect(g.someEdge((_e, a) => a.type !== "MENTIONED_IN" && a.evidence.some((e) => e.text.includes("<script>")))).toBe(true);
  });
});

describe("the graph sigma draws", () => {
  it("leaves mention edges out until they are shown, then adds each once", () => {
    const display = displayGraph(graph, seededPositions(graph.nodes()));
    expect(display.order).toBe(graph.order);
    expect(display.someEdge((_e, a) => a.relType === "MENTIONED_IN")).toBe(false);
    addMentions(graph, display);
    addMentions(graph, display);
    expect(display.size).toBe(graph.size);
  });

  it("sizes nodes by relation degree and colours them by type", () => {
    const display = displayGraph(graph, seededPositions(graph.nodes()));
    const rok = display.getNodeAttributes(entityId("Actor", "Republic of Korea"));
    const dstec = display.getNodeAttributes(DSTEC);
    expect(rok.degree).toBeGreaterThan(dstec.degree);
    expect(rok.size).toBeGreaterThan(dstec.size);
    expect([rok.color, dstec.color]).toEqual(["#0072B2", "#E69F00"]);
  });

  it("starts every node at the same seeded place on every run", () => {
    expect([...seededPositions(graph.nodes())]).toEqual([...seededPositions(graph.nodes())]);
    expect(seededPositions(["a", "b"]).get("a")).not.toEqual(seededPositions(["a", "b"]).get("b"));
  });

  it.each([
    ["Security Consultative Meeting", "Security Consultative Meeting"],
    ["illegal arms trade and transfer of high-technology", "illegal arms trade and transfer…"],
    ["Treaty on Comprehensive Strategic Partnership between Russia and the DPRK", "Treaty on Comprehensive Strategic…"],
  ])("shortens the canvas label of %j", (name, label) => {
    expect(shortLabel(name)).toBe(label);
    expect(shortLabel(name).length).toBeLessThanOrEqual(34);
  });
});
