/** CLI adapter for `correct …` (write a correction to the log, replay, rewrite the store) and `corrections list|check`. */
import { Option, type Command } from "commander";
import {
  addCorrection,
  correctionAuthor,
  correctionRows,
  describeCorrection,
  formatRowsTable,
  readCorrectedStore,
  type CorrectedStore,
  type CorrectionOp,
} from "../corrections/index.ts";
import { BriefgraphError } from "../graph/errors.ts";
import { resolveNode } from "../graph/lookup.ts";
import { isEntity } from "../graph/model.ts";
import { ActorKindSchema, EntityTypeSchema, RelationTypeSchema } from "../graph/schema.ts";
import { resolveStorePath } from "../graph/store.ts";

interface CommonFlags {
  store?: string;
  by?: string;
  note?: string;
}

/** The entity `name` (name, alias or id) names in the corrected store; unknown names list the closest. */
function entityId(state: CorrectedStore, name: string): string {
  const id = resolveNode(state.graph, name);
  if (!isEntity(state.graph.getNodeAttributes(id))) throw new BriefgraphError("USAGE", `"${name}" is a statement, not an entity`);
  return id;
}

function parseEnum<T extends string>(flag: string, schema: { options: readonly T[] }, value: string): T {
  const hit = schema.options.find((o) => o.toLowerCase() === value.toLowerCase());
  if (hit === undefined) throw new BriefgraphError("USAGE", `${flag} ${value}: expected one of ${schema.options.join(", ")}`);
  return hit;
}

/** Adds the correction `makeOp` builds, refusing one that does not apply to the store as it is; prints what it did. */
async function correct(flags: CommonFlags, makeOp: (state: CorrectedStore) => Promise<CorrectionOp> | CorrectionOp): Promise<void> {
  const { entry, state } = await addCorrection(resolveStorePath(flags.store), makeOp, { author: correctionAuthor(flags.by), note: flags.note });
  process.stdout.write(`${entry.id}: ${describeCorrection(entry)}\n`);
  for (const n of state.notes) if (n.correction.id === entry.id) process.stdout.write(`  ${n.note}\n`);
  for (const s of state.stale) process.stdout.write(`  ${s.correction.id} (${describeCorrection(s.correction)}) no longer applies: ${s.reason}\n`);
}

const common = (command: Command): Command =>
  command
    .option("--store <path>", "graph store (default .briefgraph/graph.json or $BRIEFGRAPH_STORE)")
    .option("--by <name>", "who makes the correction (default: the OS user)")
    .option("--note <text>", "why");

