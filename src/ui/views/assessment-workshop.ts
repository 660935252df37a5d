import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Action, Answer, Tally } from '../../model/assessment';
import { emptyAnswer } from '../../model/assessment-ops';
import { allItems, type Checklist, type Item } from '../../model/checklist';
import { buildRoomView, type RoomView, type WorkshopCursor } from '../../model/room';
import { digitKeys, levelForDigit } from '../../model/scales';
import { summariseTally } from '../../model/votes';
import { AssessmentStore } from '../state/assessment-store';
import '../controls/action-list';
import { draftBadge } from '../controls/draft-badge';
import '../controls/level-picker';
import { markdown } from '../controls/markdown';
import '../controls/perspective-ratings';
import '../controls/perspective-settings';
import '../controls/save-status';
import '../controls/shortcut-help';
import type { ShortcutHelp } from '../controls/shortcut-help';
import '../controls/vote-tally';
import { LocaleController } from '../shell/locale-controller';
import { ViewSubjectController } from '../shell/view-subject';
import { assessmentHref, projectorHref, workshopHref } from '../shell/route';
import { sharedStyles } from '../styles/shared';
import { WorkshopChannel } from '../state/workshop-channel';
import { itemDetails } from './item-card';
import './results-view';
import './workshop-projector';

interface Timer {
  seconds: number;
  running: boolean;
  /** Date.now() when it last started or was read. */
  at: number;
}

