import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

const NOTES = 'Muistiinpanot ja näyttö';

/** The nine item cards of the assessment view, once they are on screen. */
function cards(app: AppFrame): Promise<HTMLElement[]> {
  return waitFor(() => {
    const found = queryAllByRole(app.root, 'article');
    return found.length === 9 && found;
  });
}

function notes(card: HTMLElement): HTMLInputElement {
  return getByLabel(card, NOTES);
}

function radio(card: HTMLElement, level: number): HTMLInputElement {
  return getByRole(card, 'radio', new RegExp(`^${level} – `)) as HTMLInputElement;
}

async function saved(app: AppFrame): Promise<void> {
  await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/), 5000);
}

describe('two tabs on one assessment', function () {
  this.timeout(60000);
  const frames: AppFrame[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.close()));

  it('sees the other tab’s edits live and loses neither tab’s edits', async () => {
    const tab1 = await AppFrame.open('#/new');
    frames.push(tab1);
    await tab1.type(
      await waitFor(() => getByLabel(tab1.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Kahden välilehden kunta',
    );
    getByRole(tab1.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(tab1.root, 'heading', 'Kahden välilehden kunta'));
    const hash = tab1.window.location.hash;
    const tab2 = await AppFrame.open(hash, { keepData: true });
    frames.push(tab2);
    const [one, two] = [await cards(tab1), await cards(tab2)];

    // Both tabs type before either has saved: A1 in tab 1, B4 in tab 2.
    await tab1.type(notes(one[0]!), 'Ykkösen huomio A1');
    await tab2.type(notes(two[3]!), 'Kakkosen huomio B4');
    // The same item, different fields: a level in tab 1, notes in tab 2.
    radio(one[4]!, 3).click();
    await tab2.type(notes(two[4]!), 'Kakkosen huomio B5');
    await saved(tab1);
    await saved(tab2);

    // Tab 2 shows tab 1's edits without a reload, and tab 1 shows tab 2's.
    await waitFor(() => notes(two[0]!).value === 'Ykkösen huomio A1');
    await waitFor(() => radio(two[4]!, 3).checked);
    await waitFor(() => notes(one[3]!).value === 'Kakkosen huomio B4');
    await waitFor(() => notes(one[4]!).value === 'Kakkosen huomio B5');
    expect(notes(two[3]!).value).to.equal('Kakkosen huomio B4');

    // A change made just before tab 1 reloads reaches tab 2 too.
    await tab1.type(notes(one[6]!), 'Viimeinen ennen latausta');
    await tab1.reload();
    await waitFor(() => notes(two[6]!).value === 'Viimeinen ennen latausta');

    for (const tab of [tab1, tab2]) {
      await tab.reload();
      const again = await cards(tab);
      expect(notes(again[0]!).value).to.equal('Ykkösen huomio A1');
      expect(notes(again[3]!).value).to.equal('Kakkosen huomio B4');
      expect(notes(again[4]!).value).to.equal('Kakkosen huomio B5');
      expect(radio(again[4]!, 3).checked).to.equal(true);
    }
  });
});

describe('a list in one tab, the assessment in another', function () {
  this.timeout(60000);
  const frames: AppFrame[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.close()));

  it('shows progress and deletions from the other tab, and says when an open one was deleted', async () => {
    const editor = await AppFrame.open('#/new');
    frames.push(editor);
    await editor.type(
      await waitFor(() => getByLabel(editor.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Jaettu kunta',
    );
    getByRole(editor.root, 'button', 'Luo arviointi').click();
    const [first] = await cards(editor);
    const list = await AppFrame.open('#/', { keepData: true });
    frames.push(list);
    await waitFor(() => getByRole(list.root, 'link', 'Jaettu kunta'));

    radio(first!, 2).click();
    await saved(editor);
    await waitFor(() =>
      list.root
        .querySelector('assessment-list')!
        .shadowRoot!.textContent!.includes('1 / 9 arvioitu'),
    );

    getByRole(list.root, 'button', 'Poista: Jaettu kunta').click();
    await waitFor(() =>
      getByRole(editor.root, 'status', 'Arviointia ei löytynyt. Se on ehkä poistettu.'),
    );

    (
      await waitFor(() => getByRole(list.root, 'button', 'Kumoa arvioinnin "Jaettu kunta" poisto'))
    ).click();
    await waitFor(() => getByRole(list.root, 'link', 'Jaettu kunta'));
    await editor.type(notes(first!), 'Palautuksen jälkeen');
    await saved(editor);
    await editor.reload();
    const [again] = await cards(editor);
    expect(notes(again!).value).to.equal('Palautuksen jälkeen');
    expect(radio(again!, 2).checked).to.equal(true);
    // Nothing unsaved: leaving needs no confirmation.
    const leaving = new editor.window.Event('beforeunload', { cancelable: true });
    editor.window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.equal(false);

    // A rename on the list shows in the open assessment without a reload.
    getByRole(list.root, 'button', 'Nimeä uudelleen: Jaettu kunta').click();
    const input = await waitFor(() => getByLabel(list.root, 'Uusi nimi'));
    input.value = '';
    await list.type(input, 'Jaettu kaupunki');
    getByRole(list.root, 'button', 'Tallenna nimi').click();
    await waitFor(() => getByRole(editor.root, 'heading', 'Jaettu kaupunki'));

    // An assessment created in the other tab shows on the list without a reload.
    editor.navigate('#/new');
    await editor.type(
      await waitFor(() => getByLabel(editor.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Uusi naapurikunta',
    );
    getByRole(editor.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(list.root, 'link', 'Uusi naapurikunta'));
  });
});
