/**
 * Who may talk to the viewer server. The Host check (DNS rebinding): loopback names on a loopback bind (port-less
 * too on port 80, as browsers send it), and only the --allow-host names on any other bind, which must give them.
 * The Cypher endpoint: same origin only, JSON only, and the per-launch token the served page carries.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { BriefgraphError } from "../../graph/errors.ts";

const LOOPBACK_BINDS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];
import { TOKEN_HEADER, TOKEN_META } from "../src/model/token.ts";

export { TOKEN_HEADER };

export function isLoopbackBind(host: string): boolean {
  return LOOPBACK_BINDS.has(host.toLowerCase());
}

/** A non-loopback bind needs --allow-host: USAGE in one line otherwise. */
export function checkBind(host: string, allowHosts: readonly string[]): void {
  if (isLoopbackBind(host) || allowHosts.length > 0) return;
  throw new BriefgraphError(
    "USAGE",
    `--host ${host} is not a loopback address: name the Host names browsers will use with --allow-host (e.g. --allow-host my-machine.lan)`,
  );
}

/** The Host header values (lower case) the server answers when bound to host:port with these --allow-host names. */
export function hostAllowList(host: string, port: number, allowHosts: readonly string[]): Set<string> {
  const names = [...LOOPBACK_NAMES, ...(isLoopbackBind(host) ? [] : allowHosts.map((h) => h.toLowerCase()))];
  const allowed = new Set<string>();
  for (const name of names) {
    allowed.add(`${name}:${port}`);
    if (port === 80) allowed.add(name); // browsers leave the default port out of Host
  }
  return allowed;
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The served page with the token in a meta tag the page's script reads (the CSP allows no inline script). */
export function withToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META}" content="${token}">`;
  return html.includes("</head>") ? html.replace("</head>", `${meta}</head>`) : `${meta}${html}`;
}

/**
 * Why a POST to the API (/api/cypher, /api/corrections) is refused (status and message), or undefined when it comes
 * from the page with its token.
 */
export function apiPostRefusal(req: IncomingMessage, token: string, endpoint = "/api/cypher"): { status: number; message: string } | undefined {
  const origin = req.headers.origin;
  if (origin === undefined || origin !== `http://${req.headers.host ?? ""}`) {
    return { status: 403, message: `cross-origin request refused: ${endpoint} answers only the viewer page it served` };
  }
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") return { status: 403, message: `request refused (Sec-Fetch-Site: ${site})` };
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return { status: 415, message: "expected content-type application/json" };
  const given = req.headers[TOKEN_HEADER];
  const a = Buffer.from(typeof given === "string" ? given : "");
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { status: 403, message: "missing or wrong viewer token: reload the page" };
  return undefined;
}
