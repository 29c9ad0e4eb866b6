/**
 * The JSON of `serve --edit` (POST /api/corrections): apart from the other API schemas, so that the page builds these
 * (and the corrections schema) only when it edits.
 */
import { z } from "zod";
import { CorrectionOpSchema, CorrectionSchema } from "../../../corrections/schema.ts";

/** A correction the page asks for (`serve --edit`): an operation of the CLI's corrections schema, and an optional note. */
export const CorrectionRequestSchema = z.strictObject({ correction: CorrectionOpSchema, note: z.string().trim().min(1).max(2000).optional() });
export type CorrectionRequest = z.infer<typeof CorrectionRequestSchema>;

/** What the server wrote, and the corrections that no longer apply after it. */
export const CorrectionResponseSchema = z.object({ correction: CorrectionSchema, stale: z.array(z.object({ id: z.string(), reason: z.string() })) });
export type CorrectionResponse = z.infer<typeof CorrectionResponseSchema>;
