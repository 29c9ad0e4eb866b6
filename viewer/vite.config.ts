import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The viewer app: `vite build viewer` (or `npm run build`) writes viewer/dist, which `briefgraph serve` serves. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  logLevel: "warn",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
});
