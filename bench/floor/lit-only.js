// The floor: the least a Lit page can ship. One element with a style, a reactive property and a
// list, so that the parts of lit the app uses at start-up (templates, styles, reactivity) are in.
import { LitElement, css, html } from 'lit';

class FloorPage extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;
  static properties = { items: { state: true } };

  constructor() {
    super();
    this.items = ['one', 'two', 'three'];
  }

  render() {
    return html`<h1>Floor</h1>
      <ul>
        ${this.items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }

  updated() {
    performance.mark('floor:rendered');
  }
}
customElements.define('floor-page', FloorPage);
