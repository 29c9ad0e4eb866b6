/**
 * The write API of `briefgraph serve --edit`: POST /api/corrections adds one correction to the corrections log
 * beside the store, through the same locked, atomic path as `briefgraph correct` (corrections/add.ts). The request
 * is validated with the CLI's corrections schema; a relation's evidence must be a sentence of the store, quoted
 * exactly as ingest quotes it.
 */
import { addCorrection, correctionAuthor, describeCorrection, type CorrectionOp } from "../../corrections/index.ts";
import { sentenceEvidence } from "../../corrections/sentence.ts";
import { BriefgraphError, isBriefgraphError } from "../../graph/errors.ts";
import type { BriefGraph } from "../../graph/model.ts";
import type { Evidence } from "../../graph/schema.ts";
import { CorrectionRequestSchema, type CorrectionResponse } from "../src/model/corrections-api.ts";

/** The evidence as the store quotes that sentence; refused when the request quotes it otherwise. */
async function groundedEvidence(graph: BriefGraph, given: Evidence): Promise<Evidence> {
  const evidence = await sentenceEvidence(graph, given.statement, given.sentence, given.cue);
  if (evidence.statement !== given.statement || evidence.text !== given.text || evidence.start !== given.start || evidence.end !== given.end) {
    throw new BriefgraphError("CORRECTION_REFUSED", `relate: the evidence is not sentence ${given.sentence + 1} of ${given.statement} as the store quotes it`);
  }
  return evidence;
}

/** The HTTP status for a failed correction: the request's fault (400), a busy log (409), or the server's (500). */
export function correctionErrorStatus(error: unknown): number {
  if (!isBriefgraphError(error)) return 500;
  if (error.code === "CORRECTIONS_LOCKED") return 409;
  return ["USAGE", "CORRECTION_REFUSED", "NAME_NOT_FOUND"].includes(error.code) ? 400 : 500;
}

/** Validates `body` (JSON text) and writes the correction it asks for to the log of `storePath`. */
export async function postCorrection(storePath: string, body: string): Promise<CorrectionResponse> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (cause) {
    throw new BriefgraphError("USAGE", `bad request body (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  const parsed = CorrectionRequestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BriefgraphError("USAGE", `not a correction${issue ? ` (${issue.path.length ? `at ${issue.path.join(".")}: ` : ""}${issue.message})` : ""}`);
  }
  const request = parsed.data;
  const { entry, state } = await addCorrection(
    storePath,
    async (current): Promise<CorrectionOp> =>
      request.correction.op === "relate" ? { ...request.correction, evidence: await groundedEvidence(current.graph, request.correction.evidence) } : request.correction,
    { author: correctionAuthor(undefined), note: request.note },
  );
  return { correction: entry, stale: state.stale.map((s) => ({ id: s.correction.id, reason: `${describeCorrection(s.correction)}: ${s.reason}` })) };
}
