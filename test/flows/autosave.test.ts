import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { storedAll, storedAssessment } from '../fixtures/stored';

async function createAssessment(app: AppFrame, name: string): Promise<void> {
  app.navigate('#/new');
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
    name,
  );
  getByRole(app.root, 'button', 'Luo arviointi').click();
  await waitFor(() => getByRole(app.root, 'heading', name));
}

describe('autosave', function () {
  this.timeout(30000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('keeps a change made just before an immediate reload', async () => {
    app = await AppFrame.open();
    await createAssessment(app, 'Reloadin kunta');
    const cards = await waitFor(() => {
      const found = queryAllByRole(app.root, 'article');
      return found.length === 9 && found;
    });
    await app.type(getByLabel(cards[0]!, 'Muistiinpanot ja näyttö'), 'Heti perään');
    await app.reload();
    const again = await waitFor(() => {
      const found = queryAllByRole(app.root, 'article');
      return found.length === 9 && found;
    });
    expect(getByLabel(again[0]!, 'Muistiinpanot ja näyttö').value).to.equal('Heti perään');

    // A click and a reload in the same task: the change is still there.
    (getByRole(again[1]!, 'radio', /^2 – /) as HTMLInputElement).click();
    await app.reload();
    const third = await waitFor(() => {
      const found = queryAllByRole(app.root, 'article');
      return found.length === 9 && found;
    });
    const level2 = (getByRole(third[1]!, 'radio', /^2 – /) as HTMLInputElement).checked;
    if (!level2) {
      // Seen twice under load: the level lost, with no close-time edit left pending either.
      const id = decodeURIComponent(app.window.location.hash.split('/')[2]!);
      const stored = (await storedAssessment(id))?.answers;
      const pending = (await storedAll<{ key: string }>('pending')).map((e) => e.key);
      expect(
        level2,
        `item 2 at level 2 after the reload; stored answers: ${JSON.stringify(stored)}; pending edits: ${JSON.stringify(pending)}`,
      ).to.equal(true);
    }
    expect(getByLabel(third[0]!, 'Muistiinpanot ja näyttö').value).to.equal('Heti perään');
  });

  it('keeps a change made in workshop mode just before an immediate reload', async () => {
    app = await AppFrame.open();
    await createAssessment(app, 'Työpajan kunta');
    app.navigate(`${app.window.location.hash}/workshop/2`);
    const id = decodeURIComponent(app.window.location.hash.split('/')[2]!);
    const notes = await waitFor(() => getByLabel(app.root, 'Muistiinpanot ja näyttö'));
    await app.type(notes, 'Työpajassa sovittiin');
    // What the field held as the page went away, for the failure message (seen once, not explained).
    const typed = notes.value;
    await app.reload();
    const again = await waitFor(() => getByLabel(app.root, 'Muistiinpanot ja näyttö'));
    if (again.value !== 'Työpajassa sovittiin') {
      const stored = (await storedAssessment(id))?.answers;
      const pending = (await storedAll<{ key: string }>('pending')).map((e) => e.key);
      expect(
        again.value,
        `typed before the reload: ${JSON.stringify(typed)}; stored answers: ${JSON.stringify(stored)}; pending edits: ${JSON.stringify(pending)}`,
      ).to.equal('Työpajassa sovittiin');
    }
  });
});
