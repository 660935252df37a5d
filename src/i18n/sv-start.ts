import type { StartMessages } from './fi-start';

export const svStart: StartMessages = {
  // app shell
  'app.title': 'Självvärdering av föreningsvänlighet',
  'app.skipToContent': 'Hoppa till innehållet',
  'app.language': 'Språk',
  'app.privacy':
    'Uppgifterna sparas bara i den här webbläsaren. Ingenting skickas någonstans om du inte själv exporterar en fil.',
  'app.loading': 'Laddar…',
  'app.notFound': 'Sidan hittades inte.',
  'app.backToList': 'Tillbaka till utvärderingarna',
  'app.storageUnavailable':
    'Webbläsarens lagring är inte tillgänglig (till exempel i ett privat fönster). Uppgifterna kan inte sparas.',
  'app.loadFailed': 'Vyn kunde inte laddas: {message}',

  // document titles (WCAG 2.4.2): the view, what it shows, the app
  'title.plain': '{view} – {app}',
  'title.withSubject': '{view}: {subject} – {app}',
  'title.notFound': 'Sidan hittades inte',
  'title.list': 'Utvärderingar',
  'title.new': 'Ny utvärdering',
  'title.answer': 'Utvärdering',
  'title.results': 'Resultat',
  'title.plan': 'Utvecklingsplan',
  'title.workshop': 'Workshop',
  'title.projector': 'Projektorvy',
  'title.region': 'Regional jämförelse',
  'title.checklists': 'Checklistor',
  'title.editor': 'Redigering av checklista',
  'title.trash': 'Papperskorg',

  // organisation types
  'orgType.municipality': 'Kommun',
  'orgType.county': 'Välfärdsområde',

  // assessment list
  'list.heading': 'Utvärderingar',
  'list.intro':
    'Utvärdera tillsammans hur föreningsvänlig er kommun eller ert välfärdsområde är. Börja en ny utvärdering eller fortsätt en tidigare.',
  'list.empty': 'Det finns inga utvärderingar ännu. Börja med att skapa en ny.',
  'list.new': 'Ny utvärdering',
  'list.rename': 'Byt namn',
  'list.delete': 'Radera',
  'list.progress': '{rated} / {total} bedömda',
  'list.columnOrganisation': 'Organisation',
  'list.columnDate': 'Datum',
  'list.columnProgress': 'Framsteg',
  'list.columnScore': 'Resultat',
  'list.columnActions': 'Funktioner',

  // new assessment form
  'create.cancel': 'Avbryt',
  'create.organisationRequired': 'Skriv kommunens eller välfärdsområdets namn.',

  // rename / delete
  'rename.heading': 'Byt namn på utvärderingen',
  'rename.label': 'Nytt namn',
  'rename.submit': 'Spara namnet',
  'delete.done': 'Utvärderingen "{name}" raderades.',

  // assessment view
  'assessment.notFound': 'Utvärderingen hittades inte. Den kan ha raderats.',

  // autosave
  'save.failed': 'Det gick inte att spara: {reason}',
  'save.quota': 'Webbläsarens lagringsutrymme är fullt.',
  'save.unknown': 'okänt fel',

  // results
  'results.scoreOf': '{score} / 100',

  // bands
  'band.poor': 'Svag',
  'band.improve': 'Behöver utvecklas',
  'band.good': 'Bra',
  'band.none': 'Inte bedömd',

  // regional overview
  'region.link': 'Regional jämförelse',

  // demo data
  'demo.badge': 'Demo',

  // checklist editor and versions
  'checklists.link': 'Checklistor',

  // long assessment list
  'list.showing': 'Visar {shown} av {total} bedömningar.',
  'list.showMore': 'Visa fler',

  // storage safety: autosave status, tabs, persistence, trash
  'storage.outdated': 'Appen uppdaterades i en annan flik — ladda om sidan.',
  'storage.reload': 'Ladda om sidan',
  'storage.blocked':
    'Appen väntar på att dess äldre version stängs i andra flikar. Stäng de andra flikarna där appen är öppen.',
  'storage.stale': 'en annan flik sparade samtidigt och ändringarna kunde inte sammanföras',
  'trash.undo': 'Ångra',
  'trash.undoLabel': 'Ångra raderingen av utvärderingen "{name}"',
  'trash.dismiss': 'Stäng meddelandet',
  'trash.restored': 'Utvärderingen "{name}" återställdes.',
  'trash.link': 'Papperskorg',
  'trash.linkCount': 'Papperskorg ({count})',
};
