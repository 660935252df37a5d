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
  'create.dateRequired': 'Anna koko päivämäärä (päivä, kuukausi ja vuosi).',

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
  'workshop.incomplete':
    'Luettelo kesken: osa kohdista on vielä luonnoksia, joita ei ole vahvistettu.',
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
    'Pisteet 0–100: jokaisella asteikon tasolla on pistemäärä (tämän listan asteikolla: {levels}). Alle 25 heikko, 25–74 kehitettävää, vähintään 75 hyvä. "En osaa sanoa" ei vaikuta keskiarvoihin.',

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
  'workshop.keysNote':
    'Yhden merkin pikanäppäimet (numerot ja kirjaimet) toimivat vain, kun kohdistus ei ole painikkeessa, linkissä, valikossa tai kentässä. Esc siirtää kohdistuksen pois ja palauttaa pikanäppäimet. PageDown ja PageUp toimivat aina, paitsi tekstikentissä.',
  'workshop.keyLevels': 'Valitse sovittu taso',
  'workshop.keyDontKnow': 'En osaa sanoa',
  'workshop.keyMove': 'Edellinen tai seuraava kohta (myös esityksen ohjain)',
  'workshop.keyFirstLast': 'Ensimmäinen tai viimeinen kohta',
  'workshop.keySummary': 'Yhteenveto',
  'workshop.keyTimer': 'Käynnistä tai pysäytä ajastin',
  'workshop.keyTimerReset': 'Nollaa ajastin',
  'workshop.keyVotes': 'Näytä tai piilota äänet esitysnäkymässä',
  'workshop.keyCount': 'Siirry äänten laskemiseen',
  'workshop.keyProjector': 'Esitysnäkymä tässä ikkunassa päälle tai pois',
  'workshop.keyProjectorWindow': 'Avaa esitysikkuna',
  'workshop.keyHelp': 'Näytä tämä ohje',
  'workshop.keyEscape': 'Sulje ohje tai esitysnäkymä, poistu kentästä tai painikkeesta',
  'workshop.singleKeys': 'Yhden näppäimen pikanäppäimet käytössä',
  'workshop.singleKeysHint':
    'Pois käytöstä numerot ja kirjaimet eivät tee mitään. Nuolet, PageDown, PageUp, Home, End ja Esc toimivat yhä, samoin kaikki painikkeet. Valinta säilyy tässä selaimessa.',
  'workshop.keyColumn': 'Näppäin',
  'workshop.actionColumn': 'Toiminto',
  'workshop.levelSet': 'Taso {level} valittu.',
  'workshop.moved': 'Kohta {n} / {total}: {statement}',

  // room votes
  'votes.heading': 'Äänestys (nyrkistä viiteen)',
  'votes.intro':
    'Kirjaa, montako kättä nousi kullekin tasolle. Kentässä + ja − lisäävät tai vähentävät yhden äänen, nuolet ylös ja alas vaihtavat tasoa. Mediaani on ehdotus: sovittu taso asetetaan erikseen.',
  'votes.announce': '{level}: {count}. Ääniä yhteensä {total}.',
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
  'region.empty': 'Vertailtavia arviointeja ei vielä ole.',
  'region.change': 'Muutos',
  'region.noChange': 'Ei aiempaa kierrosta',
  'region.same': 'Ei muutosta',
  'region.mean': 'Keskiarvo ({count, plural, one {# organisaatio} other {# organisaatiota}})',

  'region.intro':
    'Kunkin organisaation arviointi kohta kohdalta, muutos edellisestä kierroksesta ja alue kokonaisuutena. Saman tarkistuslistan eri versiot ja kieliversiot rinnastetaan kohtien tunnisteiden mukaan.',
  'region.filters': 'Rajaus ja näkymä',
  'region.filterType': 'Organisaatiotyyppi',
  'region.typeAll': 'Kaikki',
  'region.filterRound': 'Kierros',
  'region.roundLatest': 'Viimeisin',
  'region.roundYear': 'Vuosi {year}',
  'region.filterChecklist': 'Tarkistuslista',
  'region.show': 'Sarakkeet',
  'region.showItems': 'Kohdat',
  'region.showHeadings': 'Vain pääkohdat',
  'region.projector': 'Esitystila',
  'region.projectorExit': 'Sulje esitystila (Esc)',
  'region.print': 'Tulosta',
  'region.exportCsv': 'Lataa CSV',
  'region.csvDone': 'Tiedosto {file} on luotu.',
  'region.csvFile': 'alueellinen-vertailu',
  'region.gridCaption':
    '{title}: organisaatiot ja kohdat ({count, plural, one {# organisaatio} other {# organisaatiota}})',
  'region.gridHelp':
    'Nuolinäppäimet siirtävät solusta toiseen, Home ja End rivin alkuun ja loppuun. Sarakeotsikon painike järjestää rivit.',
  'region.cellName': '{organisation}, {column}:',
  'region.cellDontKnow': 'En osaa sanoa',
  'region.cellUnanswered': 'Ei vastattu',
  'region.cellNotAsked': 'Ei kysytty',
  'region.columnChange': '{column}, muutos',
  'region.whole': 'Alue kokonaisuutena',
  'region.wholeIntro':
    'Keskiarvo, mediaani ja montako organisaatiota on kullakin tasolla, {count, plural, one {# organisaatio} other {# organisaatiota}}. Pylväs näyttää saman jakauman kuvana.',
  'region.wholeCaption': 'Alue kokonaisuutena: {title}',
  'region.median': 'Mediaani',
  'region.meanShort': 'Keskiarvo',
  'region.meanChange': 'Muutos keskimäärin',
  'region.distribution': 'Jakauma',
  'region.level': 'Taso {value}: {label}',
  'region.atLevel': '{count} / {total} tasolla {value}',
  'region.noRows': 'Rajaukseen ei osu yhtään organisaatiota.',
  'region.rounds': 'Organisaation kierrokset',
  'region.roundsIntro': 'Saman organisaation kaikki arvioinnit tällä tarkistuslistalla.',
  'region.version': 'Versio',
  'csv.organisationType': 'Organisaatiotyyppi',
  'csv.itemId': 'Kohdan tunniste',
  'csv.statement': 'Väittämä',
  'csv.level': 'Taso',
  'csv.label': 'Tason nimi',
  'csv.score': 'Pisteet',
  'csv.notes': 'Muistiinpanot',
  'csv.download': 'Lataa CSV',
  'csv.assessmentFile': 'arviointi',
  'csv.planFile': 'kehittamissuunnitelma',

  // demo data
  'demo.heading': 'Esittelyaineisto',
  'demo.intro':
    'Kuvitteellisia kuntia ja hyvinvointialue kahdelta vuodelta mallin esittelyyn. Ne on merkitty esittelyaineistoksi ja voi poistaa yhdellä painalluksella koskematta omiin arviointeihin.',
  'demo.load': 'Lataa esittelyaineisto',
  'demo.remove': 'Poista esittelyaineisto',
  'demo.loaded':
    'Esittelyaineisto ladattu: {count, plural, one {# arviointi} other {# arviointia}}.',
  'demo.loadedKept':
    'Esittelyaineistoa lisättiin {count, plural, one {# arviointi} other {# arviointia}}. {kept} jo tallennettua jätettiin ennalleen, myös muokatut.',
  'demo.none': 'Esittelyaineistoa ei ole tallennettu.',
  'demo.confirmHeading': 'Poistetaanko esittelyaineisto?',
  'demo.confirmBody':
    '{count, plural, one {# esittelyarviointi} other {# esittelyarviointia}} siirretään roskakoriin. Ne voi palauttaa sieltä.',
  'demo.confirmBodyEdited':
    '{count, plural, one {# esittelyarviointi} other {# esittelyarviointia}} siirretään roskakoriin, myös {edited}, joita on muokattu. Ne voi palauttaa sieltä.',
  'demo.confirmRemove': 'Siirrä roskakoriin',
  'demo.trashed':
    'Esittelyaineisto siirrettiin roskakoriin: {count, plural, one {# arviointi} other {# arviointia}}.',
  'demo.undoLabel': 'Kumoa esittelyaineiston poisto',
  'demo.restored':
    'Esittelyaineisto palautettiin: {count, plural, one {# arviointi} other {# arviointia}}.',
  'conflict.heading':
    'Kohdan {number} muistiinpanoja muutettiin samaan aikaan toisessa välilehdessä',
  'conflict.body':
    'Kenttään jäi tämän välilehden teksti. Toisen välilehden teksti on tässä, jotta kumpikaan ei katoa:',
  'conflict.empty': '(tyhjä)',
  'conflict.take': 'Käytä toisen välilehden tekstiä (kohta {number})',
  'conflict.keep': 'Pidä tämän välilehden teksti (kohta {number})',

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
  'checklistError.checklistTooLarge':
    'Tiedosto on liian suuri tarkistuslistaksi: {size} merkkiä, enintään {limit}.',
  'checklistError.tooManyItems':
    'Tarkistuslistassa on {count} kohtaa; enintään {limit} kohtaa on mahdollista.',
  'checklistError.nestingTooDeep':
    'Sisäkkäisiä lainauksia, luetteloita tai sisennyksiä on liikaa (enintään {limit} tasoa).',

  // checklist format: scales and built-in choice
  'checklistError.idReserved':
    'Tunnistetta "{id}" ei voi käyttää, koska se on ohjelmointikielen varattu nimi. Valitse toinen.',
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
  'import.utf16NoBom':
    'Tiedostoa {file} ei tuotu: se on tallennettu UTF-16-merkistöllä ilman tavujärjestysmerkkiä. Tallenna se UTF-8-muodossa (tai UTF-16 tavujärjestysmerkin kanssa).',
  'import.latin1':
    'Tiedostoa {file} ei tuotu: se on tallennettu vanhalla merkistöllä (Latin-1 tai Windows-1252), jolloin ä ja ö eivät säily. Tallenna se UTF-8-muodossa.',
  'import.duplicate':
    'Tiedostoa {file} ei tuotu uudelleen: sama tarkistuslista on jo tallessa nimellä "{title}".',
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
    'Tiedosto ei ole kelvollista JSONia: se on vioittunut tai jonkin muun ohjelman tiedosto.',
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
  'backupProblem.textMalformed':
    'Tekstissä on rikkinäinen merkki (yksinäinen UTF-16-puolisko), jota ei voi tallentaa eikä näyttää.',
  'backupProblem.snapshotInvalid':
    'Tarkistuslistan Markdown ei kelpaa tällä sovelluksella, joten arviointia ei voi näyttää.',
  'backupProblem.checklistRefMismatch':
    'Arviointi nimeää eri tarkistuslistan kuin tiedoston tarkistuslista ({id}, versio {version}).',
  'backupProblem.unknownItem': 'Tarkistuslistassa ei ole kohtaa "{id}".',
  'backupProblem.levelNotOnScale':
    'Tasoa {level} ei ole tarkistuslistan asteikossa (sallitut: {allowed}).',
  'backupProblem.unknownPerspective': 'Arvioinnissa ei ole näkökulmaa "{id}".',
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
  'survey.heading': 'Kysely ennen työpajaa',
  'survey.intro':
    'Pyydä kunnan väkeä ja järjestöjä arvioimaan kohdat etukäteen, kukin omassa selaimessaan. Linkki sisältää tarkistuslistan ja kyselyn tunnisteen, ei henkilötietoja. Vastaajat lähettävät sinulle pienen vastaustiedoston, jonka tuot tähän; vastaukset näkyvät työpajassa äänten rinnalla.',
  'survey.create': 'Tee arvioinnista kysely',
  'survey.link': 'Kyselyn linkki',
  'survey.copy': 'Kopioi linkki',
  'survey.copied': 'Linkki kopioitu leikepöydälle.',
  'survey.mailLabel': 'Ohje sähköpostiin',
  'survey.mail':
    'Hei,\n\npyydämme näkemystäsi siitä, miten järjestöystävällinen {organisation} on. Avaa alla oleva linkki, valitse ryhmäsi ja arvioi kohdat; kommentit ovat vapaaehtoisia. Lataa lopuksi vastaustiedosto ja lähetä se liitteenä vastauksena tähän viestiin. Vastauksesi pysyvät omassa selaimessasi, kunnes lähetät tiedoston, eikä siihen tallennu nimeäsi.\n\n{link}\n',
  'survey.import': 'Tuo vastaustiedostoja',
  'survey.dropHint': 'Voit valita monta tiedostoa kerralla tai pudottaa ne tähän.',
  'survey.respondents': 'Vastauksia {total}: {groups}',
  'survey.noRespondents': 'Ei vielä vastauksia.',
  'survey.imported':
    'Tuotiin {added} uutta vastausta ja {replaced} päivitettyä; {repeated} oli jo tuotu ja laskettiin vain kerran.',
  'survey.refused': 'Mitään ei tuotu. Poista tai korjaa nämä tiedostot ja yritä uudelleen:',
  'survey.problem.tooMany': 'liikaa tiedostoja kerralla ({detail}).',
  'survey.problem.tooLarge': 'liian suuri ollakseen vastaustiedosto.',
  'survey.problem.notJson': 'ei ole JSON-tiedosto.',
  'survey.problem.forbiddenKey': 'sisältää kielletyn avaimen ({detail}).',
  'survey.problem.notResponse': 'ei ole tämän sovelluksen kyselyvastaus ({detail}).',
  'survey.problem.newerVersion': 'on tehty uudemmalla sovelluksen versiolla (muoto {detail}).',
  'survey.problem.otherSurvey': 'on vastaus toiseen kyselyyn.',
  'survey.problem.otherChecklist': 'on vastattu toiseen tarkistuslistaan tai sen versioon.',
  'survey.problem.unknownGroup': 'ryhmää ei ole tässä kyselyssä.',
  'survey.problem.unknownItem': 'kohtaa {detail} ei ole tarkistuslistassa.',
  'survey.problem.unknownLevel': 'tasoa ei ole asteikolla ({detail}).',
  'survey.itemHeading': 'Kyselyn vastaukset ({total})',
  'survey.comments': 'Kommentit',
  'survey.level': 'Taso',
  'survey.room': 'Huone',
  'survey.all': 'Kysely',
  'projector.survey': 'Kyselyn vastaukset ({total})',
  'respond.title': 'Kysely',
  'respond.heading': 'Kysely: {organisation}',
  'respond.intro':
    'Arvioi, miten kohdat mielestäsi toteutuvat. Vastauksesi tallentuvat vain tähän selaimeen, kunnes lataat vastaustiedoston ja lähetät sen kyselyn tekijälle. Et näe muiden vastauksia, eivätkä muut näe sinun vastauksiasi; nimeäsi ei kysytä.',
  'respond.group': 'Vastaan ryhmästä',
  'respond.rating': 'Arviosi kohdasta {n}',
  'respond.comment': 'Kommentti (vapaaehtoinen)',
  'respond.progress': 'Arvioitu {rated} / {total} kohtaa.',
  'respond.download': 'Lataa vastaustiedosto',
  'respond.share': 'Jaa vastaustiedosto',
  'respond.done':
    'Vastaustiedosto {file} on ladattu. Lähetä se kyselyn tekijälle sähköpostin liitteenä.',
  'respond.shared': 'Vastaustiedosto jaettu.',
  'respond.chooseGroup': 'Valitse ensin, mistä ryhmästä vastaat.',
  'respond.invalid':
    'Kyselyn linkki on vaurioitunut tai vajaa. Pyydä kyselyn tekijältä linkki uudelleen.',
  'results.survey': 'Kyselyyn vastasi {total}: {groups}.',
  'pdf.survey': 'Kysely ennen työpajaa',
} as const;

/** The views part's keys, each with its text: the shape of every language's views part. */
export type ViewsMessages = Record<keyof typeof fiViews, string>;
