import type { Messages } from './fi';

export const sv: Messages = {
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
  'create.heading': 'Ny utvärdering',
  'create.organisation': 'Kommunens eller välfärdsområdets namn',
  'create.type': 'Typ av organisation',
  'create.date': 'Utvärderingens datum',
  'create.participants': 'Deltagare',
  'create.participantsHint': 'En deltagare eller organisation per rad.',
  'create.checklist': 'Checklista',
  'create.submit': 'Skapa utvärdering',
  'create.cancel': 'Avbryt',
  'create.organisationRequired': 'Skriv kommunens eller välfärdsområdets namn.',
  'create.dateRequired': 'Ange ett fullständigt datum (dag, månad och år).',

  // rename / delete
  'rename.heading': 'Byt namn på utvärderingen',
  'rename.label': 'Nytt namn',
  'rename.submit': 'Spara namnet',
  'delete.heading': 'Radera utvärderingen?',
  'delete.body':
    'Utvärderingen "{name}" ({date}) och alla dess svar och åtgärder raderas permanent från den här webbläsaren.',
  'delete.confirm': 'Radera permanent',
  'delete.done': 'Utvärderingen "{name}" raderades.',

  // assessment view
  'assessment.tabs': 'Utvärderingens delar',
  'assessment.tabAnswer': 'Utvärdering',
  'assessment.tabResults': 'Resultat',
  'assessment.tabPlan': 'Utvecklingsplan',
  'assessment.notFound': 'Utvärderingen hittades inte. Den kan ha raderats.',
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
  'save.failed': 'Det gick inte att spara: {reason}',
  'save.quota': 'Webbläsarens lagringsutrymme är fullt.',
  'save.unknown': 'okänt fel',

  // results
  'results.overall': 'Helhetsresultat',
  'results.byHeading': 'Resultat per huvudpunkt',
  'results.byGap': 'Punkterna enligt utvecklingsbehov',
  'results.byGapIntro':
    'Största utvecklingsbehovet först. Punkter som inte har bedömts kommer sist.',
  'results.scoreOf': '{score} / 100',
  'results.rated': '{rated} / {total} bedömda',
  'results.columnItem': 'Punkt',
  'results.columnLevel': 'Nivå',
  'results.columnScore': 'Poäng',
  'results.columnHeading': 'Huvudpunkt',
  'results.scaleNote':
    'Poäng 0–100 (nivå × 25). Under 25 svag, 25–74 behöver utvecklas, minst 75 bra. "Vet ej" påverkar inte medelvärdena.',

  // bands
  'band.poor': 'Svag',
  'band.improve': 'Behöver utvecklas',
  'band.good': 'Bra',
  'band.none': 'Inte bedömd',

  // plan view
  'plan.heading': 'Utvecklingsplan',
  'plan.intro':
    'Alla överenskomna åtgärder enligt tidsfrist. Ladda ner planen som PDF-fil för att dela den.',
  'plan.empty': 'Inga åtgärder har antecknats ännu. Lägg till dem under utvärderingens punkter.',
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
  'pdf.assessmentOf': 'Självvärdering av föreningsvänlighet: {checklist} (version {version})',
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
  'projector.waiting': 'Väntar på ledaren. Öppna utvärderingens workshopläge i ett annat fönster.',
  'projector.item': 'Punkt {n} / {total}',
  'projector.agreed': 'Överenskommen nivå: {level}',
  'projector.open': 'Nivån är inte överenskommen ännu.',
  'projector.summary': 'Sammanfattning',
  'projector.overall': 'Helhetsresultat',

  // regional overview
  'region.link': 'Regional jämförelse',
  'region.heading': 'Regional jämförelse',
  'region.intro':
    'Varje organisations senaste utvärdering per checklista, förändringen sedan föregående omgång och regionens medelvärden.',
  'region.empty': 'Det finns inga utvärderingar att jämföra ännu.',
  'region.change': 'Förändring',
  'region.since': 'föregående {date}',
  'region.noChange': 'Ingen tidigare omgång',
  'region.same': 'Ingen förändring',
  'region.mean': 'Medelvärde ({count} organisationer)',

  // demo data
  'demo.heading': 'Demomaterial',
  'demo.intro':
    'Fiktiva kommuner och ett välfärdsområde under två år för att presentera modellen. De är märkta som demomaterial och kan tas bort med ett klick utan att era egna utvärderingar påverkas.',
  'demo.load': 'Ladda demomaterial',
  'demo.remove': 'Ta bort demomaterial',
  'demo.loaded': 'Demomaterial laddat: {count} utvärderingar.',
  'demo.removed': 'Demomaterial borttaget: {count} utvärderingar.',
  'demo.badge': 'Demo',

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

  // storage safety: autosave status, tabs, persistence, trash
  'saveStatus.savedAt': 'Sparat kl. {time}',
  'saveStatus.retry': 'Försök spara igen',
  'storage.outdated': 'Appen uppdaterades i en annan flik — ladda om sidan.',
  'storage.reload': 'Ladda om sidan',
  'storage.blocked':
    'Appen väntar på att dess äldre version stängs i andra flikar. Stäng de andra flikarna där appen är öppen.',
  'storage.stale': 'en annan flik sparade samtidigt och ändringarna kunde inte sammanföras',
  'persist.label': 'Webbläsarens lagringsutrymme',
  'persist.granted':
    'Lagringen är beständig: webbläsaren raderar inte utvärderingarna även om diskutrymmet blir knappt.',
  'persist.notGranted':
    'Lagringen är inte beständig: webbläsaren kan radera uppgifterna om diskutrymmet blir knappt. Ta en säkerhetskopia då och då.',
  'persist.unsupported': 'Webbläsaren berättar inte om lagringen är beständig.',
  'persist.request': 'Begär beständig lagring',
  'persist.usage': '{used} används',
  'persist.denied':
    'Webbläsaren beviljade inte beständig lagring. Därför är en säkerhetskopia viktig.',
  'trash.undo': 'Ångra',
  'trash.undoLabel': 'Ångra raderingen av utvärderingen "{name}"',
  'trash.dismiss': 'Stäng meddelandet',
  'trash.restored': 'Utvärderingen "{name}" återställdes.',
  'trash.link': 'Papperskorg',
  'trash.linkCount': 'Papperskorg ({count})',
  'trash.heading': 'Papperskorg',
  'trash.intro':
    'Raderade utvärderingar sparas i papperskorgen i {days} dagar. Därefter raderas de permanent.',
  'trash.empty': 'Papperskorgen är tom.',
  'trash.columnDeleted': 'Raderad',
  'trash.restore': 'Återställ',
  'trash.deleteForever': 'Radera permanent',
  'trash.deletedForever': 'Utvärderingen "{name}" raderades permanent.',
};
