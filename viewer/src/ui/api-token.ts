/** The per-launch token the viewer server puts in the page, as headers for every request that runs a query. */
import { TOKEN_HEADER, TOKEN_META } from "../model/token.ts";

export function tokenHeaders(): Record<string, string> {
  const token = document.querySelector(`meta[name="${TOKEN_META}"]`)?.getAttribute("content");
  return token ? { [TOKEN_HEADER]: token } : {};
}
