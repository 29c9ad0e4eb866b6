import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Bounds for a hung test, not speed checks: CI runs on 2 cores beside other work (a load of 20), where a test
    // that runs the CLI a few times takes 30 s or more (60 s was hit). A test that checks a duration says so itself.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
    fileParallelism: true,
  },
});
