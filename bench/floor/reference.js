// Reference workloads for the list of 1,000 and the regional overview, timed in turns with the app's
// on the same stored data (the app's database, same origin): the least a Lit page does to show
// them. `#list`: read the 50 newest records and render a row for each. `#overview`: read every
// record, average each organisation's levels and render a row per organisation. The app's times
// are gated as multiples of these, so a busy machine slows both alike (bench/BUDGETS.md).
import { LitElement, html } from 'lit';
import { openDB } from 'idb';

const DB_NAME = 'jarjestoystavallisyys';
const SHOWN = 50;

function levels(assessment) {
  return Object.values(assessment.answers ?? {})
    .map((a) => a.level)
    .filter((l) => typeof l === 'number');
}

class ReferencePage extends LitElement {
  static properties = { rows: { state: true } };

  constructor() {
    super();
    this.rows = null;
    this.mode = location.hash === '#overview' ? 'overview' : 'list';
  }

  async connectedCallback() {
    super.connectedCallback();
    performance.mark(`ref:${this.mode}-load`);
    // No version: the app's database as it is.
    const db = await openDB(DB_NAME);
    if (this.mode === 'list') {
      const tx = db.transaction('assessments');
      const index = tx.store.index('by-updated');
      const rows = [];
      let cursor = await index.openCursor(null, 'prev');
      // One getAll from the 50th newest on, as a careful hand would write it.
      if (cursor) cursor = await cursor.advance(SHOWN - 1).catch(() => null);
      const from = cursor ? IDBKeyRange.lowerBound(cursor.key) : null;
      const newest = (await index.getAll(from)).reverse().slice(0, SHOWN);
      for (const a of newest) rows.push([a.organisation, a.date, levels(a).length]);
      this.rows = rows;
    } else {
      const all = await db.getAll('assessments');
      performance.mark('ref:overview-data');
      const byOrganisation = new Map();
      for (const a of all) {
        const list = byOrganisation.get(a.organisation) ?? [];
        list.push(...levels(a));
        byOrganisation.set(a.organisation, list);
      }
      this.rows = [...byOrganisation].map(([name, ls]) => [
        name,
        ls.length,
        ls.length ? (ls.reduce((s, l) => s + l, 0) / ls.length).toFixed(2) : '–',
      ]);
    }
    db.close();
  }

  render() {
    if (!this.rows) return html`<p>…</p>`;
    return html`<table>
      <tbody>
        ${this.rows.map(
          (r) =>
            html`<tr>
              ${r.map((c) => html`<td>${c}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  updated() {
    if (this.rows) performance.mark(`ref:${this.mode}-rendered`);
  }
}
customElements.define('reference-page', ReferencePage);
