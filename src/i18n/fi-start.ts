// The Finnish strings of the start page (app shell, assessment list, storage notices): the only
// catalogue part in the start-up bundle. Everything else is in fi-views.ts, loaded with the views.
export const fiStart = {
  // app shell
  'app.title': 'Järjestöystävällisyyden itsearviointi',
  'app.skipToContent': 'Siirry sisältöön',
  'app.language': 'Kieli',
  'app.privacy':
    'Tiedot tallentuvat vain tähän selaimeen. Mitään ei lähetetä minnekään, ellet itse vie tiedostoa.',
  'app.loading': 'Ladataan…',
  'app.notFound': 'Sivua ei löytynyt.',
  'app.backToList': 'Takaisin arviointeihin',
  'app.storageUnavailable':
    'Selaimen tallennustila ei ole käytettävissä (esimerkiksi yksityisessä selausikkunassa). Tietoja ei voi tallentaa.',
  'app.loadFailed': 'Näkymän lataaminen epäonnistui: {message}',

  // document titles (WCAG 2.4.2): the view, what it shows, the app
  'title.plain': '{view} – {app}',
  'title.withSubject': '{view}: {subject} – {app}',
  'title.notFound': 'Sivua ei löytynyt',
  'title.list': 'Arvioinnit',
  'title.new': 'Uusi arviointi',
  'title.answer': 'Arviointi',
  'title.results': 'Tulokset',
  'title.plan': 'Kehittämissuunnitelma',
  'title.workshop': 'Työpaja',
  'title.projector': 'Esitysnäkymä',
  'title.region': 'Alueellinen vertailu',
  'title.checklists': 'Tarkistuslistat',
  'title.editor': 'Tarkistuslistan muokkaus',
  'title.trash': 'Roskakori',

  // organisation types
  'orgType.municipality': 'Kunta',
  'orgType.county': 'Hyvinvointialue',

  // assessment list
  'list.heading': 'Arvioinnit',
  'list.intro':
    'Arvioikaa yhdessä, kuinka järjestöystävällinen kuntanne tai hyvinvointialueenne on. Aloittakaa uusi arviointi tai jatkakaa aiempaa.',
  'list.empty': 'Arviointeja ei vielä ole. Aloita luomalla uusi arviointi.',
  'list.new': 'Uusi arviointi',
  'list.rename': 'Nimeä uudelleen',
  'list.delete': 'Poista',
  'list.progress': '{rated} / {total} arvioitu',
  'list.columnOrganisation': 'Organisaatio',
  'list.columnDate': 'Päivämäärä',
  'list.columnProgress': 'Edistyminen',
  'list.columnScore': 'Tulos',
  'list.columnActions': 'Toiminnot',

  // new assessment form
  'create.cancel': 'Peruuta',
  'create.organisationRequired': 'Kirjoita kunnan tai hyvinvointialueen nimi.',

  // rename / delete
  'rename.heading': 'Nimeä arviointi uudelleen',
  'rename.label': 'Uusi nimi',
  'rename.submit': 'Tallenna nimi',
  'delete.done': 'Arviointi "{name}" poistettiin.',

  // assessment view
  'assessment.notFound': 'Arviointia ei löytynyt. Se on ehkä poistettu.',

  // autosave
  'save.failed': 'Tallennus epäonnistui: {reason}',
  'save.quota': 'Selaimen tallennustila on täynnä.',
  'save.unknown': 'tuntematon virhe',

  // results
  'results.scoreOf': '{score} / 100',

  // bands
  'band.poor': 'Heikko',
  'band.improve': 'Kehitettävää',
  'band.good': 'Hyvä',
  'band.none': 'Ei arvioitu',

  // regional overview
  'region.link': 'Alueellinen vertailu',

  // demo data
  'demo.badge': 'Esittely',

  // checklist editor and versions
  'checklists.link': 'Tarkistuslistat',

  // long assessment list
  'list.showing': 'Näytetään {shown} / {total} arviointia.',
  'list.showMore': 'Näytä lisää',

  // storage safety: autosave status, tabs, persistence, trash
  'storage.outdated': 'Sovellus päivitettiin toisessa välilehdessä — lataa sivu uudelleen.',
  'storage.reload': 'Lataa sivu uudelleen',
  'storage.blocked':
    'Sovellus odottaa, että sen vanhempi versio suljetaan muista välilehdistä. Sulje muut välilehdet, joissa sovellus on auki.',
  'storage.stale': 'toinen välilehti tallensi samaan aikaan, eikä muutoksia saatu yhdistettyä',
  'trash.undo': 'Kumoa',
  'trash.undoLabel': 'Kumoa arvioinnin "{name}" poisto',
  'trash.dismiss': 'Sulje ilmoitus',
  'trash.restored': 'Arviointi "{name}" palautettiin.',
  'trash.link': 'Roskakori',
  'trash.linkCount': 'Roskakori ({count})',
} as const;

/** The start part's keys, each with its text: the shape of every language's start part. */
export type StartMessages = Record<keyof typeof fiStart, string>;
