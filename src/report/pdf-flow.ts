import type { jsPDF } from 'jspdf';
import { drawableText, FONT_NAMES } from './pdf-fonts';

export type Rgb = readonly [number, number, number];

export const INK: Rgb = [20, 20, 20];
export const MUTED: Rgb = [80, 80, 80];
export const RULE: Rgb = [190, 190, 190];

export interface TextStyle {
  /** Font size in points. */
  size: number;
  bold?: boolean;
  color?: Rgb;
}

export interface Column {
  header: string;
  /** Width in mm, gutter included. */
  width: number;
}

const MM_PER_PT = 25.4 / 72;
const LINE_FACTOR = 1.3;
// DejaVu Sans ascends 0.93 em; placing the baseline there keeps each line inside its own box.
const ASCENT = 0.93;
const CELL_GUTTER = 3;

/**
 * Writes text top to bottom over as many A4 pages as it needs. Every line is checked against the
 * bottom margin before it is drawn, so a line is never cut by a page break.
 */
export class PageFlow {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
  /** Called after a page break made by the flow, e.g. to repeat a table header. */
  private onBreak: (() => void) | undefined;

  constructor(
    readonly doc: jsPDF,
    margin: { top: number; side: number; bottom: number },
  ) {
    this.left = margin.side;
    this.right = doc.internal.pageSize.getWidth() - margin.side;
    this.top = margin.top;
    this.bottom = doc.internal.pageSize.getHeight() - margin.bottom;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  lineHeight(size: number): number {
    return size * MM_PER_PT * LINE_FACTOR;
  }

  /** Starts a new page when less than `height` mm is left; true when it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom || this.y === this.top) return false;
    this.doc.addPage();
    this.y = this.top;
    this.onBreak?.();
    return true;
  }

  /** Vertical space, dropped at the top of a page. */
  gap(height: number): void {
    if (this.y > this.top) this.y = Math.min(this.y + height, this.bottom);
  }

  use(style: TextStyle): void {
    this.doc.setFont(FONT_NAMES[style.bold ? 'bold' : 'normal'], 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(...(style.color ?? INK));
  }

  /** Cleans and wraps a text to `width` mm in the given style. */
  wrap(text: string, style: TextStyle, width: number): string[] {
    this.use(style);
    const lines: string[] = this.doc.splitTextToSize(drawableText(this.doc, text), width);
    return lines.length > 0 ? lines : [''];
  }

  /** Draws one already wrapped line with its top at the current y; does not move y. */
  drawLine(line: string, x: number, style: TextStyle, align: 'left' | 'right' = 'left'): void {
    this.use(style);
    this.doc.text(line, x, this.y + style.size * MM_PER_PT * ASCENT, { align });
  }

  /** Height (mm) of a paragraph of `text` at `indent`; `first` counts only its first lines. */
  paragraphHeight(text: string, style: TextStyle, indent = 0, first = Infinity): number {
    const lines = this.wrap(text, style, this.width - indent).length;
    return Math.min(lines, first) * this.lineHeight(style.size);
  }

  /**
   * Writes a wrapped paragraph. `keep` is extra height (mm) that must fit on the same page as
   * the first lines, so that a heading is not left alone at the bottom of a page; with `whole`
   * every line of the paragraph (a heading) must fit there too.
   */
  paragraph(
    text: string,
    style: TextStyle,
    options: { indent?: number; keep?: number; whole?: boolean; beside?: () => void } = {},
  ): void {
    const indent = options.indent ?? 0;
    const lines = this.wrap(text, style, this.width - indent);
    const height = this.lineHeight(style.size);
    const first = options.whole ? lines.length : Math.min(lines.length, 2);
    this.ensure(first * height + (options.keep ?? 0));
    // Something drawn beside the first line (a marker in the indent) lands on the same page.
    options.beside?.();
    for (const line of lines) {
      this.ensure(height);
      this.drawLine(line, this.left + indent, style);
      this.y += height;
    }
  }

  rule(color: Rgb = RULE, width = 0.2): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(width);
    this.doc.line(this.left, this.y, this.right, this.y);
  }

  private rowHeight(columns: Column[], row: string[], style: TextStyle): number {
    const lines = columns.map((c, i) => this.wrap(row[i] ?? '', style, c.width - CELL_GUTTER));
    return Math.max(...lines.map((l) => l.length)) * this.lineHeight(style.size);
  }

  /**
   * Height (mm) of a table's header and first row (as much of it as fits a page): what a title
   * above the table must keep with it.
   */
  tableLead(columns: Column[], rows: string[][], style: TextStyle): number {
    const header =
      this.rowHeight(
        columns,
        columns.map((c) => c.header),
        { ...style, bold: true },
      ) + 2;
    const first = rows[0] ? this.rowHeight(columns, rows[0], style) : 0;
    return Math.min(header + first, this.bottom - this.top);
  }

  /**
   * A table whose cells wrap. A row moves to the next page whole when it fits on one page;
   * a taller row continues line by line. The header repeats on every page the table reaches,
   * and never stands alone at a page's foot: it moves on with the first row.
   */
  table(columns: Column[], rows: string[][], style: TextStyle): void {
    const headerStyle: TextStyle = { ...style, bold: true, color: MUTED };
    const drawHeader = (): void => {
      const cells = columns.map((c) => this.wrap(c.header, headerStyle, c.width - CELL_GUTTER));
      this.cells(columns, cells, headerStyle);
      this.y += 0.8;
      this.rule(MUTED, 0.3);
      this.y += 1.2;
    };
    const headerHeight =
      this.rowHeight(
        columns,
        columns.map((c) => c.header),
        headerStyle,
      ) + 2;
    this.ensure(this.tableLead(columns, rows, style));
    drawHeader();
    this.onBreak = drawHeader;
    const height = this.lineHeight(style.size);
    for (const row of rows) {
      const cells = columns.map((c, i) => this.wrap(row[i] ?? '', style, c.width - CELL_GUTTER));
      const rowHeight = Math.max(...cells.map((c) => c.length)) * height;
      if (rowHeight + headerHeight <= this.bottom - this.top) this.ensure(rowHeight);
      this.cells(columns, cells, style);
      this.y += 1;
      this.rule();
      this.y += 1.2;
    }
    this.onBreak = undefined;
  }

  private cells(columns: Column[], cells: string[][], style: TextStyle): void {
    const height = this.lineHeight(style.size);
    const count = Math.max(...cells.map((c) => c.length));
    if (this.y + count * height <= this.bottom) {
      // Cell by cell, so that text extraction and copying read each cell as one piece.
      const top = this.y;
      let x = this.left;
      columns.forEach((column, i) => {
        (cells[i] ?? []).forEach((text, line) => {
          this.y = top + line * height;
          if (text) this.drawLine(text, x, style);
        });
        x += column.width;
      });
      this.y = top + count * height;
      return;
    }
    // Taller than the page: line by line across the break.
    for (let line = 0; line < count; line++) {
      this.ensure(height);
      let x = this.left;
      columns.forEach((column, i) => {
        const text = cells[i]?.[line];
        if (text) this.drawLine(text, x, style);
        x += column.width;
      });
      this.y += height;
    }
  }
}
