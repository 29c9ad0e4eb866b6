import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { findDate } from "../../ingest/text/metadata.ts";

describe("statement metadata", () => {
  it.each([
    ["September23-24, 2024, in Seoul", "2024-09-23"],
    ["on November 14, 2025.", "2025-11-14"],
    ["Sept. 3, 2023", "2023-09-03"],
    ["held on 23-24 September 2024", "2024-09-23"],
    ["dated 2025-01-31", "2025-01-31"],
  ])("reads the date in %j", (text, iso) => {
    expect(findDate(text)?.date).toBe(iso);
  });

  it("gives no date when the text has none", () => {
    expect(findDate("The two sides met in Seoul.")).toBeUndefined();
  });

  it("takes the heading as the title and records the date as written", () => {
    const graph = extractText("Joint Statement of the Ministers\n\nThe Ministers met on May 2, 2025, in Tokyo.");
    const statement = graph.filterNodes((_k, a) => a.type === "Statement")[0];
    expect(statement).toBeDefined();
    const attributes = graph.getNodeAttributes(statement ?? "");
    expect(attributes).toMatchObject({ type: "Statement", title: "Joint Statement of the Ministers", date: "2025-05-02", dateText: "May 2, 2025" });
  });
});
