import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { storedAssessment, waitForStored } from '../fixtures/stored';

const NOTES = 'Muistiinpanot ja näyttö';

function cards(app: AppFrame): Promise<HTMLElement[]> {
  return waitFor(() => {
    const found = queryAllByRole(app.root, 'article');
    return found.length === 9 && found;
  }, 15000);
}

/** Puts text in a notes field as typing does (an input event), without waiting for anything. */
function write(
  app: AppFrame,
  field: { value: string; dispatchEvent(e: Event): boolean },
  text: string,
): void {
  field.value = text;
  field.dispatchEvent(new app.window.Event('input', { bubbles: true, composed: true }));
}

const conflictOf = (app: AppFrame) =>
  app.root.querySelector('assessment-view')?.shadowRoot?.querySelector('notes-conflicts')
    ?.shadowRoot ?? undefined;

describe('the same field edited in two tabs', function () {
  this.timeout(90000);
  const frames: AppFrame[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.close()));

  for (let run = 1; run <= 3; run++) {
    it(`keeps both texts and offers the other tab's back (run ${run})`, async () => {
      const one = await AppFrame.open('#/new');
      frames.push(one);
      await one.type(
        await waitFor(() => getByLabel(one.root, 'Kunnan tai hyvinvointialueen nimi'), 15000),
        'Saman kentän kunta',
      );
      getByRole(one.root, 'button', 'Luo arviointi').click();
      await waitFor(() => getByRole(one.root, 'heading', 'Saman kentän kunta'));
      const two = await AppFrame.open(one.window.location.hash, { keepData: true });
      frames.push(two);
      const [a, b] = [(await cards(one))[0]!, (await cards(two))[0]!];
      const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(one.window.location.hash)![1]!);

      // Both tabs change item 1's notes in the same task: neither has seen the other's.
      write(one, getByLabel(a, NOTES), 'Ensimmäisen välilehden teksti');
      write(two, getByLabel(b, NOTES), 'Toisen välilehden teksti');

      // One tab ends up showing the other's text with a button to take it; which one is a race.
      const [loser, winner] = await waitFor(() => {
        if (conflictOf(one)?.textContent?.includes('Toisen välilehden teksti')) return [two, one];
        if (conflictOf(two)?.textContent?.includes('Ensimmäisen välilehden teksti'))
          return [one, two];
        return undefined;
      }, 15000);
      const loserText =
        loser === one ? 'Ensimmäisen välilehden teksti' : 'Toisen välilehden teksti';
      const winnerText =
        winner === one ? 'Ensimmäisen välilehden teksti' : 'Toisen välilehden teksti';
      const notice = conflictOf(winner)!;
      expect(notice.textContent).to.contain('Kohdan 1 muistiinpanoja muutettiin');
      const violations = await axeViolations(winner.window);
      expect(violations, describeViolations(violations)).to.deep.equal([]);

      // Storage and both tabs agree on the text kept in the field.
      await waitForStored(
        async () => (await storedAssessment(id))?.answers.A1?.notes === winnerText,
      );
      await waitFor(
        () => getByLabel(queryAllByRole(loser.root, 'article')[0]!, NOTES).value === winnerText,
      );

      // The button puts the other text back, and it reaches storage and the other tab.
      getByRole(notice, 'button', 'Käytä toisen välilehden tekstiä (kohta 1)').click();
      await waitForStored(
        async () => (await storedAssessment(id))?.answers.A1?.notes === loserText,
      );
      await waitFor(
        () => getByLabel(queryAllByRole(loser.root, 'article')[0]!, NOTES).value === loserText,
      );
      expect(conflictOf(winner)!.textContent).to.not.contain(loserText);
    });
  }
});
