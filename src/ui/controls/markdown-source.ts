import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared';

/** Detail of the `source-input` event. */
export interface SourceInputDetail {
  value: string;
}

/**
 * A monospace text area for Markdown with a line-number gutter that follows its scrolling.
 * Lines do not wrap, so gutter line n is always text line n.
 *
 * @fires source-input - {SourceInputDetail} on every edit.
 */
@customElement('markdown-source')
export class MarkdownSource extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .frame {
        display: flex;
        border: 2px solid var(--border);
        border-radius: 6px;
        background: var(--surface);
        overflow: hidden;
      }
      .frame:focus-within {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
        box-shadow: 0 0 0 5px #1a1a1a;
      }
      .gutter,
      textarea {
        font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
        font-size: 0.95rem;
        line-height: 1.5;
        padding: 0.5rem;
        margin: 0;
        box-sizing: border-box;
        height: var(--source-height, 70vh);
      }
      .gutter {
        overflow: hidden;
        text-align: right;
        color: var(--muted);
        background: #eef1f5;
        border-right: 1px solid #d0d4da;
        user-select: none;
        min-width: 3.5em;
        white-space: pre;
        /* Room for the text area's horizontal scrollbar, so the last numbers can scroll level with it. */
        padding-bottom: 3rem;
      }
      textarea {
        flex: 1;
        border: none;
        border-radius: 0;
        resize: none;
        white-space: pre;
        overflow: auto;
        min-height: 0;
        tab-size: 2;
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

  @state() private lineCount = 1;
  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('.gutter') private gutter!: HTMLElement;

  protected override willUpdate(): void {
    this.lineCount = this.countLines(this.textarea?.value ?? this.value);
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
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (row - 1) * lineHeight - area.clientHeight / 2);
    this.syncScroll();
    this.scrollIntoView({ block: 'nearest' });
  }

  /** The text as it is now, including edits not yet sent. */
  get currentValue(): string {
    return this.textarea?.value ?? this.value;
  }

  private countLines(text: string): number {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }

  private onInput(): void {
    const value = this.textarea.value;
    this.lineCount = this.countLines(value);
    this.dispatchEvent(
      new CustomEvent<SourceInputDetail>('source-input', {
        detail: { value },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private syncScroll(): void {
    this.gutter.scrollTop = this.textarea.scrollTop;
  }

  override render() {
    const numbers = Array.from({ length: this.lineCount }, (_, i) => i + 1).join('\n');
    return html`
      <label for="source">${this.label}</label>
      <p class="hint" id="source-hint">${this.hint}</p>
      <div class="frame">
        <div class="gutter" aria-hidden="true">${numbers}</div>
        <textarea
          id="source"
          spellcheck="false"
          wrap="off"
          autocapitalize="off"
          aria-describedby="source-hint"
          .value=${this.value}
          @input=${this.onInput}
          @scroll=${this.syncScroll}
        ></textarea>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'markdown-source': MarkdownSource;
  }
}
