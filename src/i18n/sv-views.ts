import type { ViewsMessages } from './fi-views';

export const svViews: ViewsMessages = {
  // new assessment form
  'create.heading': 'Ny bedömning',
  'create.organisation': 'Kommunens eller välfärdsområdets namn',
  'create.type': 'Typ av organisation',
  'create.date': 'Bedömningens datum',
  'create.participants': 'Deltagare',
  'create.participantsHint': 'En deltagare eller organisation per rad.',
  'create.checklist': 'Checklista',
  'create.submit': 'Skapa bedömning',
  'create.dateRequired': 'Ange ett fullständigt datum (dag, månad och år).',

  // rename / delete
  'delete.heading': 'Radera bedömningen?',
  'delete.body':
    'Bedömningen "{name}" ({date}) och alla dess svar och åtgärder raderas permanent från den här webbläsaren.',
  'delete.confirm': 'Radera permanent',

  // assessment view
  'assessment.tabs': 'Bedömningens delar',
  'assessment.tabAnswer': 'Bedömning',
  'assessment.tabResults': 'Resultat',
  'assessment.tabPlan': 'Utvecklingsplan',
  'assessment.meta': '{type} · {date}',
  'assessment.participants': 'Deltagare: {names}',
  'assessment.checklistInfo': 'Checklista: {title}, version {version}',
  'assessment.progress': '{rated} / {total} bedömda, {dontKnow} "vet ej"',

  // item
  'item.number': 'Punkt {n}',
  'item.rating': 'Nivå',
  'item.dontKnow': 'Vet ej',
  'item.dontKnowDescription':
    'Det finns inte tillräckligt med information. Punkten lämnas utanför medelvärdena.',
  'item.clearRating': 'Töm valet',
  'item.evidence': 'Belägg att leta efter',
  'item.questions': 'Diskutera',
  'item.legal': 'Lagstiftning',
  'item.notes': 'Anteckningar och belägg',
  'item.notesHint': 'Vad som konstaterades och vad bedömningen grundar sig på.',
  'item.actions': 'Åtgärder',
  'item.addAction': 'Lägg till en åtgärd',
  'item.removeAction': 'Ta bort åtgärd {n}',
  'item.actionWhat': 'Vad görs',
  'item.actionWho': 'Vem ansvarar',
  'item.actionDue': 'Senast',
  'item.actionLegend': 'Åtgärd {n}',
  'item.draft': 'Utkast',
  'item.unanswered': 'Inte bedömd ännu',

  // autosave
  'save.saving': 'Sparar…',
  'save.saved': 'Sparat',

  // results
  'results.overall': 'Helhetsresultat',
  'results.byHeading': 'Resultat per huvudpunkt',
  'results.byGap': 'Punkterna enligt utvecklingsbehov',
  'results.byGapIntro':
    'Största utvecklingsbehovet först. Punkter som inte har bedömts kommer sist.',
  'results.rated': '{rated} / {total} bedömda',
  'results.columnItem': 'Punkt',
  'results.columnLevel': 'Nivå',
  'results.columnScore': 'Poäng',
  'results.columnHeading': 'Huvudpunkt',
  'results.scaleNote':
    'Poäng 0–100: varje nivå på skalan har ett poängtal (på skalan 0–4 nivå × 25). Under 25 svag, 25–74 behöver utvecklas, minst 75 bra. "Vet ej" påverkar inte medelvärdena.',

  // plan view
  'plan.heading': 'Utvecklingsplan',
  'plan.intro':
    'Alla överenskomna åtgärder enligt tidsfrist. Ladda ner planen som PDF-fil för att dela den.',
  'plan.empty': 'Inga åtgärder har antecknats ännu. Lägg till dem under bedömningens punkter.',
  'plan.download': 'Ladda ner PDF',
  'plan.generating': 'PDF-filen skapas…',
  'plan.downloaded': 'PDF-filen har skapats: {file}',
  'plan.failed': 'PDF-filen kunde inte skapas: {reason}',
  'plan.columnWhat': 'Vad',
  'plan.columnWho': 'Vem',
  'plan.columnDue': 'Senast',
  'plan.columnItem': 'Punkt',
  'plan.noDue': 'inte överenskommet',
  'plan.noOwner': 'ingen utsedd',

  // report (PDF)
  'pdf.title': 'Utvecklingsplan',
  'pdf.subtitle': '{organisation} · {date}',
  'pdf.assessmentOf': 'Självbedömning av föreningsvänlighet: {checklist} (version {version})',
  'pdf.participants': 'Deltagare',
  'pdf.noParticipants': 'Inga deltagare antecknade.',
  'pdf.scores': 'Resultat',
  'pdf.overall': 'Helhetsresultat',
  'pdf.ratedCount': '{rated} / {total} punkter bedömda, {dontKnow} "vet ej"',
  'pdf.actionsSummary': 'Åtgärder enligt tidsfrist',
  'pdf.items': 'Punkt för punkt',
  'pdf.level': 'Nivå: {level}',
  'pdf.notes': 'Anteckningar',
  'pdf.actions': 'Åtgärder',
  'pdf.who': 'Ansvarig: {who}',
  'pdf.due': 'Tidsfrist: {due}',
  'pdf.noActions': 'Inga åtgärder.',
  'pdf.page': 'Sida {page} / {pages}',
  'pdf.fileName': 'utvecklingsplan',

  // workshop (facilitator)
  'workshop.open': 'Workshopläge',
  'workshop.openHint': 'En punkt i taget, kortkommandon och en projektorvy.',
  'workshop.heading': 'Workshop: {organisation}',
  'workshop.progress': 'Punkt {n} / {total}',
  'workshop.jumpTo': 'Gå till punkt',
  'workshop.previous': 'Föregående punkt',
  'workshop.next': 'Nästa punkt',
  'workshop.summary': 'Sammanfattning',
  'workshop.summaryIntro': 'Alla punkter har gåtts igenom. Projektorvyn visar nu resultaten.',
  'workshop.backToItems': 'Tillbaka till punkterna',
  'workshop.panel': 'Tidtagare, röster, anteckningar och åtgärder',
  'workshop.timer': 'Tidtagare',
  'workshop.timerStart': 'Starta tidtagaren',
  'workshop.timerPause': 'Stoppa tidtagaren',
  'workshop.timerReset': 'Nollställ tidtagaren',
  'workshop.openProjector': 'Öppna projektorfönster',
  'workshop.projectorBlocked':
    'Webbläsaren blockerade det nya fönstret. Tillåt popup-fönster eller använd projektorvyn i det här fönstret (P).',
  'workshop.presentHere': 'Projektorvy i det här fönstret',
  'workshop.exitPresent': 'Tillbaka till ledarvyn (Esc)',
  'workshop.help': 'Kortkommandon',
  'workshop.helpClose': 'Stäng',
  'workshop.private': 'Bara för ledaren – visas inte i projektorvyn.',
  'workshop.revealVotes': 'Visa rösterna i projektorvyn',
  'workshop.hideVotes': 'Dölj rösterna i projektorvyn',
  'workshop.agreed': 'Överenskommen nivå',
  'workshop.keysNote': 'Kortkommandona fungerar inte i textfält. Lämna fältet med Esc.',
  'workshop.keyLevels': 'Välj överenskommen nivå',
  'workshop.keyDontKnow': 'Vet ej',
  'workshop.keyMove': 'Föregående eller nästa punkt (även med presentationsfjärrkontroll)',
  'workshop.keyFirstLast': 'Första eller sista punkten',
  'workshop.keySummary': 'Sammanfattning',
  'workshop.keyTimer': 'Starta eller stoppa tidtagaren',
  'workshop.keyTimerReset': 'Nollställ tidtagaren',
  'workshop.keyVotes': 'Visa eller dölj rösterna i projektorvyn',
  'workshop.keyProjector': 'Projektorvy i det här fönstret på eller av',
  'workshop.keyProjectorWindow': 'Öppna projektorfönster',
  'workshop.keyHelp': 'Visa den här hjälpen',
  'workshop.keyEscape': 'Stäng hjälpen eller projektorvyn, lämna ett textfält',
  'workshop.keyColumn': 'Tangent',
  'workshop.actionColumn': 'Funktion',
  'workshop.levelSet': 'Nivå {level} vald.',
  'workshop.moved': 'Punkt {n} / {total}: {statement}',

  // room votes
  'votes.heading': 'Omröstning (knytnäve till fem)',
  'votes.intro': 'Anteckna hur många händer som räcktes upp för varje nivå.',
  'votes.countFor': 'Röster för nivå {level}',
  'votes.total': 'Röster sammanlagt {total}',
  'votes.median': 'Median: {level}',
  'votes.spread': 'Variationsvidd {min}–{max}, kvartilavstånd {iqr}',
  'votes.disagreement': 'Åsikterna går klart isär. Diskutera innan ni kommer överens om nivån.',
  'votes.useMedian': 'Använd medianen som överenskommen nivå',
  'votes.none': 'Inga röster ännu.',
  'votes.clear': 'Töm rösterna',
  'votes.chart': 'Röstfördelning',

  // perspectives
  'perspectives.heading': 'Perspektiv',
  'perspectives.intro':
    'Bedöm punkterna skilt till exempel ur kommunens och organisationernas perspektiv. Skillnaderna syns i resultaten.',
  'perspectives.enable': 'Använd perspektiv',
  'perspectives.disable': 'Sluta använda perspektiv',
  'perspectives.name': 'Namn på perspektiv {n}',
  'perspectives.defaultNgo': 'Organisationerna',
  'perspectives.rating': '{name}: nivå',
  'perspectives.notRated': 'Inte bedömd',
  'perspectives.compareHeading': 'Skillnader mellan perspektiven',
  'perspectives.compareIntro':
    'Skillnader på minst två nivåer är markerade: de är värda att diskutera.',
  'perspectives.gap': 'Skillnad',
  'perspectives.gapNotable': '{gap} poäng – diskutera',
  'perspectives.gapValue': '{gap} poäng',
  'perspectives.noGap': '–',

  // projector
  'projector.waitingTitle': 'Projektorvy',
  'projector.waiting': 'Väntar på ledaren. Öppna bedömningens workshopläge i ett annat fönster.',
  'projector.item': 'Punkt {n} / {total}',
  'projector.agreed': 'Överenskommen nivå: {level}',
  'projector.open': 'Nivån är inte överenskommen ännu.',
  'projector.summary': 'Sammanfattning',
  'projector.overall': 'Helhetsresultat',

  // regional overview
  'region.heading': 'Regional jämförelse',
  'region.intro':
    'Varje organisations senaste bedömning per checklista, förändringen sedan föregående omgång och regionens medelvärden.',
  'region.empty': 'Det finns inga bedömningar att jämföra ännu.',
  'region.change': 'Förändring',
  'region.since': 'föregående {date}',
  'region.noChange': 'Ingen tidigare omgång',
  'region.same': 'Ingen förändring',
  'region.mean': 'Medelvärde ({count, plural, one {# organisation} other {# organisationer}})',

  // demo data
  'demo.heading': 'Demomaterial',
  'demo.intro':
    'Fiktiva kommuner och ett välfärdsområde under två år för att presentera modellen. De är märkta som demomaterial och kan tas bort med ett klick utan att era egna bedömningar påverkas.',
  'demo.load': 'Ladda demomaterial',
  'demo.remove': 'Ta bort demomaterial',
  'demo.loaded': 'Demomaterial laddat: {count, plural, one {# bedömning} other {# bedömningar}}.',
  'demo.removed':
    'Demomaterial borttaget: {count, plural, one {# bedömning} other {# bedömningar}}.',

  // checklist errors (code → sentence)
  'checklist.errorAt': 'Rad {line}, kolumn {column}: {message}',
  'checklist.invalid': 'Checklistan innehåller fel och kan inte användas.',
  'checklistError.frontMatterMissing': 'Filen ska börja med rubrikuppgifter mellan rader med ---.',
  'checklistError.frontMatterUnclosed': 'Rubrikuppgifterna saknar en avslutande rad med ---.',
  'checklistError.frontMatterSyntax': 'En rubrikrad ska ha formen "nyckel: värde".',
  'checklistError.frontMatterDuplicateKey': 'Nyckeln "{key}" anges två gånger.',
  'checklistError.requiredKeyMissing':
    'Den obligatoriska uppgiften "{key}" saknas i rubrikuppgifterna.',
  'checklistError.invalidValue':
    'Värdet "{value}" är inte tillåtet för "{key}". Tillåtna värden: {allowed}.',
  'checklistError.unknownScale': 'Skalan "{value}" är okänd. Kända skalor: {allowed}.',
  'checklistError.unknownKey': 'Nyckeln "{key}" är okänd och ignoreras.',
  'checklistError.titleMismatch':
    'Titeln "{title}" och #-rubriken "{heading}" skiljer sig. Titeln i rubrikuppgifterna används.',
  'checklistError.idMissing': 'Rubriken saknar en identifierare, till exempel {#A1}.',
  'checklistError.idInvalid':
    'Identifieraren "{id}" är inte giltig: börja med en bokstav och använd sedan bokstäver, siffror, - eller _.',
  'checklistError.idDuplicate': 'Identifieraren "{id}" används redan på rad {firstLine}.',
  'checklistError.attributeInvalid':
    'Klammerparentesen får bara innehålla en identifierare (#id) och ordet draft, inte "{value}".',
  'checklistError.statementEmpty': 'Punkten saknar påstående.',
  'checklistError.headingTitleEmpty': 'Huvudpunkten saknar rubrik.',
  'checklistError.itemOutsideHeading': 'En punkt (###) kommer före den första huvudpunkten (##).',
  'checklistError.contentOutsideItem': 'Ett avsnitt (####) hör inte till någon punkt (###).',
  'checklistError.headingWithoutItems': 'Huvudpunkten "{title}" har inga punkter (###).',
  'checklistError.noHeadings': 'Filen har inga huvudpunkter (##).',
  'checklistError.unknownSection': 'Avsnittet "{name}" är okänt. Kända avsnitt: {allowed}.',
  'checklistError.sectionNotList': 'Innehållet i avsnittet "{name}" ska vara en lista (- ...).',
  'checklistError.sectionDuplicate': 'Avsnittet "{name}" finns redan i den här punkten.',
  'checklistError.unexpectedHeadingLevel':
    'Rubriknivå {depth} används inte. Använd ## för huvudpunkter, ### för punkter och #### för avsnitt.',
  'checklistError.explanationMissing': 'Punkten saknar förklarande text.',
  'checklistError.modelInvalid': 'Checklistans struktur är inte giltig (vid "{path}").',

  // checklist format: scales and built-in choice
  'checklistError.scaleLevelsTooFew':
    'En egen skala behöver minst två level:-rader, nu finns det {count}.',
  'checklistError.scaleLevelSyntax':
    'En nivårad ska ha formen "level: värde | poäng | namn | beskrivning".',
  'checklistError.scaleLevelValueInvalid': 'Nivåns värde ska vara ett heltal, inte "{value}".',
  'checklistError.scaleLevelValueDuplicate': 'Nivåvärdet {value} används redan på rad {firstLine}.',
  'checklistError.scaleLevelScoreInvalid': 'Nivåns poäng ska vara ett tal 0–100, inte "{value}".',
  'checklistError.scaleLevelLabelEmpty': 'Nivån saknar namn.',
  'checklistError.scaleLevelWithoutCustom':
    'level:-rader används bara när huvudet har "scale: custom" (nu "{scale}").',
  'checklistError.scaleLevelDescriptionMissing': 'Nivån saknar beskrivning.',
  'checklistError.scaleScoreOrder':
    'Nivåns poäng ({score}) borde vara högre än föregående nivås ({previous}).',
  'create.checklistLanguage.fi': 'på finska',
  'create.checklistLanguage.sv': 'på svenska',
  'create.checklistLanguage.en': 'på engelska',

  // checklist editor and versions
  'checklists.heading': 'Checklistor',
  'checklists.intro':
    'Anpassa checklistan efter din regions behov: börja från en färdig lista eller en tom mall, eller importera en Markdown-fil. Listorna sparas i den här webbläsaren.',
  'checklists.own': 'Egna checklistor',
  'checklists.empty': 'Det finns inga egna checklistor ännu.',
  'checklists.columnTitle': 'Checklista',
  'checklists.columnVersion': 'Version',
  'checklists.columnState': 'Status',
  'checklists.columnUpdated': 'Ändrad',
  'checklists.columnActions': 'Funktioner',
  'checklists.untitled': 'Namnlös checklista',
  'checklists.stateReady': 'Klar',
  'checklists.stateDraft': 'Utkast – innehåller fel',
  'checklists.edit': 'Redigera',
  'checklists.download': 'Ladda ner .md',
  'checklists.delete': 'Radera',
  'checklists.newHeading': 'Ny checklista',
  'checklists.newFrom': 'Ny utgående från:',
  'checklists.newBlank': 'Ny tom checklista',
  'checklists.deleteHeading': 'Radera checklistan?',
  'checklists.deleteBody':
    'Checklistan "{title}" raderas från den här webbläsaren. Bedömningar som gjorts med den förblir oförändrade, eftersom de har en egen kopia av listan.',
  'checklists.deleteConfirm': 'Radera checklistan',
  'checklists.deleted': 'Checklistan "{title}" raderades.',
  'checklists.downloaded': 'Filen {file} har laddats ner.',
  'import.heading': 'Importera en fil',
  'import.intro': 'Välj checklistans Markdown-fil (.md) eller släpp den på området nedan.',
  'import.choose': 'Välj fil att importera',
  'import.drop': 'Släpp en .md-fil här',
  'import.done': 'Filen {file} importerades: {title}.',
  'import.doneDraft':
    'Filen {file} importerades som utkast eftersom den innehåller fel ({count}). Det första: {first}',
  'import.notMarkdown':
    'Filen {file} importerades inte: den är ingen Markdown-fil. Välj en fil som slutar på .md.',
  'import.notText':
    'Filen {file} importerades inte: den är ingen textfil (kanske en bild, PDF eller Word-fil). Spara checklistan som Markdown-text (.md).',
  'import.tooLarge':
    'Filen {file} importerades inte: den är för stor för en checklista (över 1 MB).',
  'import.empty': 'Filen {file} importerades inte: den är tom.',
  'import.unreadable': 'Filen {file} kunde inte läsas.',
  'editor.heading': 'Redigera checklistan',
  'editor.back': 'Tillbaka till checklistorna',
  'editor.notFound': 'Checklistan hittades inte. Den har kanske raderats.',
  'editor.source': 'Checklistans Markdown',
  'editor.sourceHint':
    'Radnumren syns till vänster. Ändringarna sparas automatiskt. Knapparna i fellistan flyttar markören till felet.',
  'editor.about': '{title} · id {id} · version {version}',
  'editor.draftNotice':
    'Utkast: checklistan innehåller fel, så den kan inte användas för en bedömning förrän de är rättade. Ändringarna sparas ändå.',
  'editor.readyNotice': 'Klar: den här checklistan kan användas för en ny bedömning.',
  'editor.versionHint':
    'Höj versionen (version) när du ändrar innehållet. Tidigare bedömningar förblir oförändrade och visar att en ny version finns.',
  'editor.versionInUse':
    'Version {version} används redan i bedömningar ({count}), och innehållet är nu ett annat. Höj versionen, så visar de att en ny version finns.',
  'editor.download': 'Ladda ner som .md-fil',
  'editor.problems': 'Fel och varningar',
  'editor.counts': 'Fel {errors}, varningar {warnings}.',
  'editor.errors': 'Fel',
  'editor.warnings': 'Varningar',
  'editor.preview': 'Förhandsvisning',
  'editor.previewStale':
    'Filen innehåller fel. Förhandsvisningen visar den senaste versionen utan fel.',
  'editor.previewNone': 'Förhandsvisningen syns när felen är rättade.',
  'editor.scale': 'Skala',
  'editor.levelLine': '{value} – {label} ({score} p.)',
  'template.id': 'egen-lista',
  'template.title': 'Egen checklista',
  'template.heading': 'Första huvudpunkten',
  'template.statement': 'Skriv punktens påstående här som en mening.',
  'template.explanation': 'Berätta här vad punkten betyder och vad bedömningen grundar sig på.',
  'template.evidence': 'hur man känner igen det',
  'template.question': 'Vad är värt att diskutera?',
  'create.checklistOption': '{title}, version {version}',
  'create.customBadge': 'Egen',
  'create.draftReason': 'Utkast: rätta felen i checklistans redigering innan den används.',
  'versions.notice':
    'Det finns en nyare version av checklistan: {title}, version {version}. Den här bedömningen behåller version {current}.',
  'versions.start': 'Börja nästa bedömning med den nya versionen',
  'versions.startHint':
    'Den nya bedömningen görs med dagens datum för samma organisation och med samma deltagare. Svaren förs över till de punkter som finns även i den nya versionen.',
  'versions.failed': 'Den nya bedömningen kunde inte skapas: {reason}',

  // files: export, import and backups
  'backup.heading': 'Säkerhetskopior och filer',
  'backup.intro':
    'Exportera bedömningarna till en fil för att spara dem eller flytta dem till en annan dator, och importera dem igen. Filen stannar hos er; ingenting skickas.',
  'backup.exportAll': 'Exportera säkerhetskopia',
  'backup.exportSelected': 'Exportera valda…',
  'backup.import': 'Importera fil',
  'backup.fileInput': 'Fil att importera',
  'backup.dropZone': 'Eller släpp en fil här.',
  'backup.dropActive': 'Släpp filen för att importera den.',
  'backup.oneFile': 'Importera en fil i taget.',
  'backup.exported':
    'Filen {file} har skapats: {count, plural, one {# bedömning} other {# bedömningar}}.',
  'backup.exportFailed': 'Exporten misslyckades: {reason}',
  'backup.nothingToExport': 'Det finns inga bedömningar att exportera.',
  'backup.selectHeading': 'Exportera valda bedömningar',
  'backup.selectLegend': 'Bedömningar att exportera',
  'backup.selectAll': 'Välj alla',
  'backup.selectNone': 'Avmarkera alla',
  'backup.selectSubmit': 'Exportera till fil',
  'backup.selectEmpty': 'Välj minst en bedömning.',
  'backup.cancel': 'Avbryt',
  'backup.reading': 'Läser filen {file}…',
  'backup.readFailed': 'Filen {file} kunde inte läsas: {reason}',
  'backup.invalid':
    'Filen {file} kan inte importeras eftersom den innehåller fel ({count}). Ingenting sparades.',
  'backup.problemAt': 'Vid {path}: {message}',
  'backup.moreProblems': '…och {count, plural, one {# fel till} other {# fel till}}.',
  'backup.reviewHeading': 'Importera filen?',
  'backup.reviewSummary':
    'Filen {file} har {fresh} nya, {same} som redan finns likadana och {conflicts} som krockar med det som finns sparat.',
  'backup.conflictsIntro':
    'Dessa finns i den här webbläsaren med annat innehåll. Välj för var och en vad som ska behållas.',
  'backup.columnName': 'Namn',
  'backup.columnMine': 'I den här webbläsaren',
  'backup.columnTheirs': 'I filen',
  'backup.columnChoice': 'Vad behålls',
  'backup.versionAssessment': 'Bedömning {date}, ändrad {updated}, {revision} sparningar',
  'backup.versionChecklist': 'Checklista, ändrad {updated}',
  'backup.choiceMine': 'Behåll min',
  'backup.choiceTheirs': 'Ta filens version',
  'backup.choiceBoth': 'Behåll båda',
  'backup.confirm': 'Importera',
  'backup.copySuffix': '(importerad)',
  'backup.imported':
    '{count, plural, one {# bedömning importerad} other {# bedömningar importerade}}.',
  'backup.importedDetails':
    'Nya {added}, ersatta {replaced}, som kopior {copied}, egna behållna {kept}, oförändrade {unchanged}, checklistor {checklists}.',
  'backup.importFailed': 'Importen misslyckades och ingenting sparades: {reason}',
  'backup.importCancelled': 'Importen avbröts. Ingenting sparades.',
  'backup.exportThis': 'Exportera den här bedömningen',
  'backup.rescue': 'Ladda ner säkerhetskopia',
  'backup.rescueHint':
    'De osparade ändringarna finns kvar i det här fönstret. Ladda ner dem som en fil så att ingenting går förlorat.',
  'backup.fileFull': 'foreningsvanlighet-sakerhetskopia',
  'backup.fileAssessment': 'foreningsvanlighet {organisation}',
  'backup.fileSelected': 'foreningsvanlighet-bedomningar',
  'backup.chooseEach': 'Välj för varje krock vad som ska behållas.',
  'backupProblem.tooLarge': 'Filen är för stor (högst {limit} MB).',
  'backupProblem.notJson': 'Filen är inte i JSON-format: fel på rad {line}, kolumn {column}.',
  'backupProblem.truncated':
    'Filen tar slut mitt i; den har kanske avbrutits vid nedladdning eller kopiering.',
  'backupProblem.notObject': 'Filen är inte en exportfil från den här appen.',
  'backupProblem.wrongFormat':
    'Filen är inte en exportfil från den här appen (fältet format ska vara "{expected}").',
  'backupProblem.unsupportedVersion': 'Filformatets version {found} är okänd.',
  'backupProblem.futureVersion':
    'Filen har gjorts med en nyare version av appen (format {found}; den här versionen läser upp till format {supported}). Uppdatera appen och försök igen.',
  'backupProblem.migrationFailed': 'Filen kunde inte konverteras från format {version}: {message}',
  'backupProblem.forbiddenKey':
    'Nyckeln "{key}" är inte tillåten eftersom den kunde ändra hur appen fungerar.',
  'backupProblem.tooDeep': 'Filens struktur är för djup (högst {limit} nivåer i varandra).',
  'backupProblem.stringTooLong': 'Texten är för lång: {length} tecken, högst {limit}.',
  'backupProblem.keyTooLong': 'Nyckeln är för lång: {length} tecken, högst {limit}.',
  'backupProblem.invalidType': 'Borde vara {expected}, men är {found}.',
  'backupProblem.invalidValue': 'Värdet är inte giltigt. Tillåtna värden: {allowed}.',
  'backupProblem.tooSmall': 'Värdet är för litet eller kort (minst {minimum}).',
  'backupProblem.tooBig': 'Värdet är för stort eller långt (högst {maximum}).',
  'backupProblem.invalidFormat': 'Värdet har fel form.',
  'backupProblem.unknownKey': 'Okänt fält: {keys}.',
  'backupProblem.invalid': 'Värdet är inte giltigt.',
  'backupProblem.duplicateId': 'Identifieraren "{id}" finns mer än en gång i filen.',
  'backupProblem.snapshotMismatch':
    'Checklistans hash stämmer inte med dess text: filen har ändrats eller är skadad.',
  'backupProblem.snapshotMissing': 'Checklistan som bedömningen gjordes med saknas i filen.',
  'backupType.string': 'text',
  'backupType.number': 'tal',
  'backupType.boolean': 'sant eller falskt',
  'backupType.object': 'objekt',
  'backupType.record': 'objekt',
  'backupType.array': 'lista',
  'backupType.null': 'tomt (null)',
  'backupType.missing': 'saknas',

  // storage safety: autosave status, tabs, persistence, trash
  'saveStatus.savedAt': 'Sparat kl. {time}',
  'saveStatus.retry': 'Försök spara igen',
  'persist.label': 'Webbläsarens lagringsutrymme',
  'persist.granted':
    'Lagringen är beständig: webbläsaren raderar inte bedömningarna även om diskutrymmet blir knappt.',
  'persist.notGranted':
    'Lagringen är inte beständig: webbläsaren kan radera uppgifterna om diskutrymmet blir knappt. Ta en säkerhetskopia då och då.',
  'persist.unsupported': 'Webbläsaren berättar inte om lagringen är beständig.',
  'persist.request': 'Begär beständig lagring',
  'persist.usage': '{used} används',
  'persist.denied':
    'Webbläsaren beviljade inte beständig lagring. Därför är en säkerhetskopia viktig.',
  'trash.heading': 'Papperskorg',
  'trash.intro':
    'Raderade bedömningar sparas i papperskorgen i {days, plural, one {# dag} other {# dagar}}. Därefter raderas de permanent.',
  'trash.empty': 'Papperskorgen är tom.',
  'trash.columnDeleted': 'Raderad',
  'trash.restore': 'Återställ',
  'trash.deleteForever': 'Radera permanent',
  'trash.deletedForever': 'Bedömningen "{name}" raderades permanent.',
};
