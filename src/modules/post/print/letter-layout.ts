import { PageSizes, rgb, type PDFFont } from 'pdf-lib';

/** The layout of a printed letter (DIN 5008 form B, which fits the Danish C5/C65 window envelopes). */
export const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
export const mm = (millimetres: number) => (millimetres * 72) / 25.4;
export const LEFT = mm(25);
export const RIGHT = PAGE_WIDTH - mm(20);
/** The window: 45 mm from the top, 20 mm from the left, 85 × 45 mm; its top 5 mm hold the return address. */
export const WINDOW_TOP = mm(45);
export const WINDOW_WIDTH = mm(80);
export const SENDER_COLUMN = mm(125);
export const SUBJECT_TOP = mm(98);
export const FOLLOWING_PAGE_TOP = mm(25);
export const BOTTOM = mm(25);
export const BODY_SIZE = 11;
export const BODY_LEADING = 15;
export const SUBJECT_SIZE = 12.5;
export const INK = rgb(0, 0, 0);
export const GREY = rgb(0.3, 0.3, 0.3);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}
export interface Line {
  text: string;
  bold?: boolean;
  keepWithNext?: boolean;
}
