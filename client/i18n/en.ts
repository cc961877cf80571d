/** The English catalogue. `satisfies Messages` makes a missing or extra key a compile error. */
import { formatNumber, plural } from './plural.ts';
import type { Messages } from './sv.ts';

const n = (value: number): string => formatNumber('en', value);

export const en = {
  appName: 'Takhöjd',
  skipToContent: 'Skip to content',
  languageSwitchHint: 'Change language',
  homeLink: 'Takhöjd, to the start page',
  footerPrivacy:
    'Takhöjd stores no names, IP addresses or times of posts. The board is not the organisation’s whistleblowing channel.',
  documentTitle: (page?: string): string => (page ? `${page} – Takhöjd` : 'Takhöjd'),
  notFoundHeading: 'Page not found',
  notFoundText: 'Check the address, or go to the start page.',
  toStart: 'Go to the start page',

  landingIntro: 'Share ideas, concerns and questions with your group. Nobody sees who wrote what.',
  joinHeading: 'Join a board',
  joinCodeLabel: 'Board code',
  joinCodeHint: 'The code has six characters, for example K7M2QX.',
  joinSubmit: 'Join',
  joinBusy: 'Looking …',
  joinErrorEmpty: 'Enter the board code.',
  joinErrorFormat: 'The code has six characters, letters and digits. Check that you typed it correctly.',

  createHeading: 'Create a board',
  createTitleLabel: 'Title',
  createTitleHint: 'For example the name of the meeting.',
  createPromptLabel: 'Question for participants (optional)',
  createPromptHint: 'For example: What could we do better?',
  createTokenLabel: 'Code for creating boards',
  createTokenHint: 'A code is needed to create boards here. Ask the people who run this service.',
  createTokenWrong: 'That code is not right. Try again.',
  createTitleEmpty: 'Enter a title.',
  createSubmit: 'Create board',
  createBusy: 'Creating …',

  createdHeading: 'Your board is ready',
  createdIntro: (title: string): string =>
    `The board “${title}” has been created. Share the link or the code with participants.`,
  createdParticipantLink: 'Link for participants',
  createdJoinCode: 'Code for participants',
  createdSecretHeading: 'Secret links',
  createdSecretWarning:
    'Save these links now. They are shown only once and we cannot show them again. Anyone with a link can control the board. Share them only with the people who should have them.',
  createdFacilitatorLink: 'Link for you as facilitator (controls the board)',
  createdModeratorLink: 'Link for moderators (review posts)',
  createdProjectorLink: 'Link for the big screen (shows the board)',
  openBoard: 'Open the board',
  copy: 'Copy',
  copyNamed: (what: string): string => `Copy ${what.toLowerCase()}`,
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',

  boardLoading: 'Loading the board …',
  anonymityNote:
    'Your post is anonymous: we do not store who you are, your IP address or when you wrote. Posts appear in rounds together with other people’s.',
  composerHeading: 'Write a post',
  categoryLegend: 'What do you want to share?',
  categoryNames: { idea: 'Idea', concern: 'Concern', question: 'Question' },
  categoryOther: 'Other',
  composerLabel: 'Your post',
  charactersLeft: (left: number): string =>
    left >= 0
      ? `${n(left)} ${plural('en', left, { one: 'character', other: 'characters' })} left`
      : `${n(-left)} ${plural('en', -left, { one: 'character', other: 'characters' })} too many`,
  composerEmpty: 'Write something before you send.',
  composerTooLong: (over: number): string =>
    `Your post is too long. Remove ${n(over)} ${plural('en', over, { one: 'character', other: 'characters' })}.`,
  composerSubmit: 'Send',
  composerBusy: 'Sending …',
  composerSent: 'Sent! Your post will appear once more people have written.',
  rateLimited: (seconds: number): string =>
    `You are sending too fast, wait ${n(seconds)} ${plural('en', seconds, { one: 'second', other: 'seconds' })}.`,
  phasePaused: 'The board is paused. You cannot write new posts right now.',
  phaseReactionsOnly: 'You cannot write new posts now, but you can react to posts.',
  phaseClosed: 'The board is closed. You can read but not write.',

  ownWaitingHeading: 'Your waiting posts',
  ownWaitingText: 'Waiting for more posts before it appears',
  ownPostMark: 'Your post',
  retract: 'Take back',
  retractBusy: 'Taking back …',
  retracted: 'Your post has been removed.',

  boardHeading: 'Posts',
  boardEmpty: 'No posts yet. Write the first one!',
  columnEmpty: 'No posts here yet.',
  postCount: (count: number): string =>
    plural('en', count, { one: `${n(count)} post`, other: `${n(count)} posts` }),
  reactionNames: { agree: 'Agree', heart: 'Like', insight: 'Insightful' },
  reactionsLabel: 'Reactions',
  newPosts: (count: number): string =>
    plural('en', count, { one: `${n(count)} new post`, other: `${n(count)} new posts` }),
  showNewPosts: (count: number): string =>
    plural('en', count, { one: `Show ${n(count)} new post`, other: `Show ${n(count)} new posts` }),
  pauseUpdates: 'Pause new posts',
  pausedNote: 'New posts wait until you choose to show them.',

  connection: {
    connected: 'Connected',
    connecting: 'Connecting …',
    reconnecting: 'Reconnecting …',
    offline: 'Disconnected. We will keep trying.',
    gone: 'The board no longer exists.',
  },

  comingSoonHeading: 'This view is coming soon',
  comingSoonText: 'The link is saved in this tab. Meanwhile you can open the board as a participant.',
  comingSoonNoToken:
    'The link is missing its secret part. Use the whole link you got when the board was created.',
  roleNames: { host: 'Facilitator', moderate: 'Moderator', present: 'Big screen' },
  toBoard: 'Go to the board',

  errors: {
    VALIDATION_FAILED: 'Something in what you sent is not right. Check it and try again.',
    BODY_EMPTY: 'Write something before you send.',
    BODY_TOO_LONG: 'Your post is too long. Shorten it and try again.',
    CATEGORY_UNKNOWN: 'That type no longer exists on this board. Choose another.',
    REACTION_KIND_UNKNOWN: 'That reaction cannot be used here.',
    BOARD_NOT_FOUND: 'The board does not exist. It may have been deleted.',
    JOIN_CODE_NOT_FOUND: 'We cannot find a board with that code. Check the code and try again.',
    POST_NOT_FOUND: 'The post no longer exists.',
    SEAT_INVALID: 'Your place on the board is no longer valid. Reload the page and try again.',
    DELETE_KEY_INVALID: 'You can only take back your own posts.',
    POSTING_CLOSED: 'The board is not taking posts right now.',
    CREATE_TOKEN_REQUIRED: 'You need a code to create boards.',
    UNAUTHORIZED: 'You are not allowed to do this. Check the link.',
    FORBIDDEN: 'You are not allowed to do this.',
    RATE_LIMITED: 'You are sending too fast. Wait a moment and try again.',
    PAYLOAD_TOO_LARGE: 'What you sent is too large.',
    NOT_FOUND: 'What you are looking for does not exist.',
    UNSUPPORTED_PROTOCOL: 'This page is out of date. Reload the page.',
    INTERNAL: 'Something went wrong on our side. Try again in a moment.',
    NETWORK_ERROR: 'We cannot reach the server. Check your connection and try again.',
    BAD_RESPONSE: 'The server gave an unexpected answer. Try again.',
  },
} satisfies Messages;
