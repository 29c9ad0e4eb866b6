/** JSON from the viewer server, validated with zod; server errors become BriefgraphErrors with their message. */
import type { z } from "zod";
import { BriefgraphError } from "../../../graph/errors.ts";
import { ApiErrorSchema } from "../model/api.ts";

export async function fetchJson<T extends z.ZodType>(url: string, schema: T, init?: RequestInit): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    throw new BriefgraphError("SERVER_FAILED", `${url}: the viewer server does not answer`, { cause });
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (cause) {
    throw new BriefgraphError("SERVER_FAILED", `${url}: answered ${response.status} without JSON`, { cause });
  }
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(data);
    throw new BriefgraphError("SERVER_FAILED", `${url}: ${error.success ? error.data.error : `HTTP ${response.status}`}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BriefgraphError("STORE_INVALID", `${url}: unexpected answer (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"})`);
  }
  return parsed.data;
}

/** For endpoints validated elsewhere (the graph goes through deserializeGraph). */
export async function fetchUnknown(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new BriefgraphError("SERVER_FAILED", `${url}: the viewer server does not answer`, { cause });
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(data);
    throw new BriefgraphError("SERVER_FAILED", `${url}: ${error.success ? error.data.error : `HTTP ${response.status}`}`);
  }
  return data;
}
