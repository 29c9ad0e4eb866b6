/** The viewer's pure pieces: state in the URL, search, visibility, details, palette, SVG of a view. */
export * from "./state.ts";
export * from "./search.ts";
export * from "./visible.ts";
export * from "./details.ts";
export * from "./cue.ts";
export * from "./palette.ts";
export * from "./positions.ts";
export * from "./display.ts";
export * from "./api.ts";
