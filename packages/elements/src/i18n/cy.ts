/**
 * Welsh strings (Cymraeg). A full set: no English shows in Welsh mode.
 *
 * Sources are the ones listed in /work/shared/reference/postcodes-design-tokens-welsh.md
 * section 3.4 ([GPC] govuk_publishing_components, [FE] alphagov/frontend,
 * [FACT] hmcts/fact-frontend, [CATH] hmcts/cath-service, [CV] Common Voice,
 * [CLDR]). Every string marked "unverified" (or "part-sourced") is our own
 * suggestion and needs review by a Welsh translator before a Welsh public
 * body relies on it. Hosts can correct any of them with `setStrings('cy', {...})`.
 *
 * Welsh puts the singular noun after a numeral ("8 darparwr", "3 milltir"),
 * and 1 and 2 mutate "milltir" to "filltir" [CLDR].
 */
import type { Strings } from './strings.ts';

// unverified: "yr awr" (per hour) etc.
const PER: Record<string, string> = {
  hour: 'yr awr',
  session: 'y sesiwn',
  visit: 'yr ymweliad',
  day: 'y dydd',
  week: 'yr wythnos',
};

/** "darparwr" after every numeral (unverified: count phrases). */
const providers = (n: string, place?: string): string => (place ? `${n} darparwr ger ${place}` : `${n} darparwr`);

