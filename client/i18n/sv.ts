/**
 * The Swedish catalogue: the source of every message key. Plain Swedish in the "du" form (klarspråk): short
 * sentences, everyday words. `en.ts` must satisfy the same type, so a key cannot go missing in one language.
 */
import type { ApiErrorCode } from '../api.ts';
import type { ReportReason } from '../../shared/api.ts';
import type { DEFAULT_CATEGORY_IDS, ReactionKind } from '../../shared/board.ts';
import type { HeldReason } from '../../shared/post.ts';
import type { PersonalDataKind } from '../../shared/personal-data.ts';
import { formatNumber, plural } from './plural.ts';

type DefaultCategoryId = (typeof DEFAULT_CATEGORY_IDS)[number];

const n = (value: number): string => formatNumber('sv', value);

export const sv = {
  appName: 'Takhöjd',
  skipToContent: 'Hoppa till innehållet',
  languageSwitchHint: 'Byt språk',
  homeLink: 'Takhöjd, till startsidan',
  footerPrivacy:
    'Takhöjd sparar inga namn, IP-adresser eller tidpunkter för inlägg. Tavlan är inte organisationens visselblåsarkanal.',
  footerLinksLabel: 'Om tjänsten',
  whatIsStoredLink: 'Vad sparas?',
  accessibilityLink: 'Tillgänglighet',

  /** One sentence per kind, so each can say "den" or "det" as Swedish grammar needs. */
  personalDataOne: {
    email: 'Ditt inlägg ser ut att innehålla en e-postadress. Ta bort den om du vill vara anonym.',
    phone: 'Ditt inlägg ser ut att innehålla ett telefonnummer. Ta bort det om du vill vara anonym.',
    personalIdentityNumber:
      'Ditt inlägg ser ut att innehålla ett personnummer. Ta bort det om du vill vara anonym.',
  } satisfies Record<PersonalDataKind, string>,
  personalDataManyIntro: 'Ditt inlägg ser ut att innehålla:',
  personalDataNames: {
    email: 'en e-postadress',
    phone: 'ett telefonnummer',
    personalIdentityNumber: 'ett personnummer',
  } satisfies Record<PersonalDataKind, string>,
  personalDataManyAdvice: 'Ta bort dem om du vill vara anonym.',
  rateLimitedTextKept: 'Din text finns kvar, så du kan skicka den sedan.',

  whatIsStored: {
    title: 'Vad sparas?',
    intro:
      'Takhöjd är byggt för att du ska kunna skriva utan att någon vet att det var du. Här ser du vad som sparas, vad som aldrig sparas och hur länge.',
    keptHeading: 'Det här sparas',
    keptText: 'Texten i ditt inlägg och vilken sorts inlägg det är, till exempel idé eller fråga.',
    keptReactions: 'Reaktioner, men bara hur många de är. Inte vem som reagerade.',
    keptRelease: 'Vilken omgång ett inlägg visades i och vilken dag. Inte klockslaget.',
    keptBoard: 'Tavlans inställningar, till exempel rubrik, fråga och typer av inlägg.',
    keptLinks:
      'Tavlans hemliga länkar sparas bara som en kontrollsumma (hash). Det går inte att få fram länken ur den.',
    keptBrowser:
      'Din webbläsare sparar en nyckel för varje inlägg du skriver, så att du kan ta tillbaka det. Servern har bara en kontrollsumma av nyckeln.',
    neverHeading: 'Det här sparas aldrig',
    neverNames: 'Namn eller konton. Du loggar inte in.',
    neverAddress: 'IP-adresser.',
    neverBrowser: 'Vilken webbläsare eller enhet du har (User-Agent).',
    neverTime: 'Exakt när du skrev eller skickade något.',
    neverLinks: 'Något som visar att två inlägg kommer från samma person.',
    batches:
      'Inlägg visas i omgångar, blandade med andras. Därför går det inte att se vem som skrev vad genom att titta på när ett inlägg kom upp.',
    retentionHeading: 'Hur länge det sparas',
    retentionBoard:
      'En tavla raderas automatiskt ett visst antal dagar efter att den har stängts. Den som skapar tavlan väljer hur många. Om inget annat är valt är det 30 dagar.',
    retentionPosts:
      'Tar du tillbaka ett inlägg, eller tar en moderator bort det, raderas det för gott. Det går inte att få tillbaka.',
    officialHeading: 'Det du skriver kan bli en allmän handling',
    officialText:
      'Tavlan används ofta av en myndighet, en region eller en kommun. Då kan det som sparas vara en allmän handling. Vem som helst kan be att få läsa den.',
    officialAdvice: 'Skriv därför bara sådant som du tål att andra läser.',
    whistleHeading: 'Tavlan är inte en visselblåsarkanal',
    whistleText:
      'Tavlan är inte din organisations kanal för visselblåsning enligt lagen om skydd för personer som rapporterar om missförhållanden (lag 2021:890). Det du skriver här räknas inte som en sådan rapport.',
    whistleWhere:
      'Vill du slå larm om allvarliga fel eller missförhållanden? Använd din organisations kanal för visselblåsning. Du hittar den ofta på intranätet eller hos HR.',
    styleHeading: 'Ditt sätt att skriva kan avslöja dig',
    styleText:
      'Vi sparar inget om vem du är. Men andra kan ibland gissa vem som skrev, till exempel av ord du ofta använder eller av saker som bara du vet.',
    stylePlain: 'Skriv enkelt och sakligt.',
    styleDetails: 'Undvik detaljer som bara du eller några få känner till.',
    stylePersonalData:
      'Skriv inte namn, personnummer, telefonnummer eller e-postadresser. Vi varnar dig om det ser ut som att du har gjort det.',
  },

  accessibility: {
    title: 'Tillgänglighet för Takhöjd',
    intro:
      'Takhöjd står bakom den här tjänsten. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Takhöjd uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan tala om för oss att något inte fungerar.',
    statusHeading: 'Hur tillgänglig är tjänsten?',
    status:
      'Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Det beror på bristerna nedan.',
    gapsHeading: 'Det här fungerar inte fullt ut',
    gapRoles:
      'Vyerna för den som leder, modererar eller visar tavlan på storskärm är testade automatiskt men inte med skärmläsare.',
    gapScreenReaders:
      'Hur nya inlägg läses upp har bara testats automatiskt. Vi har inte testat med skärmläsare som NVDA, JAWS eller VoiceOver.',
    gapManualReview: 'Vi har inte gått igenom alla krav i WCAG 2.1 nivå AA för hand.',
    feedbackHeading: 'Säg till om något inte fungerar',
    feedback:
      'Om du inte kan använda någon del av tjänsten, eller om du hittar brister som inte står här, kontakta den som driver Takhöjd i din organisation. Berätta vilken sida det gäller och vad som inte fungerar.',
    supervisionHeading: 'Tillsyn',
    supervision:
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi tar hand om dina synpunkter kan du anmäla det till Digg.',
    diggLink: 'Anmäl brister i digital tillgänglighet till Digg',
    methodHeading: 'Hur vi har testat tjänsten',
    method:
      'Vi har testat tjänsten själva. Automatiska tester i webbläsaren Chromium kör verktyget axe-core mot kraven i WCAG 2.1 nivå A och AA. Vi har också kontrollerat att allt går att använda med bara tangentbord och på en skärm som är 320 pixlar bred.',
    dateHeading: 'Om redogörelsen',
    date: 'Vi bedömde tjänsten senast den 30 november 2026. Redogörelsen uppdaterades samma dag.',
  },

  documentTitle: (page?: string): string => (page ? `${page} – Takhöjd` : 'Takhöjd'),
  notFoundHeading: 'Sidan finns inte',
  notFoundText: 'Kontrollera adressen, eller gå till startsidan.',
  toStart: 'Gå till startsidan',

  landingIntro: 'Dela idéer, oro och frågor med din grupp. Ingen ser vem som skrev vad.',
  joinHeading: 'Gå med i en tavla',
  joinCodeLabel: 'Kod till tavlan',
  joinCodeHint: 'Koden har sex tecken, till exempel K7M2QX.',
  joinSubmit: 'Gå med',
  joinBusy: 'Söker …',
  joinErrorEmpty: 'Skriv koden till tavlan.',
  joinErrorFormat: 'Koden ska ha sex tecken, bokstäver och siffror. Kolla att du har skrivit rätt.',

  createHeading: 'Skapa en tavla',
  createTitleLabel: 'Rubrik',
  createTitleHint: 'Till exempel namnet på mötet.',
  createPromptLabel: 'Fråga till deltagarna (om du vill)',
  createPromptHint: 'Till exempel: Vad kan vi göra bättre?',
  createTokenLabel: 'Kod för att skapa tavlor',
  createTokenHint: 'Här krävs en kod för att skapa tavlor. Du får den av den som sköter tjänsten.',
  createTokenWrong: 'Koden stämmer inte. Försök igen.',
  createTitleEmpty: 'Skriv en rubrik.',
  createSubmit: 'Skapa tavla',
  createBusy: 'Skapar …',

  createdHeading: 'Tavlan är klar',
  createdIntro: (title: string): string =>
    `Tavlan ”${title}” är skapad. Dela länken eller koden med deltagarna.`,
  createdParticipantLink: 'Länk för deltagare',
  createdJoinCode: 'Kod för deltagare',
  createdSecretHeading: 'Hemliga länkar',
  createdSecretWarning:
    'Spara de här länkarna nu. De visas bara en gång och vi kan inte visa dem igen. Den som har en länk kan styra tavlan. Dela dem bara med dem som ska ha dem.',
  createdFacilitatorLink: 'Länk för dig som leder (styr tavlan)',
  createdModeratorLink: 'Länk för moderator (granskar inlägg)',
  createdProjectorLink: 'Länk för storskärm (visar tavlan)',
  openBoard: 'Öppna tavlan',
  copy: 'Kopiera',
  copyNamed: (what: string): string => `Kopiera ${what.toLowerCase()}`,
  copied: 'Kopierat',
  copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',

  boardLoading: 'Hämtar tavlan …',
  anonymityNote:
    'Ditt inlägg är anonymt: vi sparar inte vem du är, din IP-adress eller när du skrev. Inlägg visas i omgångar tillsammans med andras.',
  composerHeading: 'Skriv ett inlägg',
  categoryLegend: 'Vad vill du dela?',
  categoryNames: { idea: 'Idé', concern: 'Oro', question: 'Fråga' } satisfies Record<
    DefaultCategoryId,
    string
  >,
  categoryOther: 'Övrigt',
  composerLabel: 'Ditt inlägg',
  charactersLeft: (left: number): string =>
    left >= 0
      ? `${n(left)} ${plural('sv', left, { one: 'tecken', other: 'tecken' })} kvar`
      : `${n(-left)} ${plural('sv', -left, { one: 'tecken', other: 'tecken' })} för mycket`,
  composerEmpty: 'Skriv något innan du skickar.',
  composerTooLong: (over: number): string => `Inlägget är för långt. Ta bort ${n(over)} tecken.`,
  composerTooComplex:
    'Ett tecken i inlägget har för många tecken ovanpå sig, till exempel accenter. Ta bort dem så kan du skicka.',
  composerSubmit: 'Skicka',
  composerBusy: 'Skickar …',
  composerSent: 'Skickat! Ditt inlägg visas när fler har skrivit.',
  composerSentReview: 'Skickat! En moderator läser ditt inlägg innan det visas.',
  premoderationNotice: 'På den här tavlan läser en moderator alla inlägg innan de visas.',
  rateLimited: (seconds: number): string =>
    `Du skickar för snabbt, vänta ${n(seconds)} ${plural('sv', seconds, { one: 'sekund', other: 'sekunder' })}.`,
  phasePaused: 'Tavlan är pausad. Du kan inte skriva nya inlägg just nu.',
  phaseReactionsOnly: 'Det går inte att skriva nya inlägg nu, men du kan reagera på inläggen.',
  phaseClosed: 'Tavlan är stängd. Du kan läsa men inte skriva.',

  ownWaitingHeading: 'Dina inlägg som väntar',
  ownWaitingText: 'Väntar på fler inlägg innan det visas',
  ownStatus: {
    review: 'Väntar på granskning. En moderator läser inlägget innan det visas.',
    hidden: 'En moderator har dolt inlägget. Det visas inte på tavlan.',
  },
  ownPostMark: 'Ditt inlägg',
  retract: 'Ta tillbaka',
  retractBusy: 'Tar tillbaka …',
  retracted: 'Ditt inlägg är borttaget.',

  boardHeading: 'Inlägg',
  boardEmpty: 'Inga inlägg än. Skriv det första!',
  columnEmpty: 'Inga inlägg här än.',
  postCount: (count: number): string =>
    plural('sv', count, { one: `${n(count)} inlägg`, other: `${n(count)} inlägg` }),
  reactionNames: { agree: 'Håller med', heart: 'Gillar', insight: 'Klokt' } satisfies Record<
    ReactionKind,
    string
  >,
  reactionsLabel: 'Reaktioner',
  report: 'Anmäl',
  reportLegend: 'Varför anmäler du inlägget?',
  reportReasons: {
    abusive: 'Det är kränkande',
    'personal-data': 'Det har personuppgifter',
    spam: 'Det är spam',
    other: 'Annat',
  } satisfies Record<ReportReason, string>,
  reportSubmit: 'Skicka anmälan',
  reportCancel: 'Avbryt',
  reported: 'Anmält',
  reportThanks: 'Tack. Inlägget är anmält, och en moderator tittar på det. Ingen kan se att det var du.',
  newPosts: (count: number): string =>
    plural('sv', count, { one: `${n(count)} nytt inlägg`, other: `${n(count)} nya inlägg` }),
  showNewPosts: (count: number): string =>
    plural('sv', count, { one: `Visa ${n(count)} nytt inlägg`, other: `Visa ${n(count)} nya inlägg` }),
  pauseUpdates: 'Pausa nya inlägg',
  pausedNote: 'Nya inlägg väntar tills du väljer att visa dem.',
  showOlderPosts: 'Visa äldre inlägg',
  olderPostsLoading: 'Hämtar äldre inlägg …',
  olderPostsFailed: 'Det gick inte att hämta äldre inlägg. Försök igen.',

  connection: {
    connected: 'Ansluten',
    connecting: 'Ansluter …',
    reconnecting: 'Ansluter igen …',
    offline: 'Frånkopplad. Vi försöker igen.',
    gone: 'Tavlan finns inte längre.',
    denied: 'Länken gäller inte längre.',
  },

  roleNames: { host: 'Ledare', moderate: 'Moderator', present: 'Storskärm' },
  toModeration: 'Granska inlägg (moderering)',

  // Projector view (/b/:id/present).
  present: {
    loading: 'Hämtar tavlan …',
    missingHeading: 'Länken till storskärmen saknas',
    missingText:
      'Öppna hela länken för storskärm, som du fick när tavlan skapades. Utan den kan tavlan inte visas här.',
    deniedHeading: 'Länken gäller inte längre',
    deniedText: 'Länken för storskärm har bytts ut eller är fel. Be den som leder mötet om den nya länken.',
    goneHeading: 'Tavlan finns inte',
    goneText: 'Tavlan finns inte längre. Den kan ha tagits bort.',
    joinHeading: 'Var med',
    joinScan: 'Skanna koden med mobilen eller gå till:',
    joinCodeIntro: 'Eller skriv koden på {site}:',
    qrLabel: 'QR-kod med länken {url}',
    postsHeading: 'Inlägg',
    empty: 'Inga inlägg än. Skriv det första!',
    pageOf: 'Sida {page} av {pages}',
    paused: 'Pausad',
    controlsLabel: 'Styr storskärmen',
    pause: 'Paus',
    previousPage: 'Föregående sida',
    nextPage: 'Nästa sida',
    grid: 'Rutnät',
    byReactions: 'Flest reaktioner först',
    blank: 'Släck skärmen',
    keyboardHelp: 'Mellanslag: paus · ←/→: bläddra · B: släck skärmen · G: kolumner/rutnät · S: sortering',
    blanked: 'Skärmen är släckt – tryck B',
    spotlightHeading: 'I fokus',
  },

  moderation: {
    heading: 'Moderera',
    intro:
      'Här ser du alla inlägg som har visats, även dolda och de som väntar på granskning. Ingen kan se vem som skrev vad.',
    loading: 'Hämtar inläggen …',
    noTokenHeading: 'Länken saknar sin hemliga del',
    noToken: 'Använd hela moderatorlänken som du fick när tavlan skapades.',
    deniedHeading: 'Den här länken kan inte moderera',
    deniedProjector:
      'Du har öppnat länken för storskärmen. Den kan bara visa tavlan. Använd länken för moderator eller för den som leder.',
    deniedInvalid:
      'Länken gäller inte för den här tavlan, eller så har den bytts ut. Be den som leder mötet om en ny länk.',
    nameLabel: 'Ditt namn (valfritt)',
    nameHint:
      'Namnet sparas i loggen med det du gör, så att andra ser vem som gjorde vad. Fliken kommer ihåg det tills du stänger den.',
    filtersLabel: 'Filter',
    statusLegend: 'Visa',
    categoryLegend: 'Typ av inlägg',
    filterAll: 'Alla',
    statusNames: { visible: 'Synligt', held: 'Väntar på granskning', hidden: 'Dolt' },
    heldReasonLabel: 'Orsak:',
    heldReasons: {
      reports: 'Anmält av deltagare',
      filter: 'Ordfilter',
      premoderation: 'Förhandsgranskning',
    } satisfies Record<HeldReason, string>,
    reportCount: { one: '# anmälan', other: '# anmälningar' },
    reviewedNote: 'Godkänt av en moderator: nya anmälningar tar inte bort det från tavlan.',
    reportReasonNames: {
      abusive: 'kränkande',
      'personal-data': 'personuppgifter',
      spam: 'spam',
      other: 'annat',
    } satisfies Record<ReportReason, string>,
    postsHeading: 'Inlägg',
    shownCount: { one: 'Visar # inlägg', other: 'Visar # inlägg' },
    empty: 'Inget att granska just nu.',
    emptyFiltered: 'Inga inlägg passar filtret.',
    selectPost: 'Markera inlägget',
    selectAll: 'Markera alla som visas',
    selectedCount: { one: '# markerat', other: '# markerade' },
    bulkLabel: 'Gör med markerade',
    bulkReasonLabel: 'Anledning för markerade (valfritt)',
    bulkHide: 'Dölj markerade',
    bulkApprove: 'Godkänn markerade',
    bulkNone: 'Markera minst ett inlägg först.',
    bulkHidden: { one: '# inlägg är dolt.', other: '# inlägg är dolda.' },
    bulkApproved: { one: '# inlägg är godkänt.', other: '# inlägg är godkända.' },
    bulkNothing: 'Inget av de markerade inläggen gick att ändra.',
    reasonLabel: 'Anledning (valfritt)',
    actions: { hide: 'Dölj', restore: 'Återställ', approve: 'Godkänn', remove: 'Ta bort för gott' },
    retry: 'Försök igen',
    done: {
      hide: 'Inlägget är dolt.',
      restore: 'Inlägget visas igen.',
      approve: 'Inlägget är godkänt och visas.',
      remove: 'Inlägget är borttaget för gott.',
    },
    undo: 'Ångra',
    confirmRemoveHeading: 'Ta bort inlägget för gott?',
    confirmRemoveText:
      'Inlägget raderas helt och går inte att få tillbaka. Om du bara vill ta bort det från tavlan kan du välja Dölj i stället.',
    confirmRemove: 'Ta bort för gott',
    cancel: 'Avbryt',
    batchLabel: 'Omgång',
    auditHeading: 'Logg',
    auditIntro: 'Här sparas allt som moderatorer gör. Loggen säger inget om vem som skrev inläggen.',
    auditEmpty: 'Inget har hänt än.',
    auditActions: {
      hide: 'Dolde',
      restore: 'Återställde',
      approve: 'Godkände',
      remove: 'Tog bort för gott',
    },
    auditRoles: { facilitator: 'Ledare', moderator: 'Moderator' },
    auditTime: 'Tid',
    auditPost: 'Inlägg',
    auditReason: 'Anledning',
    auditBy: 'Av',
    auditRemovedPost: 'Borttaget inlägg',
    auditNoName: 'Inget namn',
    exportCsv: 'Ladda ner loggen (CSV)',
    exportJson: 'Ladda ner loggen (JSON)',
  },
  toBoard: 'Gå till tavlan',

  // Facilitator console, board form, phases and spotlight.
  phaseNotice: {
    'reactions-only': 'Tavlan tar bara emot reaktioner nu. Du kan läsa och reagera, men inte skriva.',
    paused: 'Tavlan är pausad. Inget ändras förrän den som leder startar den igen.',
    closed: 'Tavlan är stängd. Du kan läsa inläggen, men inte skriva eller reagera.',
  },
  ownWaitingNotOpen:
    'Ditt inlägg väntar på fler inlägg. Om tavlan öppnar igen visas det i nästa omgång; stängs tavlan tas det bort utan att visas.',
  ownDiscarded:
    'Ditt inlägg visades inte: tavlan stängdes innan det fanns tillräckligt många inlägg. Det är borttaget.',
  ownDiscardedDismiss: 'Jag förstår',
  spotlightedMark: 'Visas stort just nu',
  boardDeleted: 'Tavlan är raderad, med allt som fanns på den.',
  openHost: 'Öppna vyn för dig som leder',

  boardForm: {
    promptPlaceholder: 'Vad hindrar oss från att…?',
    categoriesLegend: 'Typer av inlägg',
    categoriesHint: 'Deltagarna väljer en typ när de skriver. Du kan byta namn, lägga till och ta bort.',
    categoryLabel: { one: 'Typ #', other: 'Typ #' },
    categoryAdd: 'Lägg till typ',
    categoryRemove: 'Ta bort',
    categoriesFull: { one: 'Du kan ha högst # typ.', other: 'Du kan ha högst # typer.' },
    categoryEmpty: 'Ge typen ett namn.',
    categoryTooLong: 'Namnet är för långt. Det får vara högst 40 tecken.',
    categoryDuplicate: 'Två typer har samma namn. Ge dem olika namn.',
    advanced: 'Fler inställningar',
    releaseLegend: 'Omgångar',
    releaseExplain:
      'Inlägg visas i omgångar om minst 3, efter 5–15 sekunder, så att ingen kan se vem som skrev vad. Här kan du ändra det.',
    releaseThreshold: 'Minsta antal inlägg i en omgång',
    releaseThresholdHint: 'Från 1 till 50. Vi rekommenderar 3 eller fler.',
    releaseThresholdError: 'Skriv ett heltal från 1 till 50.',
    releaseDelayMin: 'Kortaste väntan (sekunder)',
    releaseDelayMax: 'Längsta väntan (sekunder)',
    releaseDelayHint: 'Väntan lottas mellan de två tiderna. Högst 600 sekunder.',
    releaseDelayError: 'Skriv ett antal sekunder från 0 till 600.',
    releaseDelayOrderError: 'Längsta väntan kan inte vara kortare än den kortaste.',
    weakAnonymity:
      'Med färre än 3 inlägg per omgång, eller utan väntan, blir det lättare att gissa vem som skrev vad.',
    preModeration: 'Granska alla inlägg innan de visas',
    preModerationHint:
      'En moderator måste godkänna varje inlägg. Det tar längre tid, men inget visas ogranskat.',
    reactionsLegend: 'Reaktioner',
    reactionsHint: 'Vilka reaktioner deltagarna kan ge. Välj ingen om du inte vill ha reaktioner.',
    maxPostLength: 'Längsta inlägg (tecken)',
    maxPostLengthHint: 'Från 20 till 2 000 tecken. 280 passar de flesta.',
    maxPostLengthError: 'Skriv ett heltal från 20 till 2000.',
    reportThreshold: 'Anmälningar innan ett inlägg tas bort från tavlan',
    reportThresholdHint:
      'När så många har anmält ett inlägg försvinner det från tavlan tills en moderator har tittat på det. Moderatorerna ser alla anmälningar direkt. Har en moderator godkänt inlägget tas det inte bort igen.',
    reportThresholdAuto: 'Anpassa efter hur många som är med (rekommenderas)',
    reportThresholdAutoHint:
      'Minst 3 anmälningar, och 5 av 100 deltagare i ett större rum, till exempel 10 när 200 är med. Högst 50.',
    reportThresholdFixed: 'Fast antal anmälningar',
    reportThresholdFixedHint: 'Från 1 till 50.',
    reportThresholdError: 'Skriv ett heltal från 1 till 50.',
    retentionDays: 'Dagar som tavlan sparas efter att den har stängts',
    retentionDaysHint: 'Sedan raderas tavlan och allt på den. Från 1 till 3 650 dagar.',
    retentionDaysError: 'Skriv ett heltal från 1 till 3650.',
    expectedHeadcount: 'Ungefär hur många deltagare?',
    expectedHeadcountHint: 'Begränsar hur många som kan gå med. Skriv 0 för ingen gräns.',
    expectedHeadcountError: 'Skriv ett heltal från 0 till 100000.',
    language: 'Språk för deltagarna',
    languageHint: 'Deltagare som inte själva har valt språk ser tavlan på det här språket.',
    languageNames: { sv: 'Svenska', en: 'Engelska (English)' },
    customWords: 'Egna ord att stoppa',
    customWordsHint:
      'Ett ord per rad. Inlägg med de här orden väntar på en moderator innan de visas. Deltagarna ser inte listan.',
    customWordsError: 'Högst 200 ord, och högst 60 tecken per ord.',
    invalid: 'Något i formuläret behöver rättas. Se markeringarna.',
  },

  host: {
    heading: 'Leda',
    intro: 'Här styr du tavlan. Ingen kan se vem som skrev vad, inte heller du.',
    loading: 'Hämtar tavlan …',
    noTokenHeading: 'Länken saknar sin hemliga del',
    noToken: 'Använd hela länken för dig som leder, som du fick när tavlan skapades.',
    deniedHeading: 'Den här länken kan inte leda tavlan',
    deniedRole: 'Länken är till för en moderator eller en storskärm. Använd länken för dig som leder.',
    deniedInvalid:
      'Länken gäller inte för den här tavlan, eller så har den bytts ut. Använd den senaste länken för dig som leder.',
    retry: 'Försök igen',
    phaseHeading: 'Läge',
    phaseIntro: 'Välj vad deltagarna kan göra just nu. Alla skärmar ändras direkt.',
    phaseNames: { open: 'Öppen', 'reactions-only': 'Bara reaktioner', paused: 'Pausad', closed: 'Stängd' },
    phaseHints: {
      open: 'Deltagarna kan skriva och reagera.',
      'reactions-only': 'Deltagarna kan reagera, men inte skriva.',
      paused: 'Inget ändras på skärmarna: inga nya inlägg visas och ingen kan reagera.',
      closed: 'Tavlan kan bara läsas. Den raderas efter det antal dagar som du har valt.',
    },
    phaseNow: 'Tavlan är nu:',
    closeHeading: 'Stänga tavlan?',
    closeText:
      'Ingen kan skriva eller reagera efter det. Inlägg som väntar och inte kan visas säkert tillsammans med andra raderas utan att visas. Du kan öppna tavlan igen senare.',
    closeConfirm: 'Stäng tavlan',
    cancel: 'Avbryt',
    shareHeading: 'Dela tavlan',
    participantLink: 'Länk för deltagare',
    joinCode: 'Kod för deltagare',
    qrLabel: 'QR-kod med länken för deltagare',
    openProjector: 'Öppna storskärmen',
    openProjectorHint:
      'Öppnas i en ny flik med länken för storskärm. Saknas länken i den här fliken kan du byta den under Hemliga länkar.',
    seatsHeading: 'Platser',
    seatsIntro:
      'En plats är en webbläsare som har gått med i tavlan. Den som använder två enheter tar två platser. Ingen kan se vem som har vilken plats.',
    seatsCount: 'Platser: {issued} av {cap} (förväntat {expected})',
    seatsCountUncapped: 'Platser: {issued} (ingen gräns)',
    seatsFull:
      'Alla platser är tagna. Den som försöker gå med nu får veta att tavlan är full. Höj antalet deltagare för att släppa in fler.',
    seatsHeadcount: 'Förväntat antal deltagare',
    seatsHeadcountHint: 'Tavlan tar emot {ratio} platser per förväntad deltagare. 0 betyder ingen gräns.',
    seatsSave: 'Ändra antalet',
    seatsSaving: 'Sparar …',
    seatsSaved: 'Sparat. Nu finns det {cap} platser.',
    seatsSavedUncapped: 'Sparat. Nu finns det ingen gräns för antalet platser.',
    postsHeading: 'Inlägg på tavlan',
    postsIntro: 'De senaste först. Välj Visa stort för att lyfta fram ett inlägg på storskärmen.',
    postsEmpty: 'Inga inlägg än.',
    spotlight: 'Visa stort',
    spotlightActive: 'Visas stort',
    clearSpotlight: 'Sluta visa stort',
    spotlightNow: 'Visas stort nu:',
    spotlightNone: 'Inget inlägg visas stort.',
    spotlightSet: 'Inlägget visas stort.',
    batchLabel: 'Omgång',
    settingsHeading: 'Inställningar',
    settingsTitle: 'Rubrik',
    settingsPrompt: 'Fråga till deltagarna',
    settingsSave: 'Spara ändringar',
    settingsSaving: 'Sparar …',
    settingsSaved: 'Ändringarna är sparade.',
    settingsNothing: 'Du har inte ändrat något.',
    titleEmpty: 'Skriv en rubrik.',
    exportHeading: 'Ladda ner inläggen',
    exportIntro: 'Bara inlägg som syns på tavlan kommer med, och inget om vem som skrev dem.',
    exportNames: { csv: 'CSV (kalkylark)', md: 'Markdown (text)', json: 'JSON (data)' },
    exportBusy: 'Hämtar filen …',
    exportDone: 'Filen är nerladdad.',
    linksHeading: 'Hemliga länkar',
    linksIntro:
      'Har en länk hamnat i fel händer? Byt ut den. Den gamla länken slutar fungera direkt, även för den som har den öppen.',
    rotate: {
      facilitator: 'Byt din egen länk',
      moderator: 'Byt länken för moderator',
      projector: 'Byt länken för storskärm',
    },
    rotateHeading: 'Byta länken?',
    rotateText: 'Den gamla länken slutar fungera direkt. Du får en ny länk som du måste spara och dela igen.',
    rotateConfirm: 'Byt länk',
    rotatedLabel: {
      facilitator: 'Ny länk för dig som leder',
      moderator: 'Ny länk för moderator',
      projector: 'Ny länk för storskärm',
    },
    rotatedWarning: 'Spara länken nu. Den visas bara den här gången.',
    deleteHeading: 'Radera tavlan',
    deleteIntro: 'Tavlan och allt på den raderas direkt och för gott. Det går inte att ångra.',
    deleteButton: 'Radera tavlan nu',
    deleteConfirmHeading: 'Radera tavlan för gott?',
    deleteConfirmText:
      'Alla inlägg, reaktioner och loggen raderas direkt. Det går inte att ångra. Ladda ner inläggen först om du vill spara dem.',
    deleteConfirm: 'Ja, radera tavlan',
  },

  errors: {
    VALIDATION_FAILED: 'Något i det du skickade stämmer inte. Kolla och försök igen.',
    BODY_EMPTY: 'Skriv något innan du skickar.',
    BODY_TOO_LONG: 'Inlägget är för långt. Korta det och försök igen.',
    CHARACTER_TOO_COMPLEX:
      'Ett tecken i inlägget har för många tecken ovanpå sig, till exempel accenter. Ta bort dem och försök igen.',
    CATEGORY_UNKNOWN: 'Den typen finns inte längre på tavlan. Välj en annan.',
    REACTION_KIND_UNKNOWN: 'Den reaktionen går inte att använda här.',
    BOARD_NOT_FOUND: 'Tavlan finns inte. Den kan ha tagits bort.',
    JOIN_CODE_NOT_FOUND: 'Vi hittar ingen tavla med den koden. Kolla koden och försök igen.',
    POST_NOT_FOUND: 'Inlägget finns inte längre.',
    SEAT_INVALID: 'Din plats på tavlan gäller inte längre. Ladda om sidan och försök igen.',
    INVALID_TRANSITION: 'Inlägget har redan ändrats av någon annan. Titta på listan igen.',
    CATEGORY_IN_USE: 'Kategorin har inlägg och kan inte tas bort.',
    BOARD_PAUSED: 'Tavlan är pausad en stund. Vänta tills den som leder mötet startar den igen.',
    BOARD_CLOSED: 'Tavlan är stängd. Du kan läsa men inte skriva eller reagera.',
    BOARD_FULL: 'Tavlan är full: alla platser är tagna. Be den som leder mötet om hjälp.',
    POST_LIMIT_REACHED:
      'Tavlan rymmer inte fler inlägg. Din text finns kvar här. Säg till den som leder mötet.',
    BOARD_LIMIT_REACHED:
      'Det går inte att skapa fler tavlor här just nu: tjänsten har redan så många tavlor som den får ha. Radera en tavla som inte behövs längre, eller kontakta den som sköter tjänsten.',
    TOKEN_INVALID: 'Länken gäller inte längre. Be den som leder mötet om en ny.',
    DELETE_KEY_INVALID: 'Du kan bara ta tillbaka dina egna inlägg.',
    POSTING_CLOSED: 'Tavlan tar inte emot inlägg just nu.',
    CREATE_TOKEN_REQUIRED: 'Du behöver en kod för att skapa tavlor.',
    UNAUTHORIZED: 'Du har inte behörighet. Kolla länken.',
    FORBIDDEN: 'Du får inte göra det här.',
    RATE_LIMITED: 'Du skickar för snabbt. Vänta en stund och försök igen.',
    WORK_REQUIRED: 'Sidan behöver räkna klart en kort stund först. Försök igen.',
    WORK_INVALID: 'Det tog för lång tid. Försök igen.',
    TOO_MANY_CONNECTIONS: 'Väldigt många är anslutna från ert nätverk just nu. Försök igen om en stund.',
    TOO_MANY_SOCKETS: 'För många är anslutna från samma nätverk. Vänta en stund och försök igen.',
    SERVER_BUSY: 'Servern har fullt just nu. Vänta en stund och försök igen.',
    PAYLOAD_TOO_LARGE: 'Det du skickade är för stort.',
    NOT_FOUND: 'Det du söker finns inte.',
    UNSUPPORTED_PROTOCOL: 'Sidan är för gammal. Ladda om sidan.',
    INTERNAL: 'Något gick fel hos oss. Försök igen om en stund.',
    NETWORK_ERROR: 'Vi når inte servern. Kolla din anslutning och försök igen.',
    BAD_RESPONSE: 'Servern svarade konstigt. Försök igen.',
  } satisfies Record<ApiErrorCode, string>,
};

export type Messages = typeof sv;
