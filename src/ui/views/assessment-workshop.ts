import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { languageTag, t } from '../../i18n';
import type { Answer, Tally } from '../../model/assessment';
import { emptyAnswer } from '../../model/assessment-ops';
import { allItems, hasDrafts, type Checklist, type Item } from '../../model/checklist';
import { buildRoomView, type RoomView, type WorkshopCursor } from '../../model/room';
import { digitKeys, levelForDigit } from '../../model/scales';
import { AssessmentStore } from '../state/assessment-store';
import '../controls/answer-editor';
import { draftBadge } from '../controls/draft-badge';
import '../controls/level-picker';
import '../controls/last-time';
import { copyLastTimeAnswer } from '../../model/next-round';
import { markdown } from '../controls/markdown';
import '../controls/perspective-settings';
import '../controls/save-status';
import '../controls/notes-conflicts';
import '../controls/shortcut-help';
import { singleKeyShortcutsOn, type ShortcutHelp } from '../controls/shortcut-help';
import '../controls/vote-tally';
import '../controls/survey-answers';
import { LocaleController } from '../shell/locale-controller';
import { ViewSubjectController } from '../shell/view-subject';
import { assessmentHref, projectorHref, workshopHref } from '../shell/route';
import { detailsStyles, sharedStyles } from '../styles/shared';
import { WorkshopChannel } from '../state/workshop-channel';
import { itemDetails } from './item-card';
import './results-view';
import './workshop-projector';
import {
  elapsedSeconds,
  formatClock,
  readTimer,
  stoppedTimer,
  toggleTimer,
  type ItemTimer,
} from '../../model/timer';

/** Elements where typed keys belong to the field, not to the shortcuts. */
function isTextEntry(el: Element | undefined): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement)
    return !['radio', 'checkbox', 'button', 'submit'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}

/** Focusable controls: a single-character key pressed on one belongs to it, not to the shortcuts. */
const CONTROLS =
  'button, a[href], summary, select, input, textarea, [contenteditable], [role="button"], ' +
  '[role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], ' +
  '[role="menuitem"], [role="option"], [role="slider"], [role="spinbutton"], [role="combobox"]';

function isControl(el: Element | undefined): boolean {
  return el instanceof Element && el.closest(CONTROLS) !== null;
}

/** Keys with which a closed select browses its options; a change made with them is not a choice yet. */
function browsesSelect(e: KeyboardEvent): boolean {
  if (e.altKey || e.key === ' ' || e.key === 'Enter') return false;
  return /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down))$/.test(e.key) || e.key.length === 1;
}

/**
 * Workshop mode: the facilitator leads the room through the items one at a time, keyboard first,
 * records votes and perspectives, and drives the projector view (a second window, or this one).
 */
@customElement('assessment-workshop')
export class AssessmentWorkshop extends LitElement {
  static override styles = [
    sharedStyles,
    detailsStyles,
    css`
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        justify-content: space-between;
      }
      h1 {
        margin: 0;
        font-size: 1.4rem;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin: 1rem 0;
      }
      .progress {
        font-weight: 700;
        font-size: 1.2rem;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr);
        gap: 1.5rem;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .heading-title {
        color: var(--muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
        font-weight: 700;
        margin: 0;
      }
      .statement {
        font-size: 1.9rem;
        line-height: 1.25;
        margin: 0.3rem 0 1rem;
      }
      level-picker {
        --level-font-size: 1.15rem;
      }
      /* One column that may shrink below its content's widest word: with wider text spacing
         (WCAG 1.4.12) the column keeps to its grid track, and its contents wrap instead. */
      .panel {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.5rem;
        align-content: start;
      }
      .timer {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .clock {
        font-variant-numeric: tabular-nums;
        font-size: 1.5rem;
        font-weight: 700;
        min-width: 4ch;
      }
      dialog.present {
        position: fixed;
        inset: 0;
        width: 100vw;
        height: 100vh;
        max-width: none;
        max-height: none;
        margin: 0;
        padding: 0;
        border: 0;
        background: var(--color-ink-strong);
      }
      .exit-present {
        position: fixed;
        right: 1rem;
        bottom: 1rem;
        z-index: 101;
        opacity: 0.85;
      }
      .notice {
        color: var(--danger);
        font-weight: 600;
      }
    `,
  ];

  @property() assessmentId = '';
  /** 1-based item number from the route; 0 is the closing summary. */
  @property({ type: Number }) itemNumber = 1;

