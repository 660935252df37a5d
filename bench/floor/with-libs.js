// The floor plus the libraries the start page needs: lit with its decorators, and idb (the list
// reads IndexedDB at start-up). The budget for our start-up JS is a multiple of this page's JS.
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { openDB } from 'idb';

class FloorLibs extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    /** Null until read from IndexedDB. */
    this.items = null;
    this.label = 'Floor';
  }

  async connectedCallback() {
    super.connectedCallback();
    const db = await openDB('floor', 1, {
      upgrade(database) {
        database.createObjectStore('items', { keyPath: 'id' });
      },
    });
    this.items = await db.getAll('items');
    db.close();
  }

  render() {
    return html`<h1>${this.label}</h1>
      <ul>
        ${(this.items ?? []).map((item) => html`<li>${item.id}</li>`)}
      </ul>
      <dialog></dialog>`;
  }

  updated() {
    // Like the app's 'app:list-rendered': rendered with what IndexedDB holds (a first visit: nothing).
    if (this.items && this.dialog) performance.mark('floor:rendered');
  }
}
// Plain JavaScript: the decorators applied by hand, as the app's compiled TypeScript does.
state()(FloorLibs.prototype, 'items');
property()(FloorLibs.prototype, 'label');
// Without TypeScript's decorate helper, a legacy field decorator's descriptor is applied by hand.
Object.defineProperty(
  FloorLibs.prototype,
  'dialog',
  query('dialog')(FloorLibs.prototype, 'dialog'),
);
customElement('floor-libs')(FloorLibs);
