import type { StartMessages } from './fi-start';

export const enStart: StartMessages = {
  // app shell
  'app.title': 'NGO-friendliness self-assessment',
  'app.skipToContent': 'Skip to content',
  'app.language': 'Language',
  'app.privacy':
    'Your data is stored only in this browser. Nothing is sent anywhere unless you export a file yourself.',
  'app.loading': 'Loading…',
  'app.notFound': 'Page not found.',
  'app.backToList': 'Back to assessments',
  'app.storageUnavailable':
    "The browser's storage is not available (for example in a private window). Nothing can be saved.",
  'app.loadFailed': 'The view could not be loaded: {message}',

  // document titles (WCAG 2.4.2): the view, what it shows, the app
  'title.plain': '{view} – {app}',
  'title.withSubject': '{view}: {subject} – {app}',
  'title.notFound': 'Page not found',
  'title.list': 'Assessments',
  'title.new': 'New assessment',
  'title.answer': 'Assessment',
  'title.results': 'Results',
  'title.plan': 'Improvement plan',
  'title.workshop': 'Workshop',
  'title.projector': 'Projector view',
  'title.region': 'Regional comparison',
  'title.checklists': 'Checklists',
  'title.editor': 'Checklist editor',
  'title.trash': 'Trash',

  // organisation types
  'orgType.municipality': 'Municipality',
  'orgType.county': 'Wellbeing services county',

  // assessment list
  'list.heading': 'Assessments',
  'list.intro':
    'Assess together how NGO-friendly your municipality or wellbeing services county is. Start a new assessment or continue an earlier one.',
  'list.empty': 'There are no assessments yet. Start by creating a new one.',
  'list.new': 'New assessment',
  'list.rename': 'Rename',
  'list.delete': 'Delete',
  'list.progress': '{rated} / {total} assessed',
  'list.columnOrganisation': 'Organisation',
  'list.columnDate': 'Date',
  'list.columnProgress': 'Progress',
  'list.columnScore': 'Result',
  'list.columnActions': 'Actions',

  // new assessment form
  'create.cancel': 'Cancel',
  'create.organisationRequired': 'Enter the name of the municipality or wellbeing services county.',

  // rename / delete
  'rename.heading': 'Rename the assessment',
  'rename.label': 'New name',
  'rename.submit': 'Save name',
  'delete.done': 'The assessment "{name}" was deleted.',

  // assessment view
  'assessment.notFound': 'The assessment was not found. It may have been deleted.',

  // autosave
  'save.failed': 'Saving failed: {reason}',
  'save.quota': "The browser's storage is full.",
  'save.unknown': 'unknown error',

  // results
  'results.scoreOf': '{score} / 100',

  // bands
  'band.poor': 'Poor',
  'band.improve': 'Room to improve',
  'band.good': 'Good',
  'band.none': 'Not assessed',

  // regional overview
  'region.link': 'Regional comparison',

  // demo data
  'demo.badge': 'Demo',

  // checklist editor and versions
  'checklists.link': 'Checklists',

  // long assessment list
  'list.showing': 'Showing {shown} of {total} assessments.',
  'list.showMore': 'Show more',

  // storage safety: autosave status, tabs, persistence, trash
  'storage.outdated': 'The app was updated in another tab — reload the page.',
  'storage.reload': 'Reload the page',
  'storage.blocked':
    'The app is waiting for its older version to be closed in other tabs. Close the other tabs where the app is open.',
  'storage.stale': 'another tab saved at the same time and the changes could not be combined',
  'trash.undo': 'Undo',
  'trash.undoLabel': 'Undo deleting the assessment "{name}"',
  'trash.dismiss': 'Close the message',
  'trash.restored': 'The assessment "{name}" was restored.',
  'trash.link': 'Trash',
  'trash.linkCount': 'Trash ({count})',
};