/** Elements where typed keys belong to the field, not to the shortcuts. */
function isTextEntry(el: Element | undefined): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement)
    return !['radio', 'checkbox', 'button', 'submit'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * Workshop mode: the facilitator leads the room through the items one at a time, keyboard first,
 * records votes and perspectives, and drives the projector view (a second window, or this one).
 */
@customElement('assessment-workshop')
export class AssessmentWorkshop extends LitElement {
  static override styles = [
    sharedStyles,
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
      h1:focus {
        outline: none;
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
          grid-template-columns: 1fr;
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
      .panel {
        display: grid;
        gap: 0.5rem;
        align-content: start;
      }
      .private {
        background: #eef1f5;
        border-left: 4px solid var(--muted);
        padding: 0.4rem 0.6rem;
        font-size: 0.92rem;
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
      details {
        margin: 0.4rem 0;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--accent);
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
  private readonly timers = new Map<string, Timer>();
  private channel?: WorkshopChannel;
  private lastPosted = '';
  private ticker?: ReturnType<typeof setInterval>;
  private presentOpener?: HTMLElement;

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

  private currentTimer(): Timer {
    const key = this.currentItem()?.id ?? 'summary';
    return this.timers.get(key) ?? { seconds: 0, running: false, at: Date.now() };
  }

  private cursor(): WorkshopCursor {
    const timer = this.currentTimer();
    const now = Date.now();
    const seconds = timer.seconds + (timer.running ? (now - timer.at) / 1000 : 0);
    return {
      index: Math.max(0, this.itemNumber - 1),
      revealVotes: this.revealVotes,
      summary: this.itemNumber === 0,
      timer: { seconds, running: timer.running, at: now },
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

  private setLevel(level: number | null | undefined): void {
    this.setAnswer({ level });
    const label =
      level === null
        ? t('item.dontKnow')
        : (this.checklist?.scale.levels.find((l) => l.value === level)?.label ?? '');
    if (level !== undefined) this.announcement = t('workshop.levelSet', { level: label });
  }

  private setTally(tally: Tally): void {
    const answer = this.currentAnswer();
    const change: Partial<Answer> = { tally };
    // The agreed level defaults to the room's median until the facilitator sets one.
    if (answer.level === undefined && this.checklist) {
      const median = summariseTally(this.checklist.scale, tally).median;
      if (median !== null) change.level = median;
    }
    this.setAnswer(change);
  }

  private toggleTimer(): void {
    const key = this.currentItem()?.id ?? 'summary';
    const timer = this.currentTimer();
    const now = Date.now();
    this.timers.set(
      key,
      timer.running
        ? { seconds: timer.seconds + (now - timer.at) / 1000, running: false, at: now }
        : { ...timer, running: true, at: now },
    );
    this.now = now;
  }

  private resetTimer(): void {
    this.timers.set(this.currentItem()?.id ?? 'summary', {
      seconds: 0,
      running: false,
      at: Date.now(),
    });
    this.now = Date.now();
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

  private handleKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || !this.checklist) return;
    const target = e.composedPath()[0] as Element | undefined;
    if (this.help?.open) return; // the dialog handles its own keys (Escape closes it)
    if (isTextEntry(target)) {
      if (e.key === 'Escape') {
        (target as HTMLElement).blur();
        this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
      }
      return;
    }
    const onRadio = target instanceof HTMLInputElement && target.type === 'radio';
    const key = e.key;
    let handled = true;
    if (key === 'PageDown' || (!onRadio && key === 'ArrowRight')) this.step(1);
    else if (key === 'PageUp' || (!onRadio && key === 'ArrowLeft')) this.step(-1);
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
    else if (key === '?' || key === 'h' || key === 'H') this.help.show();
    else if (key === 'Escape' && this.presenting) this.togglePresenting();
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
          @change=${(e: Event) => this.go(Number((e.target as HTMLSelectElement).value))}
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
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${item ? this.renderItem(item) : this.renderSummary()}
      <shortcut-help .levelKeys=${digitKeys(checklist.scale)}></shortcut-help>
      ${
        view
          ? html`<workshop-projector .view=${view}></workshop-projector>
              <button type="button" class="exit-present" @click=${this.togglePresenting}>
                ${t('workshop.exitPresent')}
              </button>`
          : nothing
      }
    `;
  }

  private renderItem(item: Item) {
    const checklist = this.checklist!;
    const a = this.store.assessment!;
    const answer = this.currentAnswer();
    const heading = checklist.headings.find((h) => h.items.includes(item));
    const timer = this.currentTimer();
    const seconds = timer.seconds + (timer.running ? (this.now - timer.at) / 1000 : 0);
    const s = Math.floor(seconds);
    return html`<div class="layout">
      <section aria-labelledby="statement">
        <p class="heading-title">${heading?.title} ${draftBadge(heading?.draft ?? false)}</p>
        <h2 class="statement" id="statement">${item.statement} ${draftBadge(item.draft)}</h2>
        ${item.explanation ? html`<div>${markdown(item.explanation)}</div>` : nothing}
        ${itemDetails(item)}
        <level-picker
          .scale=${checklist.scale}
          .level=${answer.level}
          .legend=${t('workshop.agreed')}
          @level-change=${(e: CustomEvent<{ level: number | null | undefined }>) => this.setLevel(e.detail.level)}
        ></level-picker>
      </section>
      <aside class="panel" aria-label=${t('workshop.timer')}>
        <div class="timer">
          <span class="clock" role="timer" aria-label=${t('workshop.timer')}
            >${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}</span
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
          @tally-change=${(e: CustomEvent<{ tally: Tally }>) => this.setTally(e.detail.tally)}
          @use-median=${(e: CustomEvent<{ level: number }>) => this.setLevel(e.detail.level)}
        ></vote-tally>
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
          @perspectives-change=${(
            e: CustomEvent<{ perspectives: NonNullable<typeof a.perspectives> }>,
          ) => this.store.update({ perspectives: e.detail.perspectives })}
        ></perspective-settings>
        ${
          (a.perspectives ?? []).length > 0
            ? html`<perspective-ratings
                .scale=${checklist.scale}
                .perspectives=${a.perspectives ?? []}
                .ratings=${answer.ratings ?? {}}
                @ratings-change=${(e: CustomEvent<{ ratings: Record<string, number | null> }>) =>
                  this.setAnswer({ ratings: e.detail.ratings })}
              ></perspective-ratings>`
            : nothing
        }
        <p class="private" id="private-note">${t('workshop.private')}</p>
        <label for="notes">${t('item.notes')}</label>
        <textarea
          id="notes"
          aria-describedby="private-note"
          .value=${answer.notes}
          @input=${(e: Event) => this.setAnswer({ notes: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <action-list
          .actions=${answer.actions}
          @actions-change=${(e: CustomEvent<{ actions: Action[] }>) => this.setAnswer({ actions: e.detail.actions })}
        ></action-list>
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
