/**
 * The Swedish catalogue: the source of every message key. Plain Swedish in the "du" form (klarspråk): short
 * sentences, everyday words. `en.ts` must satisfy the same type, so a key cannot go missing in one language.
 */
import type { ApiErrorCode } from '../api.ts';
import type { DEFAULT_CATEGORY_IDS, ReactionKind } from '../../shared/board.ts';
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
  composerSubmit: 'Skicka',
  composerBusy: 'Skickar …',
  composerSent: 'Skickat! Ditt inlägg visas när fler har skrivit.',
  rateLimited: (seconds: number): string =>
    `Du skickar för snabbt, vänta ${n(seconds)} ${plural('sv', seconds, { one: 'sekund', other: 'sekunder' })}.`,
  phasePaused: 'Tavlan är pausad. Du kan inte skriva nya inlägg just nu.',
  phaseReactionsOnly: 'Det går inte att skriva nya inlägg nu, men du kan reagera på inläggen.',
  phaseClosed: 'Tavlan är stängd. Du kan läsa men inte skriva.',

  ownWaitingHeading: 'Dina inlägg som väntar',
  ownWaitingText: 'Väntar på fler inlägg innan det visas',
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
  newPosts: (count: number): string =>
    plural('sv', count, { one: `${n(count)} nytt inlägg`, other: `${n(count)} nya inlägg` }),
  showNewPosts: (count: number): string =>
    plural('sv', count, { one: `Visa ${n(count)} nytt inlägg`, other: `Visa ${n(count)} nya inlägg` }),
  pauseUpdates: 'Pausa nya inlägg',
  pausedNote: 'Nya inlägg väntar tills du väljer att visa dem.',

  connection: {
    connected: 'Ansluten',
    connecting: 'Ansluter …',
    reconnecting: 'Ansluter igen …',
    offline: 'Frånkopplad. Vi försöker igen.',
    gone: 'Tavlan finns inte längre.',
  },

  comingSoonHeading: 'Den här vyn kommer snart',
  comingSoonText: 'Länken är sparad i den här fliken. Under tiden kan du öppna tavlan som deltagare.',
  comingSoonNoToken: 'Länken saknar sin hemliga del. Använd hela länken du fick när tavlan skapades.',
  roleNames: { host: 'Ledare', moderate: 'Moderator', present: 'Storskärm' },
  toBoard: 'Gå till tavlan',

  errors: {
    VALIDATION_FAILED: 'Något i det du skickade stämmer inte. Kolla och försök igen.',
    BODY_EMPTY: 'Skriv något innan du skickar.',
    BODY_TOO_LONG: 'Inlägget är för långt. Korta det och försök igen.',
    CATEGORY_UNKNOWN: 'Den typen finns inte längre på tavlan. Välj en annan.',
    REACTION_KIND_UNKNOWN: 'Den reaktionen går inte att använda här.',
    BOARD_NOT_FOUND: 'Tavlan finns inte. Den kan ha tagits bort.',
    JOIN_CODE_NOT_FOUND: 'Vi hittar ingen tavla med den koden. Kolla koden och försök igen.',
    POST_NOT_FOUND: 'Inlägget finns inte längre.',
    SEAT_INVALID: 'Din plats på tavlan gäller inte längre. Ladda om sidan och försök igen.',
    DELETE_KEY_INVALID: 'Du kan bara ta tillbaka dina egna inlägg.',
    POSTING_CLOSED: 'Tavlan tar inte emot inlägg just nu.',
    CREATE_TOKEN_REQUIRED: 'Du behöver en kod för att skapa tavlor.',
    UNAUTHORIZED: 'Du har inte behörighet. Kolla länken.',
    FORBIDDEN: 'Du får inte göra det här.',
    RATE_LIMITED: 'Du skickar för snabbt. Vänta en stund och försök igen.',
    PAYLOAD_TOO_LARGE: 'Det du skickade är för stort.',
    NOT_FOUND: 'Det du söker finns inte.',
    UNSUPPORTED_PROTOCOL: 'Sidan är för gammal. Ladda om sidan.',
    INTERNAL: 'Något gick fel hos oss. Försök igen om en stund.',
    NETWORK_ERROR: 'Vi når inte servern. Kolla din anslutning och försök igen.',
    BAD_RESPONSE: 'Servern svarade konstigt. Försök igen.',
  } satisfies Record<ApiErrorCode, string>,
};

export type Messages = typeof sv;
