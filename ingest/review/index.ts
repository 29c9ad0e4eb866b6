/** ingest/review: what the extractor saw but could not turn into the graph (`briefgraph review`). */
export { reviewExtractions, reviewStore, type ReviewedExtraction } from "./report.ts";
export { reviewPaths } from "./paths.ts";
export { reviewToMarkdown } from "./markdown.ts";
export { ReviewReportSchema, ReviewItemSchema, REVIEW_KINDS, type ReviewReport, type ReviewItem, type ReviewKind } from "./schema.ts";
export { unreadNames } from "./unread-names.ts";
export { cueWords } from "./graph-gaps.ts";
