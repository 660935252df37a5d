import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

/** Detail of the `files-chosen` event. */
export interface FilesChosenDetail {
  files: File[];
}

/**
 * Where checklist files come in: a file picker for keyboard and pointer, and an area to drop files on.
 *
 * @fires files-chosen - {FilesChosenDetail} with the files picked or dropped.
 */
@customElement('checklist-drop-zone')
export class ChecklistDropZone extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .zone {
        border: 3px dashed var(--border);
        border-radius: 10px;
        padding: 1.25rem;
        display: grid;
        gap: 0.6rem;
        grid-template-columns: minmax(0, 1fr);
        justify-items: start;
      }
      .zone.over {
        border-color: var(--accent);
        background: var(--color-accent-bg);
      }
      .drop {
        font-weight: 600;
        margin: 0;
      }
      input[type='file'] {
        max-width: 100%;
        font: inherit;
      }
    `,
  ];

  /** Label of the file picker. */
  @property() label = '';
  /** Text inside the drop area. */
  @property() dropText = '';

  @state() private over = false;

  private emit(list: FileList | null | undefined): void {
    const files = list ? Array.from(list) : [];
    if (files.length === 0) return;
    emit(this, 'files-chosen', { files });
  }

  private onDragOver(e: DragEvent): void {
    // Without preventDefault the browser would open the dropped file instead.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.over = true;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.over = false;
    this.emit(e.dataTransfer?.files);
  }

  private onChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.emit(input.files);
    // The same file can be chosen again after fixing it.
    input.value = '';
  }

  override render() {
    return html`
      <div
        class="zone ${this.over ? 'over' : ''}"
        @dragover=${this.onDragOver}
        @dragenter=${this.onDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <p class="drop">${this.dropText}</p>
        <label for="file">${this.label}</label>
        <input
          id="file"
          type="file"
          multiple
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          @change=${this.onChange}
        />
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-drop-zone': ChecklistDropZone;
  }
  interface HTMLElementEventMap {
    'files-chosen': CustomEvent<FilesChosenDetail>;
  }
}
