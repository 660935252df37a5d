import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

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
  });
});
