// The Finnish catalogue is the source: its keys define every other catalogue's keys.
export const fi = {
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
  'create.heading': 'Uusi arviointi',
  'create.organisation': 'Kunnan tai hyvinvointialueen nimi',
  'create.type': 'Organisaation tyyppi',
  'create.date': 'Arvioinnin päivämäärä',
  'create.participants': 'Osallistujat',
  'create.participantsHint': 'Yksi osallistuja tai taho riviä kohden.',
  'create.checklist': 'Tarkistuslista',
  'create.submit': 'Luo arviointi',
  'create.cancel': 'Peruuta',
  'create.organisationRequired': 'Kirjoita kunnan tai hyvinvointialueen nimi.',
  'create.dateRequired': 'Anna päivämäärä muodossa pp.kk.vvvv.',

  // rename / delete
  'rename.heading': 'Nimeä arviointi uudelleen',
  'rename.label': 'Uusi nimi',
  'rename.submit': 'Tallenna nimi',
  'delete.heading': 'Poistetaanko arviointi?',
  'delete.body':
    'Arviointi "{name}" ({date}) ja kaikki sen vastaukset ja toimenpiteet poistetaan tästä selaimesta pysyvästi.',
  'delete.confirm': 'Poista pysyvästi',
  'delete.done': 'Arviointi "{name}" poistettiin.',

  // assessment view
  'assessment.tabs': 'Arvioinnin osat',
  'assessment.tabAnswer': 'Arviointi',
  'assessment.tabResults': 'Tulokset',
  'assessment.tabPlan': 'Kehittämissuunnitelma',
  'assessment.notFound': 'Arviointia ei löytynyt. Se on ehkä poistettu.',
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
  'save.failed': 'Tallennus epäonnistui: {reason}',
  'save.quota': 'Selaimen tallennustila on täynnä.',
  'save.unknown': 'tuntematon virhe',

  // results
  'results.overall': 'Kokonaistulos',
  'results.byHeading': 'Tulokset pääkohdittain',
  'results.byGap': 'Kohdat kehittämistarpeen mukaan',
  'results.byGapIntro':
    'Suurin kehittämistarve ensin. Kohdat, joita ei ole arvioitu, ovat lopussa.',
  'results.scoreOf': '{score} / 100',
  'results.rated': '{rated} / {total} arvioitu',
  'results.columnItem': 'Kohta',
  'results.columnLevel': 'Taso',
  'results.columnScore': 'Pisteet',
  'results.columnHeading': 'Pääkohta',
  'results.scaleNote':
    'Pisteet 0–100 (taso × 25). Alle 25 heikko, 25–74 kehitettävää, vähintään 75 hyvä. "En osaa sanoa" ei vaikuta keskiarvoihin.',

  // bands
  'band.poor': 'Heikko',
  'band.improve': 'Kehitettävää',
  'band.good': 'Hyvä',
  'band.none': 'Ei arvioitu',

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
  'region.link': 'Alueellinen vertailu',
  'region.heading': 'Alueellinen vertailu',
  'region.intro':
    'Kunkin organisaation viimeisin arviointi tarkistuslistoittain, muutos edellisestä kierroksesta ja alueen keskiarvot.',
  'region.empty': 'Vertailtavia arviointeja ei vielä ole.',
  'region.change': 'Muutos',
  'region.since': 'edellinen {date}',
  'region.noChange': 'Ei aiempaa kierrosta',
  'region.same': 'Ei muutosta',
  'region.mean': 'Keskiarvo ({count} organisaatiota)',

  // demo data
  'demo.heading': 'Esittelyaineisto',
  'demo.intro':
    'Kuvitteellisia kuntia ja hyvinvointialue kahdelta vuodelta mallin esittelyyn. Ne on merkitty esittelyaineistoksi ja voi poistaa yhdellä painalluksella koskematta omiin arviointeihin.',
  'demo.load': 'Lataa esittelyaineisto',
  'demo.remove': 'Poista esittelyaineisto',
  'demo.loaded': 'Esittelyaineisto ladattu: {count} arviointia.',
  'demo.removed': 'Esittelyaineisto poistettu: {count} arviointia.',
  'demo.badge': 'Esittely',

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
  // long assessment list
  'list.showing': 'Näytetään {shown} / {total} arviointia.',
  'list.showMore': 'Näytä lisää',
} as const;

export type MessageKey = keyof typeof fi;
export type Messages = Record<MessageKey, string>;
