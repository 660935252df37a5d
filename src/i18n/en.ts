import type { Messages } from './fi';

export const en: Messages = {
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
  'create.heading': 'New assessment',
  'create.organisation': 'Name of the municipality or wellbeing services county',
  'create.type': 'Type of organisation',
  'create.date': 'Date of the assessment',
  'create.participants': 'Participants',
  'create.participantsHint': 'One participant or organisation per line.',
  'create.checklist': 'Checklist',
  'create.submit': 'Create assessment',
  'create.cancel': 'Cancel',
  'create.organisationRequired': 'Enter the name of the municipality or wellbeing services county.',
  'create.dateRequired': 'Enter a full date (day, month and year).',

  // rename / delete
  'rename.heading': 'Rename the assessment',
  'rename.label': 'New name',
  'rename.submit': 'Save name',
  'delete.heading': 'Delete the assessment?',
  'delete.body':
    'The assessment "{name}" ({date}) and all its answers and actions will be deleted from this browser for good.',
  'delete.confirm': 'Delete for good',
  'delete.done': 'The assessment "{name}" was deleted.',

  // assessment view
  'assessment.tabs': 'Parts of the assessment',
  'assessment.tabAnswer': 'Assessment',
  'assessment.tabResults': 'Results',
  'assessment.tabPlan': 'Improvement plan',
  'assessment.notFound': 'The assessment was not found. It may have been deleted.',
  'assessment.meta': '{type} · {date}',
  'assessment.participants': 'Participants: {names}',
  'assessment.checklistInfo': 'Checklist: {title}, version {version}',
  'assessment.progress': '{rated} / {total} assessed, {dontKnow} "don\'t know"',

  // item
  'item.number': 'Item {n}',
  'item.rating': 'Level',
  'item.dontKnow': "Don't know",
  'item.dontKnowDescription':
    'There is not enough information. The item is left out of the averages.',
  'item.clearRating': 'Clear the choice',
  'item.evidence': 'Evidence to look for',
  'item.questions': 'Discuss',
  'item.legal': 'Legislation',
  'item.notes': 'Notes and evidence',
  'item.notesHint': 'What was found, and what the rating is based on.',
  'item.actions': 'Actions',
  'item.addAction': 'Add an action',
  'item.removeAction': 'Remove action {n}',
  'item.actionWhat': 'What will be done',
  'item.actionWho': 'Who is responsible',
  'item.actionDue': 'By when',
  'item.actionLegend': 'Action {n}',
  'item.draft': 'Draft',
  'item.unanswered': 'Not assessed yet',

  // autosave
  'save.saving': 'Saving…',
  'save.saved': 'Saved',
  'save.failed': 'Saving failed: {reason}',
  'save.quota': "The browser's storage is full.",
  'save.unknown': 'unknown error',

  // results
  'results.overall': 'Overall result',
  'results.byHeading': 'Results by heading',
  'results.byGap': 'Items by need for improvement',
  'results.byGapIntro':
    'The greatest need for improvement first. Items not yet assessed come last.',
  'results.scoreOf': '{score} / 100',
  'results.rated': '{rated} / {total} assessed',
  'results.columnItem': 'Item',
  'results.columnLevel': 'Level',
  'results.columnScore': 'Score',
  'results.columnHeading': 'Heading',
  'results.scaleNote':
    'Scores 0–100 (level × 25). Under 25 poor, 25–74 room to improve, 75 or more good. "Don\'t know" does not affect the averages.',

  // bands
  'band.poor': 'Poor',
  'band.improve': 'Room to improve',
  'band.good': 'Good',
  'band.none': 'Not assessed',

  // plan view
  'plan.heading': 'Improvement plan',
  'plan.intro': 'All agreed actions by due date. Download the plan as a PDF file to share it.',
  'plan.empty': 'No actions have been recorded yet. Add them to the items of the assessment.',
  'plan.download': 'Download PDF',
  'plan.generating': 'Creating the PDF file…',
  'plan.downloaded': 'The PDF file has been created: {file}',
  'plan.failed': 'The PDF file could not be created: {reason}',
  'plan.columnWhat': 'What',
  'plan.columnWho': 'Who',
  'plan.columnDue': 'By when',
  'plan.columnItem': 'Item',
  'plan.noDue': 'not agreed',
  'plan.noOwner': 'not named',

  // report (PDF)
  'pdf.title': 'Improvement plan',
  'pdf.subtitle': '{organisation} · {date}',
  'pdf.assessmentOf': 'NGO-friendliness self-assessment: {checklist} (version {version})',
  'pdf.participants': 'Participants',
  'pdf.noParticipants': 'No participants recorded.',
  'pdf.scores': 'Results',
  'pdf.overall': 'Overall result',
  'pdf.ratedCount': '{rated} / {total} items assessed, {dontKnow} "don\'t know"',
  'pdf.actionsSummary': 'Actions by due date',
  'pdf.items': 'Item by item',
  'pdf.level': 'Level: {level}',
  'pdf.notes': 'Notes',
  'pdf.actions': 'Actions',
  'pdf.who': 'Responsible: {who}',
  'pdf.due': 'Due: {due}',
  'pdf.noActions': 'No actions.',
  'pdf.page': 'Page {page} / {pages}',
  'pdf.fileName': 'improvement-plan',

  // workshop (facilitator)
  'workshop.open': 'Workshop mode',
  'workshop.openHint': 'One item at a time, keyboard shortcuts and a projector view.',
  'workshop.heading': 'Workshop: {organisation}',
  'workshop.progress': 'Item {n} / {total}',
  'workshop.jumpTo': 'Go to item',
  'workshop.previous': 'Previous item',
  'workshop.next': 'Next item',
  'workshop.summary': 'Summary',
  'workshop.summaryIntro': 'All items have been covered. The projector view now shows the results.',
  'workshop.backToItems': 'Back to the items',
  'workshop.timer': 'Timer',
  'workshop.timerStart': 'Start the timer',
  'workshop.timerPause': 'Pause the timer',
  'workshop.timerReset': 'Reset the timer',
  'workshop.openProjector': 'Open projector window',
  'workshop.projectorBlocked':
    'The browser blocked the new window. Allow pop-ups, or use the projector view in this window (P).',
  'workshop.presentHere': 'Projector view in this window',
  'workshop.exitPresent': 'Back to the facilitator view (Esc)',
  'workshop.help': 'Keyboard shortcuts',
  'workshop.helpClose': 'Close',
  'workshop.private': 'For the facilitator only – not shown in the projector view.',
  'workshop.revealVotes': 'Show the votes in the projector view',
  'workshop.hideVotes': 'Hide the votes from the projector view',
  'workshop.agreed': 'Agreed level',
  'workshop.keysNote': 'Shortcuts do not work in text fields. Press Esc to leave a field.',
  'workshop.keyLevels': 'Choose the agreed level',
  'workshop.keyDontKnow': "Don't know",
  'workshop.keyMove': 'Previous or next item (presentation clickers too)',
  'workshop.keyFirstLast': 'First or last item',
  'workshop.keySummary': 'Summary',
  'workshop.keyTimer': 'Start or pause the timer',
  'workshop.keyTimerReset': 'Reset the timer',
  'workshop.keyVotes': 'Show or hide the votes in the projector view',
  'workshop.keyProjector': 'Projector view in this window on or off',
  'workshop.keyProjectorWindow': 'Open projector window',
  'workshop.keyHelp': 'Show this help',
  'workshop.keyEscape': 'Close the help or the projector view, leave a text field',
  'workshop.keyColumn': 'Key',
  'workshop.actionColumn': 'Action',
  'workshop.levelSet': 'Level {level} chosen.',
  'workshop.moved': 'Item {n} / {total}: {statement}',

  // room votes
  'votes.heading': 'Vote (fist to five)',
  'votes.intro': 'Record how many hands went up for each level.',
  'votes.countFor': 'Votes for level {level}',
  'votes.total': 'Votes in total {total}',
  'votes.median': 'Median: {level}',
  'votes.spread': 'Range {min}–{max}, interquartile range {iqr}',
  'votes.disagreement': 'Views differ widely. Discuss before you agree on the level.',
  'votes.useMedian': 'Use the median as the agreed level',
  'votes.none': 'No votes yet.',
  'votes.clear': 'Clear the votes',
  'votes.chart': 'Distribution of votes',

  // perspectives
  'perspectives.heading': 'Perspectives',
  'perspectives.intro':
    "Rate the items separately from, for example, the municipality's and the NGOs' point of view. The differences show in the results.",
  'perspectives.enable': 'Use perspectives',
  'perspectives.disable': 'Stop using perspectives',
  'perspectives.name': 'Name of perspective {n}',
  'perspectives.defaultNgo': 'NGOs',
  'perspectives.rating': '{name}: level',
  'perspectives.notRated': 'Not rated',
  'perspectives.compareHeading': 'Differences between perspectives',
  'perspectives.compareIntro':
    'Differences of two levels or more are highlighted: they are worth discussing.',
  'perspectives.gap': 'Difference',
  'perspectives.gapNotable': '{gap} points – discuss',
  'perspectives.gapValue': '{gap} points',
  'perspectives.noGap': '–',

  // projector
  'projector.waitingTitle': 'Projector view',
  'projector.waiting':
    "Waiting for the facilitator. Open the assessment's workshop mode in another window.",
  'projector.item': 'Item {n} / {total}',
  'projector.agreed': 'Agreed level: {level}',
  'projector.open': 'The level has not been agreed yet.',
  'projector.summary': 'Summary',
  'projector.overall': 'Overall result',

  // regional overview
  'region.link': 'Regional comparison',
  'region.heading': 'Regional comparison',
  'region.intro':
    "Each organisation's latest assessment per checklist, the change since the previous round, and the regional means.",
  'region.empty': 'There are no assessments to compare yet.',
  'region.change': 'Change',
  'region.since': 'previous {date}',
  'region.noChange': 'No earlier round',
  'region.same': 'No change',
  'region.mean': 'Mean ({count} organisations)',

  // demo data
  'demo.heading': 'Demo data',
  'demo.intro':
    'Fictional municipalities and a wellbeing services county over two years, for presenting the model. They are marked as demo data and can be removed in one step without touching your own assessments.',
  'demo.load': 'Load demo data',
  'demo.remove': 'Remove demo data',
  'demo.loaded': 'Demo data loaded: {count} assessments.',
  'demo.removed': 'Demo data removed: {count} assessments.',
  'demo.badge': 'Demo',

  // checklist errors (code → sentence)
  'checklist.errorAt': 'Line {line}, column {column}: {message}',
  'checklist.invalid': 'The checklist has errors and cannot be used.',
  'checklistError.frontMatterMissing': 'The file must start with a header between --- lines.',
  'checklistError.frontMatterUnclosed': 'The header has no closing --- line.',
  'checklistError.frontMatterSyntax': 'A header line must be of the form "key: value".',
  'checklistError.frontMatterDuplicateKey': 'The key "{key}" is given twice.',
  'checklistError.requiredKeyMissing': 'The required field "{key}" is missing from the header.',
  'checklistError.invalidValue':
    'The value "{value}" is not allowed for "{key}". Allowed: {allowed}.',
  'checklistError.unknownScale': 'The scale "{value}" is not known. Known scales: {allowed}.',
  'checklistError.unknownKey': 'The key "{key}" is not known and is ignored.',
  'checklistError.titleMismatch':
    'The title "{title}" and the # heading "{heading}" differ. The header\'s title is used.',
  'checklistError.idMissing': 'The heading has no id, for example {#A1}.',
  'checklistError.idInvalid':
    'The id "{id}" is not valid: start with a letter, then use letters, digits, - or _.',
  'checklistError.idDuplicate': 'The id "{id}" is already used on line {firstLine}.',
  'checklistError.attributeInvalid':
    'The braces may hold only an id (#id) and the word draft, not "{value}".',
  'checklistError.statementEmpty': 'The item has no statement.',
  'checklistError.headingTitleEmpty': 'The heading has no title.',
  'checklistError.itemOutsideHeading': 'An item (###) comes before the first heading (##).',
  'checklistError.contentOutsideItem': 'A section (####) does not belong to any item (###).',
  'checklistError.headingWithoutItems': 'The heading "{title}" has no items (###).',
  'checklistError.noHeadings': 'The file has no headings (##).',
  'checklistError.unknownSection': 'The section "{name}" is not known. Known sections: {allowed}.',
  'checklistError.sectionNotList': 'The content of the section "{name}" must be a list (- ...).',
  'checklistError.sectionDuplicate': 'The section "{name}" already appears in this item.',
  'checklistError.unexpectedHeadingLevel':
    'Heading level {depth} is not used. Use ## for headings, ### for items and #### for sections.',
  'checklistError.explanationMissing': 'The item has no explanation.',
  'checklistError.modelInvalid': 'The structure of the checklist is not valid (at "{path}").',

  // storage safety: autosave status, tabs, persistence, trash
  'saveStatus.savedAt': 'Saved at {time}',
  'saveStatus.retry': 'Try saving again',
  'storage.outdated': 'The app was updated in another tab — reload the page.',
  'storage.reload': 'Reload the page',
  'storage.blocked':
    'The app is waiting for its older version to be closed in other tabs. Close the other tabs where the app is open.',
  'storage.stale': 'another tab saved at the same time and the changes could not be combined',
  'persist.label': "The browser's storage",
  'persist.granted':
    'Storage is persistent: the browser will not delete the assessments even when disk space runs low.',
  'persist.notGranted':
    'Storage is not persistent: the browser may delete the data when disk space runs low. Take a backup now and then.',
  'persist.unsupported': 'The browser does not tell whether storage is persistent.',
  'persist.request': 'Ask for persistent storage',
  'persist.usage': '{used} in use',
  'persist.denied': 'The browser did not grant persistent storage, so a backup matters.',
  'trash.undo': 'Undo',
  'trash.undoLabel': 'Undo deleting the assessment "{name}"',
  'trash.dismiss': 'Close the message',
  'trash.restored': 'The assessment "{name}" was restored.',
  'trash.link': 'Trash',
  'trash.linkCount': 'Trash ({count})',
  'trash.heading': 'Trash',
  'trash.intro':
    'Deleted assessments stay in the trash for {days} days. After that they are deleted for good.',
  'trash.empty': 'The trash is empty.',
  'trash.columnDeleted': 'Deleted',
  'trash.restore': 'Restore',
  'trash.deleteForever': 'Delete for good',
  'trash.deletedForever': 'The assessment "{name}" was deleted for good.',
};
