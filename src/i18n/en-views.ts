import type { ViewsMessages } from './fi-views';

export const enViews: ViewsMessages = {
  // new assessment form
  'create.heading': 'New assessment',
  'create.organisation': 'Name of the municipality or wellbeing services county',
  'create.type': 'Type of organisation',
  'create.date': 'Date of the assessment',
  'create.participants': 'Participants',
  'create.participantsHint': 'One participant or organisation per line.',
  'create.checklist': 'Checklist',
  'create.submit': 'Create assessment',
  'create.dateRequired': 'Enter a full date (day, month and year).',

  // rename / delete
  'delete.heading': 'Delete the assessment?',
  'delete.body':
    'The assessment "{name}" ({date}) and all its answers and actions will be deleted from this browser for good.',
  'delete.confirm': 'Delete for good',

  // assessment view
  'assessment.tabs': 'Parts of the assessment',
  'assessment.tabAnswer': 'Assessment',
  'assessment.tabResults': 'Results',
  'assessment.tabPlan': 'Improvement plan',
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
  'workshop.incomplete':
    'Checklist incomplete: some items are still drafts that have not been confirmed.',
  'item.unanswered': 'Not assessed yet',

  // autosave
  'save.saving': 'Saving…',
  'save.saved': 'Saved',

  // results
  'results.overall': 'Overall result',
  'results.byHeading': 'Results by heading',
  'results.byGap': 'Items by need for improvement',
  'results.byGapIntro':
    'The greatest need for improvement first. Items not yet assessed come last.',
  'results.rated': '{rated} / {total} assessed',
  'results.columnItem': 'Item',
  'results.columnLevel': 'Level',
  'results.columnScore': 'Score',
  'results.columnHeading': 'Heading',
  'results.scaleNote':
    'Scores 0–100: each level of the scale has a score (on this checklist\'s scale: {levels}). Under 25 poor, 25–74 room to improve, 75 or more good. "Don\'t know" does not affect the averages.',

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
  'checklistError.checklistTooLarge':
    'The file is too large for a checklist: {size} characters, at most {limit}.',
  'checklistError.tooManyItems':
    'The checklist has {count} items; at most {limit} items are possible.',
  'checklistError.nestingTooDeep':
    'Too many levels of quotes, lists or indentation inside each other (at most {limit} levels).',

  // checklist format: scales and built-in choice
  'checklistError.idReserved':
    'The id "{id}" cannot be used: it is a reserved name of the programming language. Choose another.',
  'checklistError.scaleLevelsTooFew':
    'A custom scale needs at least two level: lines; there are {count}.',
  'checklistError.scaleLevelSyntax':
    'A level line must read "level: value | score | label | description".',
  'checklistError.scaleLevelValueInvalid':
    'A level\'s value must be a whole number, not "{value}".',
  'checklistError.scaleLevelValueDuplicate':
    'The level value {value} is already used on line {firstLine}.',
  'checklistError.scaleLevelScoreInvalid':
    'A level\'s score must be a number from 0 to 100, not "{value}".',
  'checklistError.scaleLevelLabelEmpty': 'The level has no label.',
  'checklistError.scaleLevelWithoutCustom':
    'level: lines are only used when the header says "scale: custom" (it says "{scale}").',
  'checklistError.scaleLevelDescriptionMissing': 'The level has no description.',
  'checklistError.scaleScoreOrder':
    "The level's score ({score}) should be higher than the previous level's ({previous}).",
  'create.checklistLanguage.fi': 'in Finnish',
  'create.checklistLanguage.sv': 'in Swedish',
  'create.checklistLanguage.en': 'in English',

  // checklist editor and versions
  'checklists.heading': 'Checklists',
  'checklists.intro':
    'Adapt the checklist to your region: start from a built-in list or a blank template, or import a Markdown file. The lists are kept in this browser.',
  'checklists.own': 'Your checklists',
  'checklists.empty': 'There are no checklists of your own yet.',
  'checklists.columnTitle': 'Checklist',
  'checklists.columnVersion': 'Version',
  'checklists.columnState': 'State',
  'checklists.columnUpdated': 'Changed',
  'checklists.columnActions': 'Actions',
  'checklists.untitled': 'Untitled checklist',
  'checklists.stateReady': 'Ready',
  'checklists.stateDraft': 'Draft – has errors',
  'checklists.edit': 'Edit',
  'checklists.download': 'Download .md',
  'checklists.delete': 'Delete',
  'checklists.newHeading': 'New checklist',
  'checklists.newFrom': 'New from:',
  'checklists.newBlank': 'New blank checklist',
  'checklists.deleteHeading': 'Delete the checklist?',
  'checklists.deleteBody':
    'The checklist "{title}" is deleted from this browser. Assessments made with it stay as they are, as each keeps its own copy of the list.',
  'checklists.deleteConfirm': 'Delete checklist',
  'checklists.deleted': 'The checklist "{title}" was deleted.',
  'checklists.downloaded': 'The file {file} has been downloaded.',
  'import.heading': 'Import a file',
  'import.intro': 'Choose a checklist Markdown file (.md) or drop it on the area below.',
  'import.choose': 'Choose a file to import',
  'import.drop': 'Drop an .md file here',
  'import.done': 'The file {file} was imported: {title}.',
  'import.doneDraft':
    'The file {file} was imported as a draft because it has errors ({count}). The first: {first}',
  'import.notMarkdown':
    'The file {file} was not imported: it is not a Markdown file. Choose a file ending in .md.',
  'import.notText':
    'The file {file} was not imported: it is not a text file (perhaps an image, PDF or Word file). Save the checklist as Markdown text (.md).',
  'import.tooLarge':
    'The file {file} was not imported: it is too large for a checklist (over 1 MB).',
  'import.empty': 'The file {file} was not imported: it is empty.',
  'import.utf16NoBom':
    'The file {file} was not imported: it is saved as UTF-16 without a byte order mark. Save it as UTF-8 (or UTF-16 with a byte order mark).',
  'import.latin1':
    'The file {file} was not imported: it is saved in an old single-byte encoding (Latin-1 or Windows-1252), which loses letters such as ä and ö. Save it as UTF-8.',
  'import.duplicate':
    'The file {file} was not imported again: the same checklist is already kept as "{title}".',
  'import.unreadable': 'The file {file} could not be read.',
  'editor.heading': 'Edit checklist',
  'editor.back': 'Back to checklists',
  'editor.notFound': 'The checklist was not found. It may have been deleted.',
  'editor.source': 'Checklist Markdown',
  'editor.sourceHint':
    'Line numbers are shown on the left. Changes are saved automatically. The buttons in the list of problems move the cursor to the problem.',
  'editor.about': '{title} · id {id} · version {version}',
  'editor.draftNotice':
    'Draft: the checklist has errors, so it cannot be used for an assessment until they are fixed. Your changes are saved all the same.',
  'editor.readyNotice': 'Ready: this checklist can be used for a new assessment.',
  'editor.versionHint':
    'Raise the version when you change the content. Earlier assessments stay as they are and show that a new version is available.',
  'editor.versionInUse':
    'Version {version} is already used by assessments ({count}), and the content now differs. Raise the version so that they show a new version is available.',
  'editor.download': 'Download as .md file',
  'editor.problems': 'Errors and warnings',
  'editor.counts': 'Errors {errors}, warnings {warnings}.',
  'editor.errors': 'Errors',
  'editor.warnings': 'Warnings',
  'editor.preview': 'Preview',
  'editor.previewStale': 'The file has errors. The preview shows the last version without errors.',
  'editor.previewNone': 'The preview appears once the errors are fixed.',
  'editor.scale': 'Scale',
  'editor.levelLine': '{value} – {label} ({score} pts)',
  'template.title': 'My checklist',
  'template.heading': 'First heading',
  'template.statement': 'Write the statement of the item here as one sentence.',
  'template.explanation': 'Explain here what the item means and what a rating rests on.',
  'template.evidence': 'how to recognise it',
  'template.question': 'What is worth discussing?',
  'create.checklistOption': '{title}, version {version}',
  'create.customBadge': 'Own',
  'create.draftReason': 'Draft: fix its errors in the checklist editor before using it.',
  'versions.notice':
    'A newer version of the checklist is available: {title}, version {version}. This assessment stays on version {current}.',
  'versions.start': 'Start the next assessment on the new version',
  'versions.startHint':
    'The new assessment is made for today, for the same organisation and with the same participants. Answers carry over to the items that are also in the new version.',
  'versions.failed': 'The new assessment could not be created: {reason}',

  // files: export, import and backups
  'backup.heading': 'Backups and files',
  'backup.intro':
    'Export the assessments to a file to keep them safe or move them to another computer, and import them again. The file stays with you; nothing is sent anywhere.',
  'backup.exportAll': 'Export backup',
  'backup.exportSelected': 'Export selected…',
  'backup.import': 'Import file',
  'backup.fileInput': 'File to import',
  'backup.dropZone': 'Or drop a file here.',
  'backup.dropActive': 'Drop the file to import it.',
  'backup.oneFile': 'Import one file at a time.',
  'backup.exported': 'The file {file} has been created: {count} assessments.',
  'backup.exportFailed': 'The export failed: {reason}',
  'backup.nothingToExport': 'There are no assessments to export.',
  'backup.selectHeading': 'Export selected assessments',
  'backup.selectLegend': 'Assessments to export',
  'backup.selectAll': 'Select all',
  'backup.selectNone': 'Clear selection',
  'backup.selectSubmit': 'Export to file',
  'backup.selectEmpty': 'Select at least one assessment.',
  'backup.cancel': 'Cancel',
  'backup.reading': 'Reading {file}…',
  'backup.readFailed': 'Could not read {file}: {reason}',
  'backup.invalid':
    'The file {file} cannot be imported because it has errors ({count}). Nothing was saved.',
  'backup.problemAt': 'At {path}: {message}',
  'backup.moreProblems': '…and {count} more errors.',
  'backup.reviewHeading': 'Import the file?',
  'backup.reviewSummary':
    'The file {file} has {fresh} new, {same} already stored unchanged and {conflicts} that clash with what is stored.',
  'backup.conflictsIntro':
    'These are stored in this browser with different contents. Choose for each one what to keep.',
  'backup.columnName': 'Name',
  'backup.columnMine': 'In this browser',
  'backup.columnTheirs': 'In the file',
  'backup.columnChoice': 'What to keep',
  'backup.versionAssessment': 'Assessment of {date}, changed {updated}, {revision} saves',
  'backup.versionChecklist': 'Checklist, changed {updated}',
  'backup.choiceMine': 'Keep mine',
  'backup.choiceTheirs': 'Take theirs',
  'backup.choiceBoth': 'Keep both',
  'backup.confirm': 'Import',
  'backup.copySuffix': '(imported)',
  'backup.imported': '{count} assessments imported.',
  'backup.importedDetails':
    'New {added}, replaced {replaced}, as copies {copied}, yours kept {kept}, unchanged {unchanged}, checklists {checklists}.',
  'backup.importFailed': 'The import failed and nothing was saved: {reason}',
  'backup.importCancelled': 'The import was cancelled. Nothing was saved.',
  'backup.exportThis': 'Export this assessment',
  'backup.rescue': 'Download a backup',
  'backup.rescueHint':
    'The unsaved changes are still in this window. Download them as a file so that nothing is lost.',
  'backup.fileFull': 'jarjestoystavallisyys-backup',
  'backup.fileSelected': 'jarjestoystavallisyys-assessments',
  'backup.exportedOne': 'The file {file} has been created: 1 assessment.',
  'backup.importedOne': '1 assessment imported.',
  'backup.chooseEach': 'Choose what to keep for each clash.',
  'backupProblem.tooLarge': 'The file is too large (at most {limit} MB).',
  'backupProblem.notJson': 'The file is not JSON: error on line {line}, column {column}.',
  'backupProblem.truncated':
    'The file ends too early; it may have been cut off while downloading or copying.',
  'backupProblem.notObject': 'The file is not an export file of this app.',
  'backupProblem.wrongFormat':
    'The file is not an export file of this app (the field format must be "{expected}").',
  'backupProblem.unsupportedVersion': 'File format version {found} is not known.',
  'backupProblem.futureVersion':
    'The file was made by a newer version of the app (format {found}; this version reads up to format {supported}). Update the app and try again.',
  'backupProblem.migrationFailed': 'Converting the file from format {version} failed: {message}',
  'backupProblem.forbiddenKey':
    'The key "{key}" is not allowed because it could change how the app works.',
  'backupProblem.tooDeep': 'The file is nested too deeply (at most {limit} levels).',
  'backupProblem.stringTooLong': 'The text is too long: {length} characters, at most {limit}.',
  'backupProblem.keyTooLong': 'The key is too long: {length} characters, at most {limit}.',
  'backupProblem.invalidType': 'Should be {expected}, but is {found}.',
  'backupProblem.invalidValue': 'The value is not valid. Allowed values: {allowed}.',
  'backupProblem.tooSmall': 'The value is too small or short (at least {minimum}).',
  'backupProblem.tooBig': 'The value is too large or long (at most {maximum}).',
  'backupProblem.invalidFormat': 'The value is not in the right form.',
  'backupProblem.unknownKey': 'Unknown field: {keys}.',
  'backupProblem.invalid': 'The value is not valid.',
  'backupProblem.duplicateId': 'The id "{id}" appears more than once in the file.',
  'backupProblem.snapshotMismatch':
    "The checklist's hash does not match its text: the file has been changed or is damaged.",
  'backupProblem.snapshotMissing':
    'The checklist the assessment was made with is missing from the file.',
  'backupProblem.textMalformed':
    'The text holds a broken character (a lone UTF-16 surrogate) that cannot be stored or shown.',
  'backupProblem.snapshotInvalid':
    "The checklist's Markdown does not load in this app, so the assessment could not be shown.",
  'backupProblem.checklistRefMismatch':
    "The assessment names another checklist than the file's checklist ({id}, version {version}).",
  'backupProblem.unknownItem': 'The checklist has no item "{id}".',
  'backupProblem.levelNotOnScale':
    "Level {level} is not on the checklist's scale (allowed: {allowed}).",
  'backupProblem.unknownPerspective': 'The assessment has no perspective "{id}".',
  'backupType.string': 'text',
  'backupType.number': 'a number',
  'backupType.boolean': 'true or false',
  'backupType.object': 'an object',
  'backupType.record': 'an object',
  'backupType.array': 'a list',
  'backupType.null': 'empty (null)',
  'backupType.missing': 'missing',

  // storage safety: autosave status, tabs, persistence, trash
  'saveStatus.savedAt': 'Saved at {time}',
  'saveStatus.retry': 'Try saving again',
  'persist.label': "The browser's storage",
  'persist.granted':
    'Storage is persistent: the browser will not delete the assessments even when disk space runs low.',
  'persist.notGranted':
    'Storage is not persistent: the browser may delete the data when disk space runs low. Take a backup now and then.',
  'persist.unsupported': 'The browser does not tell whether storage is persistent.',
  'persist.request': 'Ask for persistent storage',
  'persist.usage': '{used} in use',
  'persist.denied': 'The browser did not grant persistent storage, so a backup matters.',
  'trash.heading': 'Trash',
  'trash.intro':
    'Deleted assessments stay in the trash for {days} days. After that they are deleted for good.',
  'trash.empty': 'The trash is empty.',
  'trash.columnDeleted': 'Deleted',
  'trash.restore': 'Restore',
  'trash.deleteForever': 'Delete for good',
  'trash.deletedForever': 'The assessment "{name}" was deleted for good.',
};
