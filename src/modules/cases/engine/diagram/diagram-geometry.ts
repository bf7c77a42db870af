import type { StateDefinition } from '../workflow-definition.ts';

/** The sizes of a workflow diagram, in SVG user units. */
export const boxWidth = 200;
export const boxHeight = 64;
export const columnGap = 48;
export const rowGap = 88;
export const margin = 24;
export const charactersPerLine = 26;
export const labelCharacterWidth = 6.6;

/** A state's box where it is drawn, and the row (layer) it is in. */
export interface Box {
  state: StateDefinition;
  x: number;
  y: number;
  layer: number;
}
