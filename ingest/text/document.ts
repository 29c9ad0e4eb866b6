/** The shapes that flow between the ingest stages, defined once in zod. */
import { z } from "zod";

export const FORMATS = ["txt", "md", "html"] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

/** A statement as read from disk, before cleaning. */
export const RawStatementSchema = z.object({
  source: z.string().min(1),
  format: FormatSchema,
  content: z.string(),
});
export type RawStatement = z.infer<typeof RawStatementSchema>;

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

/** A cleaned statement: plain text (paragraphs split by blank lines) and its metadata. */
export const StatementDocSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  title: z.string().min(1),
  date: z.string().optional(),
  dateText: z.string().optional(),
  sha256: z.string().length(64),
  text: z.string(),
  words: z.number().int().nonnegative(),
});
export type StatementDoc = z.infer<typeof StatementDocSchema>;