export const cy: Strings = {
  postcodeLabel: 'Cod post', // sourced [FE formats.place.postcode; CATH]
  postcodeHint: 'Er enghraifft, TA1 1AA neu LD3', // part-sourced: "Er enghraifft" common GOV.UK Welsh; unverified here
  needLabel: 'Gyda beth mae angen help arnoch chi?', // unverified
  needHint: 'Er enghraifft: rhywun i ymweld â fy nhad, clwb cinio, help gyda siopa', // unverified
  suggestionsCount: { other: (n) => `${n} awgrym. Defnyddiwch y saethau i fyny ac i lawr i ddewis.` }, // unverified
  searchButton: 'Chwilio', // sourced [GPC components.search_box.search_button]
  errorPrefix: 'Gwall:', // unverified (GOV.UK Welsh error prefix)
  postcodeErrors: {
    // part-sourced: "Rhowch god post dilys" [FACT errorText.invalidPostcode]
    'invalid-postcode': "Nid yw hwnna'n edrych fel cod post. Rhowch god post dilys, fel TA1 1AA",
    'unknown-district': "Ni allwn ddod o hyd i'r cod post hwnnw. Gwiriwch ef, neu gadewch ef yn wag i weld pob darparwr", // unverified
    'lookup-failed': 'Ni allwn chwilio am godau post ar hyn o bryd. Rhowch gynnig arall arni, neu gadewch ef yn wag', // unverified
  },

  loading: 'Llwytho darparwyr…', // part-sourced: "Llwytho…" [CV loading]
  searching: 'Chwilio…', // part-sourced [GPC]
  providersListed: {
    other: (n) => `${n} darparwr wedi'u rhestru`, // unverified
  },
  resultsCount: {
    // part-sourced: "ger" from "Canlyniadau ger" [FE formats.place.results]; count phrase unverified
    other: (n, place) => providers(n, place),
  },
  resultsMatch: { other: (n, text, place) => `${n} darparwr${place ? ` ger ${place}` : ''} yn cyfateb i ‘${text}’` }, // unverified
  relatedMore: { other: (n) => `${n} arall yn cynnig help tebyg` }, // unverified
  coversNames: (names) => `Mae'r cyfeiriadur hwn yn cwmpasu ${names}.`, // unverified
  coversAreas: (areas) => `Mae'r cyfeiriadur hwn yn cwmpasu ardaloedd cod post ${areas}.`, // unverified
  outsideAreaHeading: 'Y tu allan i ardal y cyfeiriadur hwn', // unverified
  outsideAreaHelp: (district) => `Nid yw'n rhestru darparwyr ger ${district}. Am help lle rydych chi'n byw, cysylltwch â'ch cyngor lleol.`, // unverified
  capacityNotStated: 'Heb ei nodi', // unverified
  cqcReport: (id) => `Cofrestriad CQC ${id}: darllen yr adroddiad arolygu (yn agor mewn tab newydd)`, // unverified
  showingOf: (shown, total) => `Yn dangos ${shown} o ${total} darparwr`, // unverified
  showMore: 'Dangos mwy o ddarparwyr', // part-sourced: "Dangos" [GPC common.show]
  skipToResults: "Neidio i'r canlyniadau", // part-sourced: "Neidio i'r" as in GOV.UK Frontend's Welsh skip link; unverified here

  orderFair: "Mae darparwyr sy'n cyfateb yr un mor dda yn cael eu dangos mewn trefn wahanol bob dydd, er mwyn i bawb gael eu gweld.", // unverified
  orderDistance: 'Dangosir y darparwyr agosaf yn gyntaf.', // unverified
  orderName: 'Dangosir y darparwyr yn nhrefn yr wyddor.', // unverified
  orderDirectory: 'Dangosir y darparwyr yn nhrefn y cyfeiriadur ei hun.', // unverified
  orderLegend: 'Trefn', // unverified
  orderFairChoice: 'Trefn deg', // unverified
  orderNearestChoice: 'Agosaf yn gyntaf', // unverified

  noResultsHeading: "Nid oes canlyniad sy'n cyfateb", // sourced [FACT postcode-search.json noResults.p1]
  noResultsIntro: 'Gallech chi roi cynnig ar:', // unverified
  noResultsTips: [
    'defnyddio llai o eiriau, neu eiriau gwahanol, i ddweud beth sydd ei angen arnoch', // unverified
    'tynnu unrhyw hidlyddion', // part-sourced: "hidlyddion" [CATH]
    "gwirio'r cod post, neu ei adael yn wag i weld darparwyr ym mhobman", // unverified
  ],
  feedErrorHeading: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth", // sourced [CATH error500.title]
  feedErrors: {
    network: "Ni allwn lwytho'r rhestr o ddarparwyr ar hyn o bryd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.", // unverified
    timeout: "Mae'r rhestr o ddarparwyr yn cymryd gormod o amser i lwytho. Rhowch gynnig arall arni mewn munud.", // unverified
    http: "Ni allwn lwytho'r rhestr o ddarparwyr ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.", // part-sourced [CATH error500.tryAgain]
    parse: 'Nid oedd modd darllen y rhestr o ddarparwyr. Rhowch gynnig arall arni yn nes ymlaen.', // unverified
    'not-a-feed': 'Nid oedd modd darllen y rhestr o ddarparwyr. Rhowch gynnig arall arni yn nes ymlaen.', // unverified
    'unsupported-format': "Mae'r rhestr o ddarparwyr mewn fformat na allwn ei ddarllen eto. Rhowch gynnig arall arni yn nes ymlaen.", // unverified
  },
  tryAgain: 'Rhowch gynnig arall arni', // sourced [CATH error500.tryAgain]
  savedCopy: (date) => `Yn dangos gwybodaeth a gadwyd ar ${date}. Efallai nad yw'n gyfredol.`, // unverified
  someSkipped: 'Nid oedd modd dangos rhai cofnodion.', // unverified

  distanceLabel: 'Pellter', // unverified [3.4]
  distanceHint: "Mae darparwyr sy'n dweud eu bod yn gweithio yn eich ardal bob amser yn cael eu dangos", // unverified
  distanceWithin: {
    // "milltir" after numerals, soft mutation after 1 and 2 [CLDR]; "O fewn" unverified
    one: (m) => `O fewn ${m} filltir`,
    two: (m) => `O fewn ${m} filltir`,
    other: (m) => `O fewn ${m} milltir`,
  },
  anyDistance: 'Unrhyw bellter', // unverified
  useMyLocation: 'Defnyddio fy lleoliad', // unverified
  findingLocation: "Yn dod o hyd i'ch lleoliad…", // unverified
  locationErrors: {
    denied: 'Ni allwn ddefnyddio eich lleoliad gan na roddwyd caniatâd. Rhowch eich cod post yn lle hynny.', // unverified; "Rhowch eich cod post" sourced [FACT]
    unavailable: 'Nid yw eich lleoliad ar gael ar hyn o bryd. Rhowch eich cod post yn lle hynny.', // unverified
    timeout: "Cymerodd hi ormod o amser i ddod o hyd i'ch lleoliad. Rhowch gynnig arall arni, neu rhowch eich cod post.", // unverified
  },
  errorSummaryTitle: 'Mae yna broblem', // sourced [FACT errorText.title]
  stillLoading: 'Yn dal i lwytho… Gall hyn gymryd ychydig yn hirach ar gysylltiad araf.', // unverified
  feedOffline: "Mae'n ymddangos eich bod all-lein. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.", // unverified
  retryInMinutes: {
    // unverified; "Rhowch gynnig arall arni" sourced [CATH]
    other: (m) => `Mae'r gwasanaeth yn brysur. Rhowch gynnig arall arni ymhen tua ${m} munud.`,
  },

  distanceAbout: {
    // sourced mutation pattern [CLDR: 1 filltir, 2 filltir, 3 milltir]; "tua" (about) unverified
    one: (m) => `tua ${m} filltir i ffwrdd`,
    two: (m) => `tua ${m} filltir i ffwrdd`,
    other: (m) => `tua ${m} milltir i ffwrdd`,
  },
  lessThanAMile: 'llai na milltir i ffwrdd', // unverified
  distanceApproximate: "Mae'r pellteroedd yn fras, wedi'u mesur o ganol ardal eich cod post.", // unverified
  coversYourArea: 'Yn gweithio yn eich ardal', // unverified
  areaNotGiven: "Dim ardal wedi'i rhoi: gofynnwch i'r darparwr ble maen nhw'n gweithio", // unverified
  areasAndMore: (shown, more) => `${shown} a ${more} arall`, // unverified
  whatTheyOffer: "Beth maen nhw'n ei gynnig", // unverified
  whoFor: 'Ar gyfer pwy', // unverified
  howTheyWork: "Sut maen nhw'n gweithio", // unverified
  cost: 'Cost', // unverified (loanword in common use)
  free: 'Am ddim', // sourced in context [CATH]
  costFrom: (amount, per) => (per ? `O ${amount} ${PER[per] ?? per}` : `O ${amount}`), // unverified
  paidFor: 'Sut y gellir talu', // unverified
  newClients: 'Cleientiaid newydd', // unverified
  takingNewClients: 'Yn derbyn cleientiaid newydd', // unverified
  notTakingNewClients: 'Ddim yn derbyn cleientiaid newydd ar hyn o bryd', // unverified
  capacityChecked: (date) => `(gwiriwyd ${date})`, // part-sourced
  contact: 'Cysylltu', // sourced [FACT template.json contact]
  contactName: 'Enw cyswllt', // unverified
  phone: 'Rhif ffôn', // sourced [FACT court-details.json telephoneHeading]
  email: 'E-bost', // sourced [FACT; FE contact.email]
  website: 'Gwefan', // sourced [FE website]
  websiteLinkLabel: (name) => `Gwefan ${name}`, // part-sourced
  phoneLinkLabel: (name, phone) => `Ffonio ${name} ar ${phone}`, // unverified
  emailLinkLabel: (name, email) => `E-bostio ${name} yn ${email}`, // unverified
  quality: 'Gwiriadau', // unverified
  registration: {
    registered: (regulator) => `Wedi cofrestru gyda ${regulator}`, // unverified
    'not-required': () => 'Dim angen cofrestru gyda rheoleiddiwr', // part-sourced: "Dim angen cofrestru" unverified
    applied: (regulator) => `Wedi gwneud cais i gofrestru gyda ${regulator}`, // unverified
  },
  dbsChecked: 'Wedi cael gwiriad DBS', // unverified
  insured: "Wedi'i yswirio", // unverified
  lastChecked: (date) => `Gwiriwyd y manylion ddiwethaf ${date}`, // part-sourced ["Diweddarwyd ddiwethaf" GPC]
  checkedBy: (who) => `Gwiriwyd gan ${who}`, // unverified
  staleDetails: "Cafodd y manylion hyn eu gwirio fwy na blwyddyn yn ôl. Cysylltwch â'r darparwr i wneud yn siŵr eu bod yn dal yn gywir.", // unverified
  moreDetails: (name) => `Rhagor am ${name}`, // unverified
  backToResults: "Yn ôl i'r canlyniadau", // part-sourced ["Yn ôl" FACT; "Canlyniadau" FE]
  about: 'Amdanyn nhw', // unverified
  where: 'Ble', // unverified
  worksFromHome: "Yn gweithio o'r cartref (nid yw'r cyfeiriad yn cael ei ddangos)", // unverified
  areasCovered: 'Ardaloedd', // unverified
  travelsUpTo: {
    one: (m) => `Yn teithio hyd at ${m} filltir`, // unverified (mutation per CLDR)
    two: (m) => `Yn teithio hyd at ${m} filltir`,
    other: (m) => `Yn teithio hyd at ${m} milltir`,
  },
  openingTimes: 'Amseroedd agor', // sourced [FACT openingTimesHeading]
  hoursRange: (opens, closes) => `${opens} i ${closes}`, // unverified
  languages: 'Ieithoedd', // unverified
  teamSize: {
    one: (n) => `${n} person`, // unverified
    other: (n) => `Tîm o ${n} o bobl`, // unverified
  },
  lastUpdated: (date) => `Diweddarwyd ddiwethaf ${date}`, // sourced [GPC components.metadata.last_updated]
  providerClosed: { closed: 'Ar gau', 'temporarily-closed': 'Ar gau dros dro' }, // unverified
  accreditations: 'Achrediadau', // unverified
  askPublisher: (publisher) => `Gofynnwch i ${publisher} am y darparwr hwn:`, // unverified
  askPublisherSubject: (name, id) => `Ynglŷn â ${name} (rhestriad ${id})`, // unverified
  askPublisherEmailLabel: (email, name) => `${email}: e-bostio i holi am ${name}`, // unverified
  publisherWebsite: (publisher) => `Gwefan ${publisher}`, // part-sourced: "Gwefan" [FE website]
  publisherWebsiteLabel: (publisher, name) => `Gwefan ${publisher}, i holi am ${name} (yn agor mewn tab newydd)`, // unverified
  reportProblem: "Rhoi gwybod am broblem gyda'r rhestriad hwn", // unverified
  reportProblemSubject: (name, id) => `Problem gyda'r rhestriad ar gyfer ${name} (id ${id})`, // unverified
  opensInNewTab: '(yn agor mewn tab newydd)', // unverified

  // Filters, chips, suggestions and widening. "Hidlyddion" / "Clirio hidlyddion" sourced [CATH]; the rest unverified.
  filtersButton: 'Hidlyddion', // sourced [CATH selectedFiltersHeading]
  filtersChosen: { other: (n) => `${n} wedi'u dewis` }, // unverified
  filterLegends: {
    support: 'Math o gymorth', // unverified
    whoFor: 'Ar gyfer pwy', // unverified
    delivery: "Sut mae'n cael ei roi", // unverified
    payment: 'Sut y gellir talu amdano', // unverified
    free: 'Cost', // unverified [3.4]
    takingNewClients: 'Cleientiaid newydd', // unverified
    languages: 'Iaith', // unverified
    openOn: 'Ar agor ar', // unverified
  },
  optionWithCount: (label, count) => `${label} (${count})`,
  clearFilters: 'Clirio hidlyddion', // sourced [CATH clearFilters]
  showResults: { other: (n) => `Dangos ${n} canlyniad` }, // unverified
  showAllOptions: (n, legend) => `Dangos pob un o'r ${n} dewis ar gyfer ${legend.toLowerCase()}`, // unverified
  activeFilters: "Hidlyddion rydych wedi'u dewis", // unverified
  removeFilter: (label) => `Tynnu hidlydd: ${label}`, // unverified ("Tynnu" = remove [3.4])
  suggestionsAvailable: { other: (n) => `${n} awgrym ar gael` }, // unverified
  didYouMeanBefore: "Oeddech chi'n golygu", // unverified
  didYouMeanAfter: '?',
  widenIntro: 'I weld rhagor o ddarparwyr:', // unverified
  widenRemoveFilter: { other: (n, label) => `Tynnu ‘${label}’ (${n} darparwr)` }, // unverified
  widenRemoveText: { other: (n, text) => `Chwilio heb ‘${text}’ (${n} darparwr)` }, // unverified
  widenDistance: {
    // "milltir" after numerals [CLDR]; the rest unverified. Widening only offers 3 miles and up.
    other: (n, miles) => (miles ? `Chwilio o fewn ${miles} milltir (${n} darparwr)` : `Chwilio unrhyw bellter (${n} darparwr)`),
  },

  // All vocabulary labels below are unverified unless marked.
  addToShortlist: 'Ychwanegu at y rhestr fer', // unverified
  removeFromShortlist: "Tynnu o'r rhestr fer", // unverified
  shortlistButton: (n) => `Rhestr fer (${n})`, // unverified
  shortlistHeading: 'Eich rhestr fer', // unverified
  shortlistEmpty: 'Mae eich rhestr fer yn wag. Defnyddiwch "Ychwanegu at y rhestr fer" ar ddarparwr i\'w gadw yma.', // unverified
  shortlistAdded: (n) => `Wedi'i ychwanegu at eich rhestr fer (${n})`, // unverified
  shortlistRemoved: (n) => `Wedi'i dynnu o'ch rhestr fer (${n})`, // unverified
  clearShortlist: "Clirio'r rhestr fer", // unverified
  printList: 'Argraffu', // unverified
  copyLink: 'Copïo dolen', // unverified
  linkCopied: "Dolen wedi'i chopïo", // unverified
  emailList: "E-bostio'r rhestr", // unverified
  emailSubject: 'Darparwyr gofal a chymorth', // unverified
  backFromList: "Yn ôl i'r canlyniadau", // unverified
  listFrom: (publisher, date) => `Gan ${publisher}, diweddarwyd ${date}`, // unverified
  printedFrom: (address) => `Argraffwyd o ${address}`, // unverified
  printHeading: 'Darparwyr gofal a chymorth', // unverified
  supportTypes: {
    'personal-care': 'Gofal personol',
    'home-help': 'Help yn y cartref',
    befriending: 'Cyfeillio a chwmni',
    'day-activities': 'Gweithgareddau dydd',
    meals: 'Prydau bwyd',
    shopping: 'Siopa',
    transport: 'Trafnidiaeth',
    'short-breaks': 'Seibiannau byr',
    'carers-support': 'Cymorth i ofalwyr',
    'recovery-support': 'Cymorth adfer',
    'gardening-odd-jobs': 'Garddio a mân swyddi',
    'activities-clubs': 'Gweithgareddau a chlybiau',
    'lunch-clubs': 'Clybiau cinio',
    'sitting-service': 'Gwasanaeth eistedd',
    'advice-advocacy': 'Cyngor ac eiriolaeth',
    'health-wellbeing': 'Iechyd a llesiant',
  },
  whoForLabels: {
    'older-people': 'Pobl hŷn',
    dementia: 'Pobl sy’n byw gyda dementia',
    'learning-disability': 'Pobl ag anabledd dysgu',
    autism: 'Pobl awtistig',
    'physical-disability': 'Pobl ag anabledd corfforol',
    'mental-health': 'Iechyd meddwl',
    carers: 'Gofalwyr',
    'sensory-impairment': 'Colli golwg neu glyw',
    'end-of-life': 'Diwedd oes',
    'young-adults': 'Oedolion ifanc',
  },
  delivery: {
    'home-visit': 'Ymweliadau cartref',
    venue: 'Mewn lleoliad', // part-sourced ["Lleoliad" CATH]
    phone: 'Dros y ffôn',
    online: 'Ar-lein', // sourced [FE; FACT]
  },
  payment: {
    'direct-payment': 'Taliadau uniongyrchol',
    'personal-budget': 'Cyllideb bersonol',
    'self-funded': 'Talu eich hun',
    'council-funded': "Wedi'i ariannu gan y cyngor",
    'nhs-funded': "Wedi'i ariannu gan y GIG",
  },
  weekdays: {
    // sourced [CLDR]
    mon: 'Dydd Llun',
    tue: 'Dydd Mawrth',
    wed: 'Dydd Mercher',
    thu: 'Dydd Iau',
    fri: 'Dydd Gwener',
    sat: 'Dydd Sadwrn',
    sun: 'Dydd Sul',
  },
  // sourced [CLDR cy month names]
  months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  languageNames: {
    en: 'Saesneg', // sourced [CLDR]
    cy: 'Cymraeg', // sourced [CLDR]
    bfi: 'Iaith Arwyddion Prydain', // unverified
    pl: 'Pwyleg', // unverified (CLDR-style)
    pt: 'Portiwgaleg', // unverified
    lt: 'Lithwaneg', // unverified
    pa: 'Pwnjabeg', // unverified
    ro: 'Rwmaneg', // unverified
    ur: 'Wrdw', // unverified
    bg: 'Bwlgareg', // unverified
    ar: 'Arabeg', // unverified
    bn: 'Bengaleg', // unverified
  },
};
