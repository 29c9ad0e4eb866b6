import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EDGE_TYPES, NODE_TYPES } from "../../graph/schema.ts";
import { decodeState, defaultState, encodeState, VIEWS, type ViewState } from "../../viewer/src/model/state.ts";

const states: [string, ViewState][] = [
  ["the default view", defaultState()],
  ["a selection with focus", { ...defaultState(), selected: "body:security-consultative-meeting", focus: 2 }],
  ["every type shown", { hiddenTypes: [], hiddenEdgeTypes: [], focus: 0, view: "all", offStatements: [] }],
  ["threats hidden, the working-groups view", { hiddenTypes: ["Statement", "Threat"], hiddenEdgeTypes: ["MENTIONED_IN", "SIMULATES"], focus: 0, view: "groups", offStatements: [] }],
  ["a focus kept around a node with no selection, the threat table", { ...defaultState(), around: "body:security-consultative-meeting", focus: 1, view: "threats" }],
  ["a camera", { ...defaultState(), camera: { x: 0.25, y: -0.5, ratio: 0.75 } }],
  ["two statements unchecked (one id with a comma) and a comparison", { ...defaultState(), offStatements: ["statement:a,b", "statement:c"], compareA: "statement:a,b", compareB: "statement:d&e" }],
  ["a path with keys that need escaping", { ...defaultState(), pathFrom: "actor:cho-chang-lae", pathTo: "body:a&b=c#d, e", selected: "x y/z?" }],
];

describe("view state in the URL", () => {
  it.each(states)("round-trips %s through the hash", (_name, state) => {
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it("round-trips any valid state (property)", () => {
    const key = fc.string({ minLength: 1, maxLength: 40 });
    const arb = fc.record(
      {
        selected: key,
        hiddenTypes: fc.uniqueArray(fc.constantFrom(...NODE_TYPES)).map((a) => [...a].sort()),
        hiddenEdgeTypes: fc.uniqueArray(fc.constantFrom(...EDGE_TYPES)).map((a) => [...a].sort()),
        focus: fc.integer({ min: 0, max: 3 }),
        pathFrom: key,
        pathTo: key,
        around: key,
        view: fc.constantFrom(...VIEWS),
        offStatements: fc.uniqueArray(key).map((a) => [...a].sort()),
        compareA: key,
        compareB: key,
      },
      { requiredKeys: ["hiddenTypes", "hiddenEdgeTypes", "focus", "view", "offStatements"] },
    );
    fc.assert(
      fc.property(arb, (state) => {
        expect(decodeState(encodeState(state))).toEqual(state);
      }),
    );
  });

  it.each([
    ["an empty hash", "", defaultState()],
    ["unknown types and a bad focus", "#hide=Threat,Bogus&edges=NOPE&focus=9&view=weird", { ...defaultState(), hiddenTypes: ["Threat"], hiddenEdgeTypes: [] }],
    ["a non-numeric focus", "#focus=abc", defaultState()],
    ["a camera with a missing or bad number", "#cam=1,x,0", defaultState()],
  ])("decodes %s leniently to a valid state", (_name, hash, expected) => {
    expect(decodeState(hash)).toEqual(expected);
  });
});
