// The Finnish strings of every view and control that loads on demand (see loadMessages in index.ts).
export const fiViews = {
  // new assessment form
  'create.heading': 'Uusi arviointi',
  'create.organisation': 'Kunnan tai hyvinvointialueen nimi',
  'create.type': 'Organisaation tyyppi',
  'create.date': 'Arvioinnin päivämäärä',
  'create.participants': 'Osallistujat',
  'create.participantsHint': 'Yksi osallistuja tai taho riviä kohden.',
  'create.checklist': 'Tarkistuslista',
  'create.submit': 'Luo arviointi',
  'create.dateRequired': 'Anna päivämäärä muodossa pp.kk.vvvv.',

  // rename / delete
  'delete.heading': 'Poistetaanko arviointi?',
  'delete.body':
    'Arviointi "{name}" ({date}) ja kaikki sen vastaukset ja toimenpiteet poistetaan tästä selaimesta pysyvästi.',
  'delete.confirm': 'Poista pysyvästi',

  // assessment view
  'assessment.tabs': 'Arvioinnin osat',
  'assessment.tabAnswer': 'Arviointi',
  'assessment.tabResults': 'Tulokset',
  'assessment.tabPlan': 'Kehittämissuunnitelma',
  'assessment.meta': '{type} · {date}',
  'assessment.participants': 'Osallistujat: {names}',
  'assessment.checklistInfo': 'Tarkistuslista: {title}, versio {version}',
  'assessment.progress': '{rated} / {total} arvioitu, {dontKnow} "en osaa sanoa"',

  // item
  'item.number': 'Kohta {n}',
  'item.rating': 'Taso',
  'item.dontKnow': 'En osaa sanoa',
  'item.dontKnowDescription': 'Tietoa ei ole riittävästi. Kohta jätetään pois keskiarvoista.',
  'item.clearRating': 'Tyhjennä valinta',
  'item.evidence': 'Mistä tunnistaa',
  'item.questions': 'Keskustelkaa',
  'item.legal': 'Lainsäädäntö',
  'item.notes': 'Muistiinpanot ja näyttö',
  'item.notesHint': 'Mitä havaittiin, mihin arvio perustuu.',
  'item.actions': 'Toimenpiteet',
  'item.addAction': 'Lisää toimenpide',
  'item.removeAction': 'Poista toimenpide {n}',
  'item.actionWhat': 'Mitä tehdään',
  'item.actionWho': 'Kuka vastaa',
  'item.actionDue': 'Mihin mennessä',
  'item.actionLegend': 'Toimenpide {n}',
  'item.draft': 'Luonnos',
  'item.unanswered': 'Ei vielä arvioitu',

  // autosave
  'save.saving': 'Tallennetaan…',
  'save.saved': 'Tallennettu',

  // results
  'results.overall': 'Kokonaistulos',
  'results.byHeading': 'Tulokset pääkohdittain',
  'results.byGap': 'Kohdat kehittämistarpeen mukaan',
  'results.byGapIntro':
    'Suurin kehittämistarve ensin. Kohdat, joita ei ole arvioitu, ovat lopussa.',
  'results.rated': '{rated} / {total} arvioitu',
  'results.columnItem': 'Kohta',
  'results.columnLevel': 'Taso',
  'results.columnScore': 'Pisteet',
  'results.columnHeading': 'Pääkohta',
  'results.scaleNote':
    'Pisteet 0–100: jokaisella asteikon tasolla on pistemäärä (asteikolla 0–4 taso × 25). Alle 25 heikko, 25–74 kehitettävää, vähintään 75 hyvä. "En osaa sanoa" ei vaikuta keskiarvoihin.',

  // plan view
  'plan.heading': 'Kehittämissuunnitelma',
  'plan.intro':
    'Kaikki sovitut toimenpiteet määräajan mukaan. Lataa suunnitelma PDF-tiedostona jaettavaksi.',
  'plan.empty': 'Toimenpiteitä ei ole vielä kirjattu. Lisää niitä arvioinnin kohtiin.',
  'plan.download': 'Lataa PDF',
  'plan.generating': 'Luodaan PDF-tiedostoa…',
  'plan.downloaded': 'PDF-tiedosto on luotu: {file}',
  'plan.failed': 'PDF-tiedoston luominen epäonnistui: {reason}',
  'plan.columnWhat': 'Mitä',
  'plan.columnWho': 'Kuka',
  'plan.columnDue': 'Mihin mennessä',
  'plan.columnItem': 'Kohta',
  'plan.noDue': 'ei sovittu',
  'plan.noOwner': 'ei nimetty',

  // report (PDF)
  'pdf.title': 'Kehittämissuunnitelma',
  'pdf.subtitle': '{organisation} · {date}',
  'pdf.assessmentOf': 'Järjestöystävällisyyden itsearviointi: {checklist} (versio {version})',
  'pdf.participants': 'Osallistujat',
  'pdf.noParticipants': 'Osallistujia ei kirjattu.',
  'pdf.scores': 'Tulokset',
  'pdf.overall': 'Kokonaistulos',
  'pdf.ratedCount': '{rated} / {total} kohtaa arvioitu, {dontKnow} "en osaa sanoa"',
  'pdf.actionsSummary': 'Toimenpiteet määräajan mukaan',
  'pdf.items': 'Kohta kohdalta',
  'pdf.level': 'Taso: {level}',
  'pdf.notes': 'Muistiinpanot',
  'pdf.actions': 'Toimenpiteet',
  'pdf.who': 'Vastuu: {who}',
  'pdf.due': 'Määräaika: {due}',
  'pdf.noActions': 'Ei toimenpiteitä.',
  'pdf.page': 'Sivu {page} / {pages}',
  'pdf.fileName': 'kehittamissuunnitelma',

  // workshop (facilitator)
  'workshop.open': 'Työpajatila',
  'workshop.openHint': 'Yksi kohta kerrallaan, pikanäppäimet ja esitysnäkymä projektorille.',
  'workshop.heading': 'Työpaja: {organisation}',
  'workshop.progress': 'Kohta {n} / {total}',
  'workshop.jumpTo': 'Siirry kohtaan',
  'workshop.previous': 'Edellinen kohta',
  'workshop.next': 'Seuraava kohta',
  'workshop.summary': 'Yhteenveto',
  'workshop.summaryIntro': 'Kaikki kohdat on käyty läpi. Esitysnäkymä näyttää nyt tulokset.',
  'workshop.backToItems': 'Takaisin kohtiin',
  'workshop.panel': 'Ajastin, äänet, muistiinpanot ja toimenpiteet',
  'workshop.timer': 'Ajastin',
  'workshop.timerStart': 'Käynnistä ajastin',
  'workshop.timerPause': 'Pysäytä ajastin',
  'workshop.timerReset': 'Nollaa ajastin',
  'workshop.openProjector': 'Avaa esitysikkuna',
  'workshop.projectorBlocked':
    'Selain esti uuden ikkunan. Salli ponnahdusikkunat tai käytä esitysnäkymää tässä ikkunassa (P).',
  'workshop.presentHere': 'Esitysnäkymä tässä ikkunassa',
  'workshop.exitPresent': 'Palaa ohjausnäkymään (Esc)',
  'workshop.help': 'Pikanäppäimet',
  'workshop.helpClose': 'Sulje',
  'workshop.private': 'Vain ohjaajalle – ei näy esitysnäkymässä.',
  'workshop.revealVotes': 'Näytä äänet esitysnäkymässä',
  'workshop.hideVotes': 'Piilota äänet esitysnäkymästä',
  'workshop.agreed': 'Sovittu taso',
  'workshop.keysNote': 'Pikanäppäimet eivät toimi tekstikentissä. Poistu kentästä Esc-näppäimellä.',
  'workshop.keyLevels': 'Valitse sovittu taso',
  'workshop.keyDontKnow': 'En osaa sanoa',
  'workshop.keyMove': 'Edellinen tai seuraava kohta (myös esityksen ohjain)',
  'workshop.keyFirstLast': 'Ensimmäinen tai viimeinen kohta',
  'workshop.keySummary': 'Yhteenveto',
  'workshop.keyTimer': 'Käynnistä tai pysäytä ajastin',
  'workshop.keyTimerReset': 'Nollaa ajastin',
  'workshop.keyVotes': 'Näytä tai piilota äänet esitysnäkymässä',
  'workshop.keyProjector': 'Esitysnäkymä tässä ikkunassa päälle tai pois',
  'workshop.keyProjectorWindow': 'Avaa esitysikkuna',
  'workshop.keyHelp': 'Näytä tämä ohje',
  'workshop.keyEscape': 'Sulje ohje tai esitysnäkymä, poistu tekstikentästä',
  'workshop.keyColumn': 'Näppäin',
  'workshop.actionColumn': 'Toiminto',
  'workshop.levelSet': 'Taso {level} valittu.',
  'workshop.moved': 'Kohta {n} / {total}: {statement}',

  // room votes
  'votes.heading': 'Äänestys (nyrkistä viiteen)',
  'votes.intro': 'Kirjaa, montako kättä nousi kullekin tasolle.',
  'votes.countFor': 'Ääniä tasolle {level}',
  'votes.total': 'Ääniä yhteensä {total}',
  'votes.median': 'Mediaani: {level}',
  'votes.spread': 'Vaihteluväli {min}–{max}, kvartiiliväli {iqr}',
  'votes.disagreement': 'Näkemykset eroavat selvästi. Keskustelkaa ennen kuin sovitte tason.',
  'votes.useMedian': 'Aseta mediaani sovituksi tasoksi',
  'votes.none': 'Ei ääniä vielä.',
  'votes.clear': 'Tyhjennä äänet',
  'votes.chart': 'Äänten jakauma',

  // perspectives
  'perspectives.heading': 'Näkökulmat',
  'perspectives.intro':
    'Arvioikaa kohdat erikseen esimerkiksi kunnan ja järjestöjen näkökulmasta. Erot näkyvät tuloksissa.',
  'perspectives.enable': 'Ota näkökulmat käyttöön',
  'perspectives.disable': 'Poista näkökulmat käytöstä',
  'perspectives.name': 'Näkökulman {n} nimi',
  'perspectives.defaultNgo': 'Järjestöt',
  'perspectives.rating': '{name}: taso',
  'perspectives.notRated': 'Ei arvioitu',
  'perspectives.compareHeading': 'Näkökulmien erot',
  'perspectives.compareIntro':
    'Vähintään kahden tason erot on korostettu: niistä kannattaa keskustella.',
  'perspectives.gap': 'Ero',
  'perspectives.gapNotable': '{gap} pistettä – keskustelkaa',
  'perspectives.gapValue': '{gap} pistettä',
  'perspectives.noGap': '–',

  // projector
  'projector.waitingTitle': 'Esitysnäkymä',
  'projector.waiting': 'Odotetaan ohjaajaa. Avaa arvioinnin työpajatila toisessa ikkunassa.',
  'projector.item': 'Kohta {n} / {total}',
  'projector.agreed': 'Sovittu taso: {level}',
  'projector.open': 'Tasoa ei ole vielä sovittu.',
  'projector.summary': 'Yhteenveto',
  'projector.overall': 'Kokonaistulos',

  // regional overview
  'region.heading': 'Alueellinen vertailu',
  'region.intro':
    'Kunkin organisaation viimeisin arviointi tarkistuslistoittain, muutos edellisestä kierroksesta ja alueen keskiarvot.',
  'region.empty': 'Vertailtavia arviointeja ei vielä ole.',
  'region.change': 'Muutos',
  'region.since': 'edellinen {date}',
  'region.noChange': 'Ei aiempaa kierrosta',
  'region.same': 'Ei muutosta',
  'region.mean': 'Keskiarvo ({count, plural, one {# organisaatio} other {# organisaatiota}})',

  // demo data
  'demo.heading': 'Esittelyaineisto',
  'demo.intro':
    'Kuvitteellisia kuntia ja hyvinvointialue kahdelta vuodelta mallin esittelyyn. Ne on merkitty esittelyaineistoksi ja voi poistaa yhdellä painalluksella koskematta omiin arviointeihin.',
  'demo.load': 'Lataa esittelyaineisto',
  'demo.remove': 'Poista esittelyaineisto',
  'demo.loaded':
    'Esittelyaineisto ladattu: {count, plural, one {# arviointi} other {# arviointia}}.',
  'demo.removed':
    'Esittelyaineisto poistettu: {count, plural, one {# arviointi} other {# arviointia}}.',

  // checklist errors (code → sentence)
  'checklist.errorAt': 'Rivi {line}, sarake {column}: {message}',
  'checklist.invalid': 'Tarkistuslistassa on virheitä, eikä sitä voi käyttää.',
  'checklistError.frontMatterMissing': 'Tiedoston pitää alkaa otsaketiedoilla rivien --- välissä.',
  'checklistError.frontMatterUnclosed': 'Otsaketiedoilta puuttuu päättävä --- -rivi.',
  'checklistError.frontMatterSyntax': 'Otsakerivin pitää olla muotoa "avain: arvo".',
  'checklistError.frontMatterDuplicateKey': 'Avain "{key}" on annettu kahdesti.',
  'checklistError.requiredKeyMissing': 'Pakollinen tieto "{key}" puuttuu otsaketiedoista.',
  'checklistError.invalidValue': 'Arvo "{value}" ei käy avaimelle "{key}". Sallitut: {allowed}.',
  'checklistError.unknownScale': 'Asteikkoa "{value}" ei tunneta. Tunnetut: {allowed}.',
  'checklistError.unknownKey': 'Avainta "{key}" ei tunneta, joten se ohitetaan.',
  'checklistError.titleMismatch':
    'Otsikko "{title}" ja #-otsikko "{heading}" eroavat. Käytetään otsaketietojen otsikkoa.',
  'checklistError.idMissing': 'Otsikolta puuttuu tunniste, esimerkiksi {#A1}.',
  'checklistError.idInvalid':
    'Tunniste "{id}" ei kelpaa: käytä kirjainta alussa ja sen jälkeen kirjaimia, numeroita, - tai _.',
  'checklistError.idDuplicate': 'Tunniste "{id}" on käytössä jo rivillä {firstLine}.',
  'checklistError.attributeInvalid':
    'Aaltosulkeissa voi olla vain tunniste (#id) ja sana draft, ei "{value}".',
  'checklistError.statementEmpty': 'Kohdan väittämä puuttuu.',
  'checklistError.headingTitleEmpty': 'Pääkohdan otsikko puuttuu.',
  'checklistError.itemOutsideHeading': 'Kohta (###) on ennen ensimmäistä pääkohtaa (##).',
  'checklistError.contentOutsideItem': 'Osio (####) ei kuulu mihinkään kohtaan (###).',
  'checklistError.headingWithoutItems': 'Pääkohdassa "{title}" ei ole yhtään kohtaa (###).',
  'checklistError.noHeadings': 'Tiedostossa ei ole yhtään pääkohtaa (##).',
  'checklistError.unknownSection': 'Osiota "{name}" ei tunneta. Tunnetut: {allowed}.',
  'checklistError.sectionNotList': 'Osion "{name}" sisällön pitää olla luettelo (- ...).',
  'checklistError.sectionDuplicate': 'Osio "{name}" on tässä kohdassa jo kerran.',
  'checklistError.unexpectedHeadingLevel':
    'Otsikkotasoa {depth} ei käytetä. Käytä ## pääkohdille, ### kohdille ja #### osioille.',
  'checklistError.explanationMissing': 'Kohdalta puuttuu selitysteksti.',
  'checklistError.modelInvalid': 'Tarkistuslistan rakenne ei kelpaa (kohta "{path}").',

  // checklist format: scales and built-in choice
  'checklistError.scaleLevelsTooFew':
    'Omalla asteikolla pitää olla vähintään kaksi level:-riviä, nyt niitä on {count}.',
  'checklistError.scaleLevelSyntax':
    'Tasorivin pitää olla muotoa "level: arvo | pisteet | nimi | kuvaus".',
  'checklistError.scaleLevelValueInvalid': 'Tason arvon pitää olla kokonaisluku, ei "{value}".',
  'checklistError.scaleLevelValueDuplicate':
    'Tason arvo {value} on käytössä jo rivillä {firstLine}.',
  'checklistError.scaleLevelScoreInvalid': 'Tason pisteiden pitää olla luku 0–100, ei "{value}".',
  'checklistError.scaleLevelLabelEmpty': 'Tasolta puuttuu nimi.',
  'checklistError.scaleLevelWithoutCustom':
    'level:-rivejä käytetään vain, kun otsaketiedoissa on "scale: custom" (nyt "{scale}").',
  'checklistError.scaleLevelDescriptionMissing': 'Tasolta puuttuu kuvaus.',
  'checklistError.scaleScoreOrder':
    'Tason pisteiden ({score}) pitäisi olla suuremmat kuin edellisen tason ({previous}).',
  'create.checklistLanguage.fi': 'suomeksi',
  'create.checklistLanguage.sv': 'ruotsiksi',
  'create.checklistLanguage.en': 'englanniksi',

  // checklist editor and versions
  'checklists.heading': 'Tarkistuslistat',
  'checklists.intro':
    'Muokkaa tarkistuslistaa alueesi tarpeisiin: aloita valmiista listasta tai tyhjästä pohjasta tai tuo Markdown-tiedosto. Listat tallentuvat tähän selaimeen.',
  'checklists.own': 'Omat tarkistuslistat',
  'checklists.empty': 'Omia tarkistuslistoja ei vielä ole.',
  'checklists.columnTitle': 'Tarkistuslista',
  'checklists.columnVersion': 'Versio',
  'checklists.columnState': 'Tila',
  'checklists.columnUpdated': 'Muokattu',
  'checklists.columnActions': 'Toiminnot',
  'checklists.untitled': 'Nimetön tarkistuslista',
  'checklists.stateReady': 'Valmis',
  'checklists.stateDraft': 'Luonnos – sisältää virheitä',
  'checklists.edit': 'Muokkaa',
  'checklists.download': 'Lataa .md',
  'checklists.delete': 'Poista',
  'checklists.newHeading': 'Uusi tarkistuslista',
  'checklists.newFrom': 'Uusi pohjana:',
  'checklists.newBlank': 'Uusi tyhjä tarkistuslista',
  'checklists.deleteHeading': 'Poistetaanko tarkistuslista?',
  'checklists.deleteBody':
    'Tarkistuslista "{title}" poistetaan tästä selaimesta. Sillä tehdyt arvioinnit säilyvät ennallaan, sillä niissä on oma kopio listasta.',
  'checklists.deleteConfirm': 'Poista tarkistuslista',
  'checklists.deleted': 'Tarkistuslista "{title}" poistettiin.',
  'checklists.downloaded': 'Tiedosto {file} on ladattu.',
  'import.heading': 'Tuo tiedosto',
  'import.intro':
    'Valitse tarkistuslistan Markdown-tiedosto (.md) tai pudota se alla olevaan alueeseen.',
  'import.choose': 'Valitse tuotava tiedosto',
  'import.drop': 'Pudota .md-tiedosto tähän',
  'import.done': 'Tiedosto {file} tuotiin: {title}.',
  'import.doneDraft':
    'Tiedosto {file} tuotiin luonnoksena, koska siinä on virheitä ({count}). Ensimmäinen: {first}',
  'import.notMarkdown':
    'Tiedostoa {file} ei tuotu: se ei ole Markdown-tiedosto. Valitse .md-päätteinen tiedosto.',
  'import.notText':
    'Tiedostoa {file} ei tuotu: se ei ole tekstitiedosto (ehkä kuva, PDF tai Word-tiedosto). Tallenna tarkistuslista Markdown-tekstinä (.md).',
  'import.tooLarge': 'Tiedostoa {file} ei tuotu: se on liian suuri tarkistuslistaksi (yli 1 Mt).',
  'import.empty': 'Tiedostoa {file} ei tuotu: se on tyhjä.',
  'import.unreadable': 'Tiedostoa {file} ei voitu lukea.',
  'editor.heading': 'Muokkaa tarkistuslistaa',
  'editor.back': 'Takaisin tarkistuslistoihin',
  'editor.notFound': 'Tarkistuslistaa ei löytynyt. Se on ehkä poistettu.',
  'editor.source': 'Tarkistuslistan Markdown',
  'editor.sourceHint':
    'Rivinumerot näkyvät vasemmalla. Muutokset tallentuvat automaattisesti. Virheluettelon painike vie kohdistimen virheen kohtaan.',
  'editor.about': '{title} · tunniste {id} · versio {version}',
  'editor.draftNotice':
    'Luonnos: tarkistuslistassa on virheitä, joten sillä ei voi aloittaa arviointia ennen kuin ne on korjattu. Muutokset tallentuvat silti.',
  'editor.readyNotice': 'Valmis: tällä tarkistuslistalla voi aloittaa uuden arvioinnin.',
  'editor.versionHint':
    'Kun muutat sisältöä, nosta versiota (version). Aiemmat arvioinnit säilyvät ennallaan ja näyttävät, että uusi versio on saatavilla.',
  'editor.versionInUse':
    'Versio {version} on jo käytössä arvioinneissa ({count}), ja sisältö on nyt toinen. Nosta versiota, niin ne näyttävät, että uusi versio on saatavilla.',
  'editor.download': 'Lataa .md-tiedostona',
  'editor.problems': 'Virheet ja varoitukset',
  'editor.counts': 'Virheitä {errors}, varoituksia {warnings}.',
  'editor.errors': 'Virheet',
  'editor.warnings': 'Varoitukset',
  'editor.preview': 'Esikatselu',
  'editor.previewStale':
    'Tiedostossa on virheitä. Esikatselu näyttää viimeisimmän virheettömän version.',
  'editor.previewNone': 'Esikatselu näkyy, kun virheet on korjattu.',
  'editor.scale': 'Asteikko',
  'editor.levelLine': '{value} – {label} ({score} p.)',
  'template.id': 'oma-lista',
  'template.title': 'Oma tarkistuslista',
  'template.heading': 'Ensimmäinen pääkohta',
  'template.statement': 'Kirjoita tähän kohdan väittämä yhtenä lauseena.',
  'template.explanation': 'Kerro tässä, mitä kohta tarkoittaa ja mihin arvio perustuu.',
  'template.evidence': 'mistä asian tunnistaa',
  'template.question': 'Mistä kannattaa keskustella?',
  'create.checklistOption': '{title}, versio {version}',
  'create.customBadge': 'Oma',
  'create.draftReason': 'Luonnos: korjaa virheet tarkistuslistan muokkauksessa ennen käyttöä.',
  'versions.notice':
    'Tarkistuslistasta on uudempi versio: {title}, versio {version}. Tämä arviointi säilyy versiolla {current}.',
  'versions.start': 'Aloita seuraava arviointi uudella versiolla',
  'versions.startHint':
    'Uusi arviointi tehdään tälle päivälle samalle organisaatiolle ja samoilla osallistujilla. Vastaukset siirtyvät niihin kohtiin, jotka ovat myös uudessa versiossa.',
  'versions.failed': 'Uuden arvioinnin luominen epäonnistui: {reason}',

  // files: export, import and backups
  'backup.heading': 'Varmuuskopiot ja tiedostot',
  'backup.intro':
    'Viekää arvioinnit tiedostoon talteen tai toiselle koneelle, ja tuokaa ne takaisin. Tiedosto jää teille; mitään ei lähetetä.',
  'backup.exportAll': 'Vie varmuuskopio',
  'backup.exportSelected': 'Vie valitut…',
  'backup.import': 'Tuo tiedosto',
  'backup.fileInput': 'Tuotava tiedosto',
  'backup.dropZone': 'Tai pudota tiedosto tähän.',
  'backup.dropActive': 'Pudota tiedosto tuodaksesi sen.',
  'backup.oneFile': 'Tuo yksi tiedosto kerrallaan.',
  'backup.exported':
    'Tiedosto {file} on luotu: {count, plural, one {# arviointi} other {# arviointia}}.',
  'backup.exportFailed': 'Vienti epäonnistui: {reason}',
  'backup.nothingToExport': 'Vietäviä arviointeja ei ole.',
  'backup.selectHeading': 'Vie valitut arvioinnit',
  'backup.selectLegend': 'Vietävät arvioinnit',
  'backup.selectAll': 'Valitse kaikki',
  'backup.selectNone': 'Poista valinnat',
  'backup.selectSubmit': 'Vie tiedostoon',
  'backup.selectEmpty': 'Valitse vähintään yksi arviointi.',
  'backup.cancel': 'Peruuta',
  'backup.reading': 'Luetaan tiedostoa {file}…',
  'backup.readFailed': 'Tiedoston {file} lukeminen epäonnistui: {reason}',
  'backup.invalid':
    'Tiedostoa {file} ei voi tuoda, koska siinä on virheitä ({count}). Mitään ei tallennettu.',
  'backup.problemAt': 'Kohta {path}: {message}',
  'backup.moreProblems': '…ja {count, plural, one {# muu virhe} other {# muuta virhettä}}.',
  'backup.reviewHeading': 'Tuodaanko tiedosto?',
  'backup.reviewSummary':
    'Tiedostossa {file} on {fresh} uutta, {same} jo tallennettuna samanlaisena ja {conflicts} ristiriidassa tallennetun kanssa.',
  'backup.conflictsIntro':
    'Nämä löytyvät tästä selaimesta eri sisällöllä. Valitse kullekin, mikä säilyy.',
  'backup.columnName': 'Nimi',
  'backup.columnMine': 'Tässä selaimessa',
  'backup.columnTheirs': 'Tiedostossa',
  'backup.columnChoice': 'Mikä säilyy',
  'backup.versionAssessment': 'Arviointi {date}, muutettu {updated}, {revision} tallennusta',
  'backup.versionChecklist': 'Tarkistuslista, muutettu {updated}',
  'backup.choiceMine': 'Säilytä omani',
  'backup.choiceTheirs': 'Ota tiedoston versio',
  'backup.choiceBoth': 'Säilytä molemmat',
  'backup.confirm': 'Tuo',
  'backup.copySuffix': '(tuotu)',
  'backup.imported': '{count, plural, one {# arviointi tuotu} other {# arviointia tuotu}}.',
  'backup.importedDetails':
    'Uusia {added}, korvattu {replaced}, kopioina {copied}, omat säilytetty {kept}, ennallaan {unchanged}, tarkistuslistoja {checklists}.',
  'backup.importFailed': 'Tuonti epäonnistui, eikä mitään tallennettu: {reason}',
  'backup.importCancelled': 'Tuonti peruttiin. Mitään ei tallennettu.',
  'backup.exportThis': 'Vie tämä arviointi',
  'backup.rescue': 'Lataa varmuuskopio',
  'backup.rescueHint':
    'Tallentamattomat muutokset ovat vielä tallessa tässä ikkunassa. Lataa ne tiedostoksi, ettei mitään katoa.',
  'backup.fileFull': 'jarjestoystavallisyys-varmuuskopio',
  'backup.fileAssessment': 'jarjestoystavallisyys {organisation}',
  'backup.fileSelected': 'jarjestoystavallisyys-arvioinnit',
  'backup.chooseEach': 'Valitse jokaiselle ristiriidalle, mikä säilyy.',
  'backupProblem.tooLarge': 'Tiedosto on liian suuri (enintään {limit} Mt).',
  'backupProblem.notJson':
    'Tiedosto ei ole JSON-muotoinen: virhe rivillä {line}, sarakkeessa {column}.',
  'backupProblem.truncated':
    'Tiedosto loppuu kesken; se on ehkä katkennut latauksessa tai kopioinnissa.',
  'backupProblem.notObject': 'Tiedosto ei ole tämän sovelluksen vientitiedosto.',
  'backupProblem.wrongFormat':
    'Tiedosto ei ole tämän sovelluksen vientitiedosto (kentän format pitää olla "{expected}").',
  'backupProblem.unsupportedVersion': 'Tiedostomuodon versiota {found} ei tunneta.',
  'backupProblem.futureVersion':
    'Tiedosto on tehty sovelluksen uudemmalla versiolla (muoto {found}; tämä versio lukee muotoon {supported} asti). Päivitä sovellus ja yritä uudelleen.',
  'backupProblem.migrationFailed':
    'Tiedoston muuntaminen muodosta {version} epäonnistui: {message}',
  'backupProblem.forbiddenKey':
    'Avain "{key}" ei ole sallittu, koska sillä voisi muuttaa sovelluksen toimintaa.',
  'backupProblem.tooDeep': 'Tiedoston rakenne on liian syvä (enintään {limit} sisäkkäistä tasoa).',
  'backupProblem.stringTooLong': 'Teksti on liian pitkä: {length} merkkiä, enintään {limit}.',
  'backupProblem.keyTooLong': 'Avain on liian pitkä: {length} merkkiä, enintään {limit}.',
  'backupProblem.invalidType': 'Pitäisi olla {expected}, mutta on {found}.',
  'backupProblem.invalidValue': 'Arvo ei kelpaa. Sallitut arvot: {allowed}.',
  'backupProblem.tooSmall': 'Arvo on liian pieni tai lyhyt (vähintään {minimum}).',
  'backupProblem.tooBig': 'Arvo on liian suuri tai pitkä (enintään {maximum}).',
  'backupProblem.invalidFormat': 'Arvo ei ole oikeassa muodossa.',
  'backupProblem.unknownKey': 'Tuntematon kenttä: {keys}.',
  'backupProblem.invalid': 'Arvo ei kelpaa.',
  'backupProblem.duplicateId': 'Tunniste "{id}" on tiedostossa useammin kuin kerran.',
  'backupProblem.snapshotMismatch':
    'Tarkistuslistan tiiviste ei vastaa sen tekstiä: tiedostoa on muutettu tai se on vioittunut.',
  'backupProblem.snapshotMissing': 'Tarkistuslista, jolla arviointi on tehty, puuttuu tiedostosta.',
  'backupType.string': 'teksti',
  'backupType.number': 'luku',
  'backupType.boolean': 'tosi tai epätosi',
  'backupType.object': 'tietue',
  'backupType.record': 'tietue',
  'backupType.array': 'luettelo',
  'backupType.null': 'tyhjä (null)',
  'backupType.missing': 'puuttuu',

  // storage safety: autosave status, tabs, persistence, trash
  'saveStatus.savedAt': 'Tallennettu klo {time}',
  'saveStatus.retry': 'Yritä tallentaa uudelleen',
  'persist.label': 'Selaimen tallennustila',
  'persist.granted': 'Tallennus on pysyvä: selain ei poista arviointeja, vaikka levytila vähenisi.',
  'persist.notGranted':
    'Tallennus ei ole pysyvä: selain voi poistaa tiedot, jos levytila käy vähiin. Ota välillä varmuuskopio.',
  'persist.unsupported': 'Selain ei kerro, onko tallennus pysyvä.',
  'persist.request': 'Pyydä pysyvää tallennusta',
  'persist.usage': '{used} käytössä',
  'persist.denied': 'Selain ei myöntänyt pysyvää tallennusta. Varmuuskopio on siksi tärkeä.',
  'trash.heading': 'Roskakori',
  'trash.intro':
    'Poistetut arvioinnit säilyvät roskakorissa {days, plural, one {# päivän} other {# päivää}}. Sen jälkeen ne poistetaan pysyvästi.',
  'trash.empty': 'Roskakori on tyhjä.',
  'trash.columnDeleted': 'Poistettu',
  'trash.restore': 'Palauta',
  'trash.deleteForever': 'Poista pysyvästi',
  'trash.deletedForever': 'Arviointi "{name}" poistettiin pysyvästi.',
} as const;

/** The views part's keys, each with its text: the shape of every language's views part. */
export type ViewsMessages = Record<keyof typeof fiViews, string>;
