import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

/** Detail of the `source-input` event. */
export interface SourceInputDetail {
  value: string;
}

/**
 * A monospace text area for Markdown with a line-number gutter that follows its scrolling.
 * Long lines wrap; a hidden copy of the text measures how tall each line is, so number n
 * always sits beside the first row of line n.
 *
 * @fires source-input - {SourceInputDetail} on every edit.
 */
@customElement('markdown-source')
export class MarkdownSource extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .frame {
        position: relative;
        display: flex;
        border: 2px solid var(--border);
        border-radius: 6px;
        background: var(--surface);
        overflow: hidden;
        height: var(--source-height, 70vh);
      }
      .frame:focus-within {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
        box-shadow: 0 0 0 5px var(--color-ink);
      }
      .gutter,
      .mirror,
      textarea {
        font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
        font-size: 0.95rem;
        line-height: 1.5;
        tab-size: 2;
        margin: 0;
        box-sizing: border-box;
      }
      .gutter {
        flex: none;
        overflow: hidden;
        text-align: right;
        color: var(--muted);
        background: var(--color-surface-muted);
        border-right: 1px solid var(--color-border);
        user-select: none;
        min-width: 3.5em;
        padding: 0.5rem 0.5rem 3rem;
      }
      .mirror,
      textarea {
        padding: 0.5rem;
        white-space: pre-wrap;
        overflow-wrap: break-word;
      }
      .mirror {
        position: absolute;
        top: 0;
        left: 0;
        visibility: hidden;
        pointer-events: none;
      }
      textarea {
        flex: 1;
        height: 100%;
        border: none;
        border-radius: 0;
        resize: none;
        overflow-x: hidden;
        overflow-y: auto;
        min-height: 0;
      }
      textarea:focus-visible {
        outline: none;
        box-shadow: none;
      }
    `,
  ];

  /** The Markdown shown; the control does not echo edits back into it. */
  @property() value = '';
  @property() label = '';
  @property() hint = '';

  /** The height in pixels of each line as wrapped. */
  @state() private heights: number[] = [];
  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('.gutter') private gutter!: HTMLElement;
  @query('.mirror') private mirror!: HTMLElement;

  private readonly resize = new ResizeObserver(() => this.measure());

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    // The observer also calls back once at the start, which makes the first measurement.
    this.resize.observe(this.textarea);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new text from outside: measure it before this render rather than scheduling another.
    if (changed.has('value') && this.textarea) this.measure(this.value);
  }

  protected override updated(): void {
    this.syncScroll();
  }

  /** Puts the caret at a 1-based line and column, focuses the text and scrolls the line into view. */
  goTo(line: number, column: number): void {
    const area = this.textarea;
    const lines = area.value.split('\n');
    const row = Math.min(Math.max(line, 1), lines.length);
    let offset = 0;
    for (let i = 0; i < row - 1; i++) offset += lines[i]!.length + 1;
    offset += Math.min(Math.max(column - 1, 0), lines[row - 1]!.length);
    area.focus();
    area.setSelectionRange(offset, offset);
    const top = this.heights.slice(0, row - 1).reduce((sum, h) => sum + h, 0);
    area.scrollTop = Math.max(0, top - area.clientHeight / 3);
    this.syncScroll();
    this.scrollIntoView({ block: 'nearest' });
  }

  /** Lays the text out in the hidden copy, at the text area's width, and reads each line's height. */
  private measure(text = this.textarea?.value ?? ''): void {
    const area = this.textarea;
    const mirror = this.mirror;
    if (!area || !mirror) return;
    mirror.style.width = `${area.clientWidth}px`;
    const lines = text.split('\n');
    mirror.replaceChildren(
      ...lines.map((line) => {
        const row = document.createElement('div');
        // An empty line still takes one row.
        row.textContent = line === '' ? ' ' : line;
        return row;
      }),
    );
    const heights = Array.from(mirror.children, (row) => row.getBoundingClientRect().height);
    mirror.replaceChildren();
    if (heights.length !== this.heights.length || heights.some((h, i) => h !== this.heights[i])) {
      this.heights = heights;
    }
  }

  private onInput(): void {
    this.measure();
    emit(this, 'source-input', { value: this.textarea.value });
  }

  private syncScroll(): void {
    if (this.gutter && this.textarea) this.gutter.scrollTop = this.textarea.scrollTop;
  }

  override render() {
    return html`
      <label for="source">${this.label}</label>
      <p class="hint" id="source-hint">${this.hint}</p>
      <div class="frame">
        <div class="gutter" aria-hidden="true">
          ${this.heights.map((h, i) => html`<div style=${`height:${h}px`}>${i + 1}</div>`)}
        </div>
        <textarea
          id="source"
          spellcheck="false"
          autocapitalize="off"
          aria-describedby="source-hint"
          .value=${this.value}
          @input=${this.onInput}
          @scroll=${this.syncScroll}
        ></textarea>
        <div class="mirror" aria-hidden="true"></div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'markdown-source': MarkdownSource;
  }
  interface HTMLElementEventMap {
    'source-input': CustomEvent<SourceInputDetail>;
  }
}
