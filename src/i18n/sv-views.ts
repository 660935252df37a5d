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
  'workshop.incomplete':
    'Listan är ofärdig: en del punkter är ännu utkast som inte har bekräftats.',
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
    'Poäng 0–100: varje nivå på skalan har ett poängtal (på den här listans skala: {levels}). Under 25 svag, 25–74 behöver utvecklas, minst 75 bra. "Vet ej" påverkar inte medelvärdena.',

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
  'workshop.keysNote':
    'Kortkommandon med ett tecken (siffror och bokstäver) fungerar bara när fokus inte är på en knapp, en länk, en meny eller ett fält. Esc flyttar fokus bort och ger tillbaka kortkommandona. PageDown och PageUp fungerar alltid, utom i textfält.',
  'workshop.keyLevels': 'Välj överenskommen nivå',
  'workshop.keyDontKnow': 'Vet ej',
  'workshop.keyMove': 'Föregående eller nästa punkt (även med presentationsfjärrkontroll)',
  'workshop.keyFirstLast': 'Första eller sista punkten',
  'workshop.keySummary': 'Sammanfattning',
  'workshop.keyTimer': 'Starta eller stoppa tidtagaren',
  'workshop.keyTimerReset': 'Nollställ tidtagaren',
  'workshop.keyVotes': 'Visa eller dölj rösterna i projektorvyn',
  'workshop.keyCount': 'Gå till rösträkningen',
  'workshop.keyProjector': 'Projektorvy i det här fönstret på eller av',
  'workshop.keyProjectorWindow': 'Öppna projektorfönster',
  'workshop.keyHelp': 'Visa den här hjälpen',
  'workshop.keyEscape': 'Stäng hjälpen eller projektorvyn, lämna ett fält eller en knapp',
  'workshop.singleKeys': 'Kortkommandon med en tangent är på',
  'workshop.singleKeysHint':
    'Avstängda gör siffror och bokstäver ingenting. Pilarna, PageDown, PageUp, Home, End och Esc fungerar fortfarande, liksom alla knappar. Valet sparas i den här webbläsaren.',
  'workshop.keyColumn': 'Tangent',
  'workshop.actionColumn': 'Funktion',
  'workshop.levelSet': 'Nivå {level} vald.',
  'workshop.moved': 'Punkt {n} / {total}: {statement}',

  // room votes
  'votes.heading': 'Omröstning (knytnäve till fem)',
  'votes.intro':
    'Anteckna hur många händer som räcktes upp för varje nivå. I fältet lägger + och − till eller tar bort en röst, pilarna upp och ner byter nivå. Medianen är ett förslag: den överenskomna nivån väljs separat.',
  'votes.announce': '{level}: {count}. Röster sammanlagt {total}.',
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
  'region.empty': 'Det finns inga bedömningar att jämföra ännu.',
  'region.change': 'Förändring',
  'region.noChange': 'Ingen tidigare omgång',
  'region.same': 'Ingen förändring',
  'region.mean': 'Medelvärde ({count, plural, one {# organisation} other {# organisationer}})',

  'region.intro':
    'Varje organisations bedömning punkt för punkt, förändringen sedan föregående omgång och regionen som helhet. Olika versioner och språkversioner av samma checklista jämförs enligt punkternas id.',
  'region.filters': 'Urval och visning',
  'region.filterType': 'Organisationstyp',
  'region.typeAll': 'Alla',
  'region.filterRound': 'Omgång',
  'region.roundLatest': 'Senaste',
  'region.roundYear': 'År {year}',
  'region.filterChecklist': 'Checklista',
  'region.show': 'Kolumner',
  'region.showItems': 'Punkter',
  'region.showHeadings': 'Endast huvudpunkter',
  'region.projector': 'Presentationsläge',
  'region.projectorExit': 'Stäng presentationsläget (Esc)',
  'region.print': 'Skriv ut',
  'region.exportCsv': 'Ladda ner CSV',
  'region.csvDone': 'Filen {file} har skapats.',
  'region.csvFile': 'regional-jamforelse',
  'region.gridCaption':
    '{title}: organisationer och punkter ({count, plural, one {# organisation} other {# organisationer}})',
  'region.gridHelp':
    'Piltangenterna flyttar mellan cellerna, Home och End till radens början och slut. Knappen i kolumnrubriken sorterar raderna.',
  'region.cellName': '{organisation}, {column}:',
  'region.cellDontKnow': 'Vet ej',
  'region.cellUnanswered': 'Obesvarad',
  'region.cellNotAsked': 'Inte frågad',
  'region.columnChange': '{column}, förändring',
  'region.whole': 'Regionen som helhet',
  'region.wholeIntro':
    'Medelvärde, median och hur många organisationer som står på varje nivå, {count, plural, one {# organisation} other {# organisationer}}. Stapeln visar samma fördelning som bild.',
  'region.wholeCaption': 'Regionen som helhet: {title}',
  'region.median': 'Median',
  'region.meanShort': 'Medelvärde',
  'region.meanChange': 'Förändring i medeltal',
  'region.distribution': 'Fördelning',
  'region.level': 'Nivå {value}: {label}',
  'region.atLevel': '{count} / {total} på nivå {value}',
  'region.noRows': 'Inga organisationer motsvarar urvalet.',
  'region.rounds': 'Organisationens omgångar',
  'region.roundsIntro': 'Samma organisations alla bedömningar med den här checklistan.',
  'region.version': 'Version',
  'csv.organisationType': 'Organisationstyp',
  'csv.itemId': 'Punktens id',
  'csv.statement': 'Påstående',
  'csv.level': 'Nivå',
  'csv.label': 'Nivåns namn',
  'csv.score': 'Poäng',
  'csv.notes': 'Anteckningar',
  'csv.download': 'Ladda ner CSV',
  'csv.assessmentFile': 'utvardering',
  'csv.planFile': 'utvecklingsplan',

  // demo data
  'demo.heading': 'Demomaterial',
  'demo.intro':
    'Fiktiva kommuner och ett välfärdsområde under två år för att presentera modellen. De är märkta som demomaterial och kan tas bort med ett klick utan att era egna bedömningar påverkas.',
  'demo.load': 'Ladda demomaterial',
  'demo.remove': 'Ta bort demomaterial',
  'demo.loaded': 'Demomaterial laddat: {count, plural, one {# bedömning} other {# bedömningar}}.',
  'demo.loadedKept':
    'Demomaterial tillagt: {count, plural, one {# bedömning} other {# bedömningar}}. {kept} som redan fanns lämnades orörda, även de redigerade.',
  'demo.none': 'Inget demomaterial är sparat.',
  'demo.confirmHeading': 'Ta bort demomaterialet?',
  'demo.confirmBody':
    '{count, plural, one {# demobedömning} other {# demobedömningar}} flyttas till papperskorgen. De kan återställas därifrån.',
  'demo.confirmBodyEdited':
    '{count, plural, one {# demobedömning} other {# demobedömningar}} flyttas till papperskorgen, också {edited} som har redigerats. De kan återställas därifrån.',
  'demo.confirmRemove': 'Flytta till papperskorgen',
  'demo.trashed':
    'Demomaterialet flyttades till papperskorgen: {count, plural, one {# bedömning} other {# bedömningar}}.',
  'demo.undoLabel': 'Ångra borttagningen av demomaterialet',
  'demo.restored':
    'Demomaterialet återställdes: {count, plural, one {# bedömning} other {# bedömningar}}.',
  'conflict.heading': 'Anteckningarna för punkt {number} ändrades samtidigt i en annan flik',
  'conflict.body':
    'Fältet har kvar texten från den här fliken. Texten från den andra fliken finns här, så att ingen av dem försvinner:',
  'conflict.empty': '(tom)',
  'conflict.take': 'Använd texten från den andra fliken (punkt {number})',
  'conflict.keep': 'Behåll texten från den här fliken (punkt {number})',

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
  'checklistError.checklistTooLarge':
    'Filen är för stor för en checklista: {size} tecken, högst {limit}.',
  'checklistError.tooManyItems':
    'Checklistan har {count} punkter; högst {limit} punkter är möjliga.',
  'checklistError.nestingTooDeep':
    'För många nivåer av citat, listor eller indrag i varandra (högst {limit} nivåer).',

  // checklist format: scales and built-in choice
  'checklistError.idReserved':
    'Id:t "{id}" kan inte användas eftersom det är ett reserverat namn i programspråket. Välj ett annat.',
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
  'import.utf16NoBom':
    'Filen {file} importerades inte: den är sparad i UTF-16 utan byteordningsmärke. Spara den som UTF-8 (eller UTF-16 med byteordningsmärke).',
  'import.latin1':
    'Filen {file} importerades inte: den är sparad med en gammal teckenkodning (Latin-1 eller Windows-1252), där å, ä och ö inte bevaras. Spara den som UTF-8.',
  'import.duplicate':
    'Filen {file} importerades inte igen: samma checklista finns redan som "{title}".',
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
  'backupProblem.notJson':
    'Filen är inte giltig JSON: den är skadad eller kommer från ett annat program.',
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
  'backupProblem.textMalformed':
    'Texten har ett trasigt tecken (en ensam UTF-16-halva) som inte kan sparas eller visas.',
  'backupProblem.snapshotInvalid':
    'Checklistans Markdown godtas inte av appen, så bedömningen kan inte visas.',
  'backupProblem.checklistRefMismatch':
    'Bedömningen anger en annan checklista än filens checklista ({id}, version {version}).',
  'backupProblem.unknownItem': 'Checklistan har ingen punkt "{id}".',
  'backupProblem.levelNotOnScale':
    'Nivån {level} finns inte på checklistans skala (tillåtna: {allowed}).',
  'backupProblem.unknownPerspective': 'Bedömningen har inget perspektiv "{id}".',
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
  'survey.heading': 'Enkät före workshoppen',
  'survey.intro':
    'Be kommunens folk och organisationerna att bedöma punkterna i förväg, var och en i sin egen webbläsare. Länken innehåller checklistan och enkätens id, inga personuppgifter. De svarande skickar dig en liten svarsfil som du hämtar in här; svaren visas i workshoppen bredvid rösterna.',
  'survey.create': 'Gör en enkät av bedömningen',
  'survey.link': 'Enkätens länk',
  'survey.copy': 'Kopiera länken',
  'survey.copied': 'Länken kopierades.',
  'survey.mailLabel': 'Text för e-post',
  'survey.mail':
    'Hej,\n\nvi vill gärna höra hur organisationsvänlig du anser att {organisation} är. Öppna länken nedan, välj din grupp och bedöm punkterna; kommentarer är frivilliga. Ladda till sist ner svarsfilen och skicka den som bilaga i ett svar på det här meddelandet. Dina svar stannar i din egen webbläsare tills du skickar filen, och ditt namn sparas inte i den.\n\n{link}\n',
  'survey.import': 'Hämta in svarsfiler',
  'survey.dropHint': 'Du kan välja många filer på en gång eller släppa dem här.',
  'survey.respondents': 'Svar {total}: {groups}',
  'survey.noRespondents': 'Inga svar ännu.',
  'survey.imported':
    '{added} nya svar och {replaced} uppdaterade hämtades in; {repeated} fanns redan och räknades bara en gång.',
  'survey.refused': 'Ingenting hämtades in. Ta bort eller rätta de här filerna och försök igen:',
  'survey.problem.tooMany': 'för många filer på en gång ({detail}).',
  'survey.problem.tooLarge': 'för stor för att vara en svarsfil.',
  'survey.problem.notJson': 'är inte en JSON-fil.',
  'survey.problem.forbiddenKey': 'innehåller en otillåten nyckel ({detail}).',
  'survey.problem.notResponse': 'är inte ett enkätsvar från den här appen ({detail}).',
  'survey.problem.newerVersion': 'är gjord med en nyare version av appen (format {detail}).',
  'survey.problem.otherSurvey': 'är ett svar på en annan enkät.',
  'survey.problem.otherChecklist': 'besvarades med en annan checklista eller version.',
  'survey.problem.unknownGroup': 'gruppen finns inte i den här enkäten.',
  'survey.problem.unknownItem': 'punkten {detail} finns inte i checklistan.',
  'survey.problem.unknownLevel': 'nivån finns inte på skalan ({detail}).',
  'survey.itemHeading': 'Enkätsvar ({total})',
  'survey.comments': 'Kommentarer',
  'survey.level': 'Nivå',
  'survey.room': 'Rummet',
  'survey.all': 'Enkät',
  'projector.survey': 'Enkätsvar ({total})',
  'respond.title': 'Enkät',
  'respond.heading': 'Enkät: {organisation}',
  'respond.intro':
    'Bedöm hur väl punkterna enligt dig förverkligas. Dina svar sparas bara i den här webbläsaren tills du laddar ner svarsfilen och skickar den till den som gjort enkäten. Du ser inte andras svar och de ser inte dina; ditt namn frågas inte.',
  'respond.group': 'Jag svarar för gruppen',
  'respond.rating': 'Din bedömning av punkt {n}',
  'respond.comment': 'Kommentar (frivillig)',
  'respond.progress': '{rated} / {total} punkter bedömda.',
  'respond.download': 'Ladda ner svarsfilen',
  'respond.share': 'Dela svarsfilen',
  'respond.done':
    'Svarsfilen {file} har laddats ner. Skicka den till den som gjort enkäten som bilaga i e-post.',
  'respond.shared': 'Svarsfilen delades.',
  'respond.chooseGroup': 'Välj först vilken grupp du svarar för.',
  'respond.invalid':
    'Enkätens länk är skadad eller ofullständig. Be den som gjort enkäten om länken på nytt.',
  'results.survey': '{total} svarade på enkäten: {groups}.',
  'pdf.survey': 'Enkät före workshoppen',
};