  @state() private presenting = false;
  @state() private revealVotes = false;
  @state() private announcement = '';
  @state() private notice = '';
  @state() private now = Date.now();

  @query('shortcut-help') private help!: ShortcutHelp;

  private readonly locale = new LocaleController(this);
  private readonly store = new AssessmentStore(this);
  private readonly subject = new ViewSubjectController(
    this,
    () => this.store.assessment?.organisation,
  );
  private readonly timers = new Map<string, ItemTimer>();
  private channel?: WorkshopChannel;
  private lastPosted = '';
  private ticker?: ReturnType<typeof setInterval>;
  private presentOpener?: HTMLElement;
  /** The jump list was moved with browsing keys: its change is not a choice until Enter. */
  private jumpBrowsed = false;

  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.ticker = setInterval(() => {
      if (this.currentTimer().running) this.now = Date.now();
    }, 500);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    clearInterval(this.ticker);
    this.channel?.close();
    this.channel = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assessmentId')) {
      void this.store.load(this.assessmentId);
      this.channel?.close();
      this.channel = new WorkshopChannel(this.assessmentId, (message) => {
        if (message.type === 'hello') this.postView(true);
      });
    }
    if (changed.has('itemNumber') && changed.get('itemNumber') !== undefined) {
      this.revealVotes = false;
      const item = this.currentItem();
      if (item) {
        this.announcement = t('workshop.moved', {
          n: this.itemNumber,
          total: this.items().length,
          statement: item.statement,
        });
      }
    }
  }

  protected override updated(): void {
    const present = this.renderRoot.querySelector<HTMLDialogElement>('dialog.present');
    if (present && !present.open) present.showModal();
    this.postView(false);
  }

  private get checklist(): Checklist | undefined {
    return this.store.snapshot?.checklist;
  }

  private items(): Item[] {
    return this.checklist ? allItems(this.checklist) : [];
  }

  private currentItem(): Item | undefined {
    return this.itemNumber === 0 ? undefined : this.items()[this.itemNumber - 1];
  }

  private currentAnswer(): Answer {
    const item = this.currentItem();
    return (item && this.store.assessment?.answers[item.id]) || emptyAnswer();
  }

  private currentTimer(): ItemTimer {
    const key = this.currentItem()?.id ?? 'summary';
    return this.timers.get(key) ?? stoppedTimer(Date.now());
  }

  private cursor(): WorkshopCursor {
    return {
      index: Math.max(0, this.itemNumber - 1),
      revealVotes: this.revealVotes,
      summary: this.itemNumber === 0,
      timer: readTimer(this.currentTimer(), Date.now()),
    };
  }

  private roomView(): RoomView | undefined {
    const { assessment } = this.store;
    const checklist = this.checklist;
    return assessment && checklist
      ? buildRoomView(checklist, assessment, this.cursor())
      : undefined;
  }

  /** Sends the room's view to projector windows when it changed (or always, when one just opened). */
  private postView(force: boolean): void {
    const view = this.roomView();
    if (!view) return;
    const { timer, ...rest } = view.cursor;
    const key = JSON.stringify({
      ...view,
      cursor: { ...rest, running: timer.running, seconds: Math.floor(timer.seconds) },
    });
    if (!force && key === this.lastPosted) return;
    this.lastPosted = key;
    this.channel?.post({ type: 'view', view });
  }

  private go(n: number): void {
    const total = this.items().length;
    const next = Math.min(Math.max(n, 0), total);
    if (next !== this.itemNumber) location.hash = workshopHref(this.assessmentId, next);
  }

  private step(delta: 1 | -1): void {
    const total = this.items().length;
    // Past the last item comes the summary (0); before the summary, the last item.
    if (this.itemNumber === 0) this.go(delta < 0 ? total : 0);
    else if (this.itemNumber === total && delta > 0) this.go(0);
    else this.go(this.itemNumber + delta);
  }

  private setAnswer(change: Partial<Answer>): void {
    const item = this.currentItem();
    if (!item) return;
    const answer: Answer = { ...this.currentAnswer(), ...change };
    if (answer.level === undefined) delete answer.level;
    this.store.setAnswer(item.id, answer);
  }

  /** Takes last round's level, target and notes into this item's answer. */
  private copyLastTime(item: Item): void {
    const last = this.store.assessment?.previousRound?.items[item.id];
    if (last && this.checklist) {
      this.setAnswer(copyLastTimeAnswer(this.currentAnswer(), last, this.checklist.scale));
    }
  }

  private setLevel(level: number | null | undefined): void {
    this.setAnswer({ level });
    const label =
      level === null
        ? t('item.dontKnow')
        : (this.checklist?.scale.levels.find((l) => l.value === level)?.label ?? '');
    if (level !== undefined) this.announcement = t('workshop.levelSet', { level: label });
  }

  /** Votes are a proposal: counting never sets the agreed level, the facilitator does. */
  private setTally(tally: Tally): void {
    this.setAnswer({ tally });
  }

  private toggleTimer(): void {
    const key = this.currentItem()?.id ?? 'summary';
    const now = Date.now();
    this.timers.set(key, toggleTimer(this.currentTimer(), now));
    this.now = now;
  }

  private resetTimer(): void {
    const now = Date.now();
    this.timers.set(this.currentItem()?.id ?? 'summary', stoppedTimer(now));
    this.now = now;
  }

  private togglePresenting(): void {
    this.presenting = !this.presenting;
    if (this.presenting) {
      this.presentOpener = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | undefined;
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector('workshop-projector')
          ?.shadowRoot?.querySelector<HTMLElement>('h1')
          ?.focus(),
      );
    } else {
      void this.updateComplete.then(() =>
        (this.presentOpener ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus(),
      );
    }
  }

  private openProjectorWindow(): void {
    const opened = window.open(
      projectorHref(this.assessmentId),
      `jy-projector-${this.assessmentId}`,
      'popup',
    );
    this.notice = opened ? '' : t('workshop.projectorBlocked');
  }

  /** Keeps Tab inside the presenting overlay, which is modal. */
  private trapFocus(e: KeyboardEvent): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.present');
    if (!dialog) return;
    const inProjector =
      dialog
        .querySelector('workshop-projector')
        ?.shadowRoot?.querySelectorAll<HTMLElement>('a[href], button') ?? [];
    const stops = [...inProjector, ...dialog.querySelectorAll<HTMLElement>(':scope > button')];
    e.preventDefault();
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const at = stops.indexOf(active as HTMLElement);
    const next =
      at < 0
        ? stops[e.shiftKey ? stops.length - 1 : 0]
        : stops[(at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length];
    next?.focus();
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private handleKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || !this.checklist) return;
    const target = e.composedPath()[0] as Element | undefined;
    if (this.help?.open) return; // the dialog handles its own keys (Escape closes it)
    if (this.presenting && e.key === 'Tab') return this.trapFocus(e);
    if (isTextEntry(target)) {
      if (e.key === 'Escape') {
        (target as HTMLElement).blur();
        this.focusHeading();
      }
      return;
    }
    const key = e.key;
    if (key === 'Escape') {
      if (this.presenting) this.togglePresenting();
      else if (isControl(target))
        this.focusHeading(); // hands the keys back to the shortcuts
      else return;
      e.preventDefault();
      return;
    }
    // On a button, link or other control, keys belong to it (WCAG 2.1.4); a clicker's PageDown and
    // PageUp still move. Single-character shortcuts can also be turned off in the help.
    const onControl = isControl(target);
    const single = key.length === 1;
    if (single && (onControl || !singleKeyShortcutsOn())) return;
    let handled = true;
    if (key === 'PageDown') this.step(1);
    else if (key === 'PageUp') this.step(-1);
    else if (onControl) handled = false;
    else if (key === 'ArrowRight') this.step(1);
    else if (key === 'ArrowLeft') this.step(-1);
    else if (key === 'Home') this.go(1);
    else if (key === 'End') this.go(this.items().length);
    else if (/^[0-9]$/.test(key) && this.currentItem()) {
      const level = levelForDigit(this.checklist.scale, Number(key));
      if (level !== undefined) this.setLevel(level);
      else handled = false;
    } else if ((key === 'x' || key === 'X') && this.currentItem()) this.setLevel(null);
    else if (key === 't' || key === 'T') this.toggleTimer();
    else if (key === 'r' || key === 'R') this.resetTimer();
    else if (key === 'v' || key === 'V') this.revealVotes = !this.revealVotes;
    else if (key === 's' || key === 'S') this.go(0);
    else if (key === 'p' || key === 'P') this.togglePresenting();
    else if (key === 'w' || key === 'W') this.openProjectorWindow();
    else if ((key === 'c' || key === 'C') && this.currentItem())
      this.renderRoot.querySelector('vote-tally')?.focusCounts();
    else if (key === '?' || key === 'h' || key === 'H') this.help.show();
    else handled = false;
    if (handled) e.preventDefault();
  }

  override render() {
    const { assessment: a, loadError } = this.store;
    const checklist = this.checklist;
    if (loadError) {
      return html`<h1 tabindex="-1">${t('assessment.notFound')}</h1>
        <p class="error" role="alert">${loadError}</p>
        <p><a href="#/">${t('app.backToList')}</a></p>`;
    }
    if (!a || !checklist) return html`<p>${t('app.loading')}</p>`;
    const items = this.items();
    const item = this.currentItem();
    const view = this.presenting ? this.roomView() : undefined;
    return html`
      <div class="top">
        <div>
          <p><a href=${assessmentHref(a.id)}>${t('app.backToList')}</a></p>
          <h1 tabindex="-1">${t('workshop.heading', { organisation: a.organisation })}</h1>
        </div>
        <div class="toolbar">
          <button type="button" class="secondary" @click=${() => this.help.show()}>
            ${t('workshop.help')} (?)
          </button>
          <button type="button" class="secondary" @click=${this.openProjectorWindow}>
            ${t('workshop.openProjector')} (W)
          </button>
          <button type="button" @click=${this.togglePresenting}>
            ${t('workshop.presentHere')} (P)
          </button>
        </div>
      </div>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
      <div class="nav">
        <button
          type="button"
          class="secondary"
          ?disabled=${this.itemNumber === 1}
          @click=${() => this.step(-1)}
        >
          ← ${t('workshop.previous')}
        </button>
        <span class="progress">
          ${item ? t('workshop.progress', { n: this.itemNumber, total: items.length }) : t('workshop.summary')}
        </span>
        <button
          type="button"
          class="secondary"
          ?disabled=${this.itemNumber === 0}
          @click=${() => this.step(1)}
        >
          ${t('workshop.next')} →
        </button>
        <label for="jump">${t('workshop.jumpTo')}</label>
        <select
          id="jump"
          @keydown=${(e: KeyboardEvent) => {
            this.jumpBrowsed = browsesSelect(e);
            if (e.key === 'Enter') {
              e.preventDefault();
              this.go(Number((e.target as HTMLSelectElement).value));
            }
          }}
          @pointerdown=${() => (this.jumpBrowsed = false)}
          @change=${(e: Event) => {
            if (!this.jumpBrowsed) this.go(Number((e.target as HTMLSelectElement).value));
          }}
          @blur=${(e: Event) => {
            this.jumpBrowsed = false;
            (e.target as HTMLSelectElement).value = String(this.itemNumber);
          }}
        >
          ${items.map(
            (it, i) =>
              html`<option value=${i + 1} ?selected=${i + 1 === this.itemNumber}>
                ${i + 1}. ${it.statement.slice(0, 70)}${it.statement.length > 70 ? '…' : ''}
              </option>`,
          )}
          <option value="0" ?selected=${this.itemNumber === 0}>${t('workshop.summary')}</option>
        </select>
        <save-status
          .state=${this.store.saveState}
          .savedAt=${this.store.savedAt}
          .message=${this.store.saveError}
          @save-retry=${() => void this.store.flush()}
        ></save-status>
      </div>
      <notes-conflicts
        .conflicts=${this.store.conflicts}
        .numbers=${Object.fromEntries(allItems(checklist).map((it, i) => [it.id, i + 1]))}
        @conflict-take=${(e: CustomEvent<{ itemId: string }>) => this.store.takeTheirs(e.detail.itemId)}
        @conflict-keep=${(e: CustomEvent<{ itemId: string }>) =>
          this.store.dismissConflict(e.detail.itemId)}
      ></notes-conflicts>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${item ? this.renderItem(item) : this.renderSummary()}
      <shortcut-help .levelKeys=${digitKeys(checklist.scale)}></shortcut-help>
      ${
        view
          ? html`<dialog
              class="present"
              aria-label=${t('projector.waitingTitle')}
              @cancel=${(e: Event) => {
                e.preventDefault();
                if (this.presenting) this.togglePresenting();
              }}
            >
              <workshop-projector .view=${view}></workshop-projector>
              <button type="button" class="exit-present" @click=${this.togglePresenting}>
                ${t('workshop.exitPresent')}
              </button>
            </dialog>`
          : nothing
      }
    `;
  }

  private renderItem(item: Item) {
    const checklist = this.checklist!;
    const a = this.store.assessment!;
    const answer = this.currentAnswer();
    const heading = checklist.headings.find((h) => h.items.includes(item));
    const first = checklist.headings[0]?.items[0];
    const lang = languageTag(checklist.language);
    const timer = this.currentTimer();
    return html`<div class="layout">
      <section aria-labelledby="statement">
        ${hasDrafts(checklist) ? html`<p class="incomplete">${t('workshop.incomplete')}</p>` : nothing}
        ${
          first === item && checklist.intro
            ? html`<div class="intro" lang=${lang}>${markdown(checklist.intro)}</div>`
            : nothing
        }
        <p class="heading-title">
          <span lang=${lang}>${heading?.title}</span> ${draftBadge(heading?.draft ?? false)}
        </p>
        ${
          heading?.intro && heading.items[0] === item
            ? html`<div class="intro" lang=${lang}>${markdown(heading.intro)}</div>`
            : nothing
        }
        <h2 class="statement" id="statement">
          <span lang=${lang}>${item.statement}</span> ${draftBadge(item.draft)}
        </h2>
        ${item.explanation ? html`<div lang=${lang}>${markdown(item.explanation)}</div>` : nothing}
        ${itemDetails(item, lang)}
        <last-time
          .previous=${a.previousRound?.items[item.id]}
          .date=${a.previousRound?.date ?? ''}
          .scale=${checklist.scale}
          contentLang=${lang}
          @last-time-copy=${() => this.copyLastTime(item)}
        ></last-time>
        <level-picker
          .scale=${checklist.scale}
          .level=${answer.level}
          .legend=${t('workshop.agreed')}
          @level-change=${(e: HTMLElementEventMap['level-change']) => this.setLevel(e.detail.level)}
        ></level-picker>
      </section>
      <aside class="panel" aria-label=${t('workshop.panel')}>
        <div class="timer">
          <span class="clock" role="timer" aria-label=${t('workshop.timer')}
            >${formatClock(elapsedSeconds(timer, this.now))}</span
          >
          <button type="button" class="secondary" @click=${this.toggleTimer}>
            ${timer.running ? t('workshop.timerPause') : t('workshop.timerStart')} (T)
          </button>
          <button type="button" class="secondary" @click=${this.resetTimer}>
            ${t('workshop.timerReset')} (R)
          </button>
        </div>
        <vote-tally
          .scale=${checklist.scale}
          .tally=${answer.tally ?? {}}
          @tally-change=${(e: HTMLElementEventMap['tally-change']) => this.setTally(e.detail.tally)}
          @use-median=${(e: HTMLElementEventMap['use-median']) => this.setLevel(e.detail.level)}
        ></vote-tally>
        ${
          a.survey && a.survey.responses.length > 0
            ? html`<survey-answers
                .checklist=${checklist}
                .survey=${a.survey}
                .itemId=${item.id}
              ></survey-answers>`
            : nothing
        }
        <button
          type="button"
          class="secondary"
          @click=${() => (this.revealVotes = !this.revealVotes)}
        >
          ${this.revealVotes ? t('workshop.hideVotes') : t('workshop.revealVotes')} (V)
        </button>
        <perspective-settings
          .perspectives=${a.perspectives ?? []}
          .organisationType=${a.organisationType}
          @perspectives-change=${(e: HTMLElementEventMap['perspectives-change']) =>
            this.store.update({ perspectives: e.detail.perspectives })}
        ></perspective-settings>
        <answer-editor
          .scale=${checklist.scale}
          .answer=${answer}
          .perspectives=${a.perspectives ?? []}
          .notesHint=${t('workshop.private')}
          .assessmentDate=${a.date}
          hintTone="private"
          @answer-edit=${(e: HTMLElementEventMap['answer-edit']) => this.setAnswer(e.detail.change)}
        ></answer-editor>
      </aside>
    </div>`;
  }

  private renderSummary() {
    const a = this.store.assessment!;
    return html`<section aria-labelledby="summary-title">
      <h2 id="summary-title">${t('workshop.summary')}</h2>
      <p>${t('workshop.summaryIntro')}</p>
      <p>
        <button type="button" class="secondary" @click=${() => this.go(1)}>
          ${t('workshop.backToItems')}
        </button>
      </p>
      <results-view .checklist=${this.checklist!} .assessment=${a}></results-view>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-workshop': AssessmentWorkshop;
  }
}
