import { escapeXml } from "../../../export/formats/xml.ts";

/** A small SVG writer for the current view: circles, lines and labels at their screen positions, every text escaped. */
export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label?: string;
}
export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  size: number;
}
export interface SvgScene {
  width: number;
  height: number;
  background: string;
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

/** Colours come from the palette; anything that is not a plain colour token is replaced, so no markup can leak in. */
function color(c: string): string {
  return /^#[0-9a-fA-F]{3,8}$|^[a-z]+$|^rgba?\([\d\s.,]+\)$/.test(c) ? c : "#999999";
}

export function toSvg(scene: SvgScene): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}">`,
    `<rect width="100%" height="100%" fill="${color(scene.background)}"/>`,
    `<g stroke-linecap="round">`,
    ...scene.edges.map(
      (e) => `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}" stroke="${color(e.color)}" stroke-width="${num(e.size)}"/>`,
    ),
    `</g>`,
    `<g stroke="#ffffff" stroke-width="1">`,
    ...scene.nodes.map((n) => `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.size)}" fill="${color(n.color)}"/>`),
    `</g>`,
    `<g font-family="system-ui, sans-serif" font-size="13" font-weight="600" fill="#1f2933">`,
    ...scene.nodes.flatMap((n) => (n.label ? [`<text x="${num(n.x + n.size + 3)}" y="${num(n.y + 4)}">${escapeXml(n.label)}</text>`] : [])),
    `</g>`,
    `</svg>`,
  ];
  return `${lines.join("\n")}\n`;
}
