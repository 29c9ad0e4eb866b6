/**
 * Sigma's WebGL programs, set up for a quick first frame in software WebGL: each program draws its picking pass (the
 * hidden framebuffer sigma reads under the pointer) only once picking is switched on — the first frame then compiles
 * and runs half the shader pipelines — and the default programs no edge uses are replaced by one that compiles nothing.
 */
import type { Attributes } from "graphology-types";
import { NodeCircleProgram, createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram, type EdgeProgramType, type NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";

/** Whether the programs draw their picking pass; switched on once and for good (`picking.on = true`). */
export interface PickingSwitch {
  on: boolean;
}

/** Draws with `render`, leaving out the program's picking pass while `picking.on` is false (sigma skips a null one). */
function renderMaybePicking(program: object, picking: PickingSwitch, render: () => void): void {
  if (picking.on || !("pickProgram" in program)) {
    render();
    return;
  }
  const pick = program.pickProgram;
  program.pickProgram = null;
  try {
    render();
  } finally {
    program.pickProgram = pick;
  }
}

/** The edge program `Base`, whose picking pass waits for `picking.on` (its normal pass is drawn as usual). */
export function withLazyPicking<N extends Attributes, E extends Attributes>(Base: EdgeProgramType<N, E>, picking: PickingSwitch): EdgeProgramType<N, E> {
  return class extends Base {
    override render(params: RenderParams): void {
      renderMaybePicking(this, picking, () => super.render(params));
    }
  };
}

/** Sigma's disc node program, whose picking pass waits for `picking.on`. */
export function lazyCircleProgram<N extends Attributes, E extends Attributes>(picking: PickingSwitch): NodeProgramType<N, E> {
  return class extends NodeCircleProgram<N, E> {
    override render(params: RenderParams): void {
      renderMaybePicking(this, picking, () => super.render(params));
    }
  };
}

/** Sigma's straight arrow (a clamped line and a head), each part with lazy picking. */
export function lazyArrowProgram<N extends Attributes, E extends Attributes>(picking: PickingSwitch): EdgeProgramType<N, E> {
  return createEdgeCompoundProgram<N, E>([withLazyPicking(createEdgeClampedProgram<N, E>(), picking), withLazyPicking(createEdgeArrowHeadProgram<N, E>(), picking)]);
}

/** For a program type no edge uses (sigma registers its defaults anyway): compiles no shader, draws nothing. */
export class UnusedEdgeProgram {
  drawLabel = undefined;
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}
