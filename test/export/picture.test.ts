import { DOMParser } from "@xmldom/xmldom";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { isEntity } from "../../graph/index.ts";
import { renderExport, selectSubgraph, svgToPng } from "../../export/index.ts";
import { TYPE_COLORS, toSVG, xmlSafe } from "../../export/formats/index.ts";
import { GRAPHS, SEED_TITLE, kiddGraph } from "./fixtures.ts";

function parseSvg(svg: string) {
  const errors: string[] = xmlSafe(svg) === svg ? [] : ["forbidden characters"];
  const doc = new DOMParser({
    errorHandler: { warning: () => undefined, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(svg, "image/svg+xml");
  return { doc, errors };
}

function nodeGroups(svg: string): string[] {
  const { doc } = parseSvg(svg);
  const out: string[] = [];
  const groups = doc.getElementsByTagName("g");
  for (let i = 0; i < groups.length; i++) {
    const g = groups.item(i);
    if (g?.getAttribute("class") === "node") out.push(g.getAttribute("data-id") ?? "");
  }
  return out.sort();
}

const cmwg = () => selectSubgraph(kiddGraph(), { around: "CMWG", hops: 1, withStatements: true });

describe("SVG picture", () => {
  it.each(GRAPHS)("the SVG of %s is well-formed XML with one node element per entity", (_name, make) => {
    const graph = make();
    const svg = toSVG(graph, { title: "Test picture" });
    expect(parseSvg(svg).errors).toEqual([]);
    expect(nodeGroups(svg)).toEqual(graph.filterNodes((_k, a) => isEntity(a)).sort());
  });

  it("the picture around CMWG has a legend of the types shown and a caption with the statement title and date", () => {
    const svg = toSVG(cmwg(), {});
    const { doc } = parseSvg(svg);
    const text = (cls: string) => {
      const groups = doc.getElementsByTagName("g");
      for (let i = 0; i < groups.length; i++) if (groups.item(i)?.getAttribute("class") === cls) return groups.item(i)?.textContent ?? "";
      return "";
    };
    expect(text("legend")).toContain("Actor");
    expect(text("legend")).toContain("Body");
    expect(text("legend")).toContain("Threat");
    expect(text("legend")).not.toContain("Exercise");
    expect(text("caption").replace(/\s+/g, " ")).toContain(`${SEED_TITLE} (September 23-24, 2024)`);
    for (const type of ["Actor", "Body", "Threat"] as const) expect(svg).toContain(`fill="${TYPE_COLORS[type]}"`);
  });

  it("the slide around CMWG rings the focal node, names each relation type in its legend and cuts long names only at word boundaries", () => {
    const graph = kiddGraph();
    const sub = selectSubgraph(graph, { around: "CMWG", hops: 2, withStatements: true });
    const [artifact] = renderExport(sub, "svg", { title: "CMWG", focal: "body:counter-missile-working-group" });
    const svg = typeof artifact?.content === "string" ? artifact.content : "";
    expect([...svg.matchAll(/<g class="node focal" data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(["body:counter-missile-working-group"]);
    const relationTypes = new Set(sub.filterEdges((_e, a, _s, _t, sa, ta) => a.type !== "MENTIONED_IN" && isEntity(sa) && isEntity(ta)).map((e) => sub.getEdgeAttribute(e, "type")));
    expect(relationTypes.size).toBeGreaterThan(2);
    expect(new Set([...svg.matchAll(/<g class="legend-relation" data-type="([A-Z_]+)"/g)].map((m) => m[1]))).toEqual(relationTypes);
    const labels = [...svg.matchAll(/<g class="node[^"]*" data-id="([^"]+)"[^>]*>.*?<text[^>]*>([^<]+)<\/text>/g)];
    expect(labels.length).toBe(sub.filterNodes((_k, a) => isEntity(a)).length);
    const decode = (t: string) => t.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    const cut = labels.filter(([, key, label]) => decode(label ?? "") !== sub.getNodeAttribute(key ?? "", "name"));
    expect(cut.length).toBeGreaterThan(0);
    for (const [, key, label] of cut) {
      const name = sub.getNodeAttribute(key ?? "", "name");
      const kept = decode(label ?? "").replace(/…$/, "");
      expect(name.startsWith(kept)).toBe(true);
      expect(name.charAt(kept.length)).toMatch(/[\s,;:(–-]/);
    }
  });

  it("the same subgraph gives the same SVG every time", () => {
    expect(toSVG(cmwg(), { width: 900 })).toBe(toSVG(cmwg(), { width: 900 }));
  });
});

describe("PNG picture", () => {
  it.each([[1600], [800], [2400]])("the PNG decodes at the requested width %i and is not blank", (width) => {
    const png = PNG.sync.read(Buffer.from(svgToPng(toSVG(cmwg(), { width }), width)));
    expect(png.width).toBe(width);
    let ink = 0;
    const colours = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255];
      if (r < 200 || g < 200 || b < 200) ink++;
      colours.add(`${r >> 4},${g >> 4},${b >> 4}`);
    }
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.005);
    expect(colours.size).toBeGreaterThan(8);
  });
});
