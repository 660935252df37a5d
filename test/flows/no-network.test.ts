import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

/** Every URL the page fetched since it loaded (the buffer is enlarged so none are dropped). */
function requestedUrls(app: AppFrame): string[] {
  const perf = app.window.performance;
  return [
    ...perf.getEntriesByType('navigation').map((e) => e.name),
    ...perf.getEntriesByType('resource').map((e) => e.name),
  ];
}

async function switchLanguage(app: AppFrame, locale: string, heading: string): Promise<void> {
  const select = getByLabel(app.root, /^(Kieli|Språk|Language)$/) as unknown as HTMLSelectElement;
  select.value = locale;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => getByRole(app.root, 'heading', heading));
}

describe('no network: every request stays on the page’s own origin', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('records every request of a full flow and finds none leaving the origin', async () => {
    app = await AppFrame.open();
    const win = app.window;
    const origin = win.location.origin;
    // The default buffer holds 250 entries; the start page must have fitted, later ones must too.
    expect(win.performance.getEntriesByType('resource').length).to.be.below(250);
    win.performance.setResourceTimingBufferSize(100000);
    const violations: string[] = [];
    app.document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );

    // Create, answer
    getByRole(app.root, 'link', 'Uusi arviointi').click();
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Verkoton kunta',
    );
    getByRole(app.root, 'button', 'Luo arviointi').click();
    const card = await waitFor(() => queryAllByRole(app.root, 'article')[0]);
    (getByRole(card, 'radio', /^3 – /) as HTMLInputElement).click();
    await app.type(getByLabel(card, 'Muistiinpanot ja näyttö'), 'Ei verkkoa');
    getByRole(card, 'button', 'Lisää toimenpide').click();
    await app.type(await waitFor(() => getByLabel(card, 'Mitä tehdään')), 'Toimenpide');
    await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/));

    // Results, plan, PDF
    getByRole(app.root, 'link', 'Tulokset').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Kohdat kehittämistarpeen mukaan'));
    getByRole(app.root, 'link', 'Kehittämissuunnitelma').click();
    (await waitFor(() => getByRole(app.root, 'button', 'Lataa PDF'))).click();
    await waitFor(() => getByRole(app.root, 'status', /PDF-tiedosto on luotu/), 20000);

    // Workshop mode, demo data, regional comparison, trash, languages
    app.navigate(`${win.location.hash.replace(/\/plan$/, '')}/workshop/1`);
    await waitFor(() => getByRole(app.root, 'heading', /Työpaja/));
    app.navigate('#/');
    (await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'))).click();
    await waitFor(() => getByRole(app.root, 'status', /Esittelyaineisto ladattu/), 10000);
    getByRole(app.root, 'link', 'Alueellinen vertailu').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Alueellinen vertailu'));
    app.navigate('#/trash');
    await waitFor(() => getByRole(app.root, 'heading', 'Roskakori'));
    app.navigate('#/');
    await waitFor(() => getByRole(app.root, 'heading', 'Arvioinnit'));
    await switchLanguage(app, 'sv', 'Bedömningar');
    await switchLanguage(app, 'en', 'Assessments');
    await switchLanguage(app, 'fi', 'Arvioinnit');

    const urls = requestedUrls(app);
    // The recording works: it saw the app's code, the PDF font and both lazily loaded catalogues.
    expect(
      urls.some((u) => /\.ttf(\?|$)/.test(u)),
      'font fetched',
    ).to.equal(true);
    expect(
      urls.some((u) => /i18n\/sv/.test(u)),
      'Swedish catalogue',
    ).to.equal(true);
    const foreign = urls.filter(
      (u) => new URL(u).origin !== origin && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(foreign, 'requests leaving the origin').to.deep.equal([]);
    expect(violations, 'Content-Security-Policy violations').to.deep.equal([]);
  });

  it('runs under a Content-Security-Policy that blocks inline scripts and eval', async () => {
    app = await AppFrame.open();
    const meta = app.document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const policy = meta?.getAttribute('content') ?? '';
    expect(policy).to.match(/script-src 'self'(;|$)/);
    expect(policy).to.not.contain('unsafe-eval');
    expect(policy).to.contain("connect-src 'self'");

    const violations: string[] = [];
    app.document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective),
    );
    const script = app.document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    app.document.body.append(script);
    let evalError: unknown;
    try {
      app.window.eval('1 + 1');
    } catch (error) {
      evalError = error;
    }
    let fetchError: unknown;
    try {
      await app.window.fetch('https://example.org/');
    } catch (error) {
      fetchError = error;
    }
    expect((app.window as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    expect(evalError).to.be.instanceOf(app.window.EvalError);
    expect(fetchError).to.be.instanceOf(app.window.TypeError);
    await waitFor(() => violations.length >= 3);
    expect(violations).to.include.members(['script-src-elem', 'script-src', 'connect-src']);
  });
});