export function registerCorrectionCommands(program: Command): void {
  const cmd = program
    .command("correct")
    .description("Correct the graph: each correction goes to corrections.json beside the store and is replayed on every ingest.");

  common(cmd.command("merge").description("Merge an entity into another (it keeps every alias and all evidence).").argument("<from>").argument("<into>")).action(
    (from: string, into: string, flags: CommonFlags) => correct(flags, (s) => ({ op: "merge", from: entityId(s, from), into: entityId(s, into) })),
  );

  common(cmd.command("rename").description("Rename an entity (the old name stays an alias).").argument("<name>").argument("<new-name>")).action(
    (name: string, newName: string, flags: CommonFlags) => {
      if (newName.trim() === "") throw new BriefgraphError("USAGE", "rename: the new name is empty");
      return correct(flags, (s) => ({ op: "rename", node: entityId(s, name), name: newName.trim() }));
    },
  );

  common(
    cmd
      .command("retype")
      .description("Change an entity's type (an Actor needs --kind); relations the new type may not have are dropped.")
      .argument("<name>")
      .argument("<type>", "Actor, Body, Agreement, Exercise or Threat")
      .option("--kind <kind>", "an actor's kind: state, organization, person, alliance, group"),
  ).action((name: string, typeText: string, flags: CommonFlags & { kind?: string }) => {
    const type = parseEnum("type", EntityTypeSchema, typeText);
    const kind = flags.kind === undefined ? undefined : parseEnum("--kind", ActorKindSchema, flags.kind);
    if ((type === "Actor") !== (kind !== undefined)) throw new BriefgraphError("USAGE", type === "Actor" ? "retype: an Actor needs --kind" : "retype: only an Actor has a --kind");
    return correct(flags, (s) => ({ op: "retype", node: entityId(s, name), type, ...(kind ? { kind } : {}) }));
  });

  common(cmd.command("alias").description("Add an alias to an entity (--remove: remove one).").argument("<name>").argument("<alias>").option("--remove", "remove the alias")).action(
    (name: string, alias: string, flags: CommonFlags & { remove?: boolean }) => {
      if (alias.trim() === "") throw new BriefgraphError("USAGE", "alias: the alias is empty");
      return correct(flags, (s) => ({ op: "alias", node: entityId(s, name), action: flags.remove ? "remove" : "add", alias: alias.trim() }));
    },
  );

  common(cmd.command("remove").description("Remove an entity and its relations.").argument("<name>")).action((name: string, flags: CommonFlags) =>
    correct(flags, (s) => ({ op: "remove", node: entityId(s, name) })),
  );

  common(
    cmd
      .command("relate")
      .description("Add a relation, grounded in a sentence of a statement of the store (quoted exactly, with its offsets).")
      .argument("<source>")
      .argument("<type>", "a relation type (LEADS, PART_OF, …)")
      .argument("<target>")
      .requiredOption("--statement <id-or-title>", "the statement that states it")
      .requiredOption("--sentence <n>", "the sentence's number in the statement, from 1 (as briefs number them)")
      .requiredOption("--cue <words>", "the words of the sentence that state the relation")
      .option("--source <path>", "the statement's file, when it is no longer where it was ingested from"),
  ).action((source: string, typeText: string, target: string, flags: CommonFlags & { statement: string; sentence: string; cue: string; source?: string }) => {
    const type = parseEnum("type", RelationTypeSchema, typeText);
    const n = Number(flags.sentence);
    if (!Number.isInteger(n) || n < 1) throw new BriefgraphError("USAGE", `--sentence ${flags.sentence}: expected a sentence number from 1`);
    return correct(flags, async (s) => {
      const { sentenceEvidence } = await import("../corrections/sentence.ts");
      const evidence = await sentenceEvidence(s.graph, flags.statement, n - 1, flags.cue, flags.source === undefined ? {} : { sourcePath: flags.source });
      return { op: "relate", source: entityId(s, source), type, target: entityId(s, target), evidence };
    });
  });

  common(cmd.command("unrelate").description("Remove a relation.").argument("<source>").argument("<type>").argument("<target>")).action(
    (source: string, typeText: string, target: string, flags: CommonFlags) => {
      const type = parseEnum("type", RelationTypeSchema, typeText);
      return correct(flags, (s) => ({ op: "unrelate", source: entityId(s, source), type, target: entityId(s, target) }));
    },
  );

  common(cmd.command("undo").description("Undo a correction by its id (see `briefgraph corrections list`).").argument("<id>")).action((id: string, flags: CommonFlags) =>
    correct(flags, () => ({ op: "undo", target: id })),
  );

  const list = program.command("corrections").description("The corrections log beside the store.");
  const formatOption = () => new Option("--format <format>", "table or json").choices(["table", "json"]).default("table");
  list
    .command("list")
    .description("List every correction: id, status, time, author, what it does, note.")
    .option("--store <path>", "graph store")
    .addOption(formatOption())
    .action(async (flags: { store?: string; format: string }) => {
      const state = await readCorrectedStore(resolveStorePath(flags.store));
      const rows = correctionRows(state.log, state);
      process.stdout.write(flags.format === "json" ? `${JSON.stringify(rows, null, 2)}\n` : formatRowsTable(rows));
    });
  list
    .command("check")
    .description("Report the corrections that no longer apply (exit 1 when there is one).")
    .option("--store <path>", "graph store")
    .addOption(formatOption())
    .action(async (flags: { store?: string; format: string }) => {
      const state = await readCorrectedStore(resolveStorePath(flags.store));
      const rows = correctionRows(state.log, state).filter((r) => r.status === "stale");
      if (flags.format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else process.stdout.write(rows.length ? formatRowsTable(rows) : `all ${state.log.corrections.length} corrections apply\n`);
      if (rows.length) throw new BriefgraphError("CORRECTIONS_STALE", `${rows.length} of ${state.log.corrections.length} corrections no longer apply`);
    });
}
