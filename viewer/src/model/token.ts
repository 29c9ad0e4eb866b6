/** The per-launch token: the server puts it in the page's meta tag of this name, the page sends it in this header. */
export const TOKEN_META = "briefgraph-token";
export const TOKEN_HEADER = "x-briefgraph-token";
