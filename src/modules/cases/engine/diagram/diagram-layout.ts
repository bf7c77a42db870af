import type { StateDefinition, WorkflowDefinition } from '../workflow-definition.ts';
import { type Box, boxHeight, boxWidth, columnGap, margin, rowGap } from './diagram-geometry.ts';

/**
 * Layers: breadth-first depth from the initial state for the states that are not end states, then all end states in
 * one last row (so "withdraw" from many states does not pull an end state into the middle); states nothing leads to
 * (only in an invalid definition) go in a row of their own before the end states.
 */
export const layersOf = (workflow: WorkflowDefinition): string[][] => {
  const isEnd = new Set(workflow.states.filter((state) => state.end).map((state) => state.id));
  const known = new Set(workflow.states.map((state) => state.id));
  const depth = new Map<string, number>();
  if (known.has(workflow.initialState) && !isEnd.has(workflow.initialState)) depth.set(workflow.initialState, 0);
  const queue = [...depth.keys()];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const transition of workflow.transitions) {
      if (
        transition.from.includes(current) &&
        known.has(transition.to) &&
        !isEnd.has(transition.to) &&
        !depth.has(transition.to)
      ) {
        depth.set(transition.to, depth.get(current)! + 1);
        queue.push(transition.to);
      }
    }
  }
  const layers: string[][] = [];
  for (const [id, layer] of depth) {
    layers[layer] ??= [];
    layers[layer].push(id);
  }
  const unreached = workflow.states.filter((state) => !state.end && !depth.has(state.id)).map((state) => state.id);
  if (unreached.length > 0) layers.push(unreached);
  const ends = workflow.states.filter((state) => state.end).map((state) => state.id);
  if (ends.length > 0) layers.push(ends);
  return layers.filter((layer) => layer && layer.length > 0);
};

/** Each layer a centred row of boxes, rows stacked top to bottom. */
export function placeBoxes(layers: string[][], stateById: Map<string, StateDefinition>, contentWidth: number) {
  const boxes = new Map<string, Box>();
  layers.forEach((layer, layerIndex) => {
    const rowWidth = layer.length * boxWidth + (layer.length - 1) * columnGap;
    const left = margin + (contentWidth - rowWidth) / 2;
    layer.forEach((stateId, index) => {
      boxes.set(stateId, {
        state: stateById.get(stateId)!,
        x: left + index * (boxWidth + columnGap),
        y: margin + layerIndex * (boxHeight + rowGap),
        layer: layerIndex,
      });
    });
  });
  return boxes;
}
