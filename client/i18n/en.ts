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
  footerLinksLabel: 'About this service',
  whatIsStoredLink: 'What is stored',
  accessibilityLink: 'Accessibility',

  personalDataOne: {
    email: 'Your post seems to contain an e-mail address. Remove it if you want to stay anonymous.',
    phone: 'Your post seems to contain a phone number. Remove it if you want to stay anonymous.',
    personalIdentityNumber:
      'Your post seems to contain a Swedish personal identity number. Remove it if you want to stay anonymous.',
  },
  personalDataManyIntro: 'Your post seems to contain:',
  personalDataNames: {
    email: 'an e-mail address',
    phone: 'a phone number',
    personalIdentityNumber: 'a Swedish personal identity number',
  },
  personalDataManyAdvice: 'Remove them if you want to stay anonymous.',
  rateLimitedTextKept: 'Your text is still here, so you can send it later.',

  whatIsStored: {
    title: 'What is stored',
    intro:
      'Takhöjd is built so that you can write without anyone knowing it was you. This page says what is stored, what is never stored and for how long.',
    keptHeading: 'What is stored',
    keptText: 'The text of your post and what kind of post it is, for example an idea or a question.',
    keptReactions: 'Reactions, but only how many there are. Not who reacted.',
    keptRelease: 'Which round a post appeared in and on which day. Not the time of day.',
    keptBoard: 'The board’s settings, for example its title, question and types of post.',
    keptLinks:
      'The board’s secret links are stored only as a checksum (hash). The link cannot be worked out from it.',
    keptBrowser:
      'Your browser keeps a key for each post you write, so that you can take it back. The server has only a checksum of the key.',
    neverHeading: 'What is never stored',
    neverNames: 'Names or accounts. You do not log in.',
    neverAddress: 'IP addresses.',
    neverBrowser: 'Which browser or device you use (User-Agent).',
    neverTime: 'Exactly when you wrote or sent something.',
    neverLinks: 'Anything that shows that two posts come from the same person.',
    batches:
      'Posts appear in rounds, mixed with other people’s. So nobody can tell who wrote what from when a post appeared.',
    retentionHeading: 'How long it is kept',
    retentionBoard:
      'A board is deleted automatically a set number of days after it closes. The person who creates the board chooses how many. Unless they choose otherwise, it is 30 days.',
    retentionPosts:
      'If you take back a post, or a moderator removes it, it is deleted for good. It cannot be brought back.',
    officialHeading: 'What you write may become an official document',
    officialText:
      'Boards are often used by a Swedish government agency, region or municipality. Then what is stored may be an official document (allmän handling). Anyone can ask to read it.',
    officialAdvice: 'So only write what you are comfortable with others reading.',
    whistleHeading: 'This board is not a whistleblowing channel',
    whistleText:
      'This board is not your organisation’s whistleblowing channel under the Swedish Whistleblower Act (lag 2021:890). What you write here does not count as such a report.',
    whistleWhere:
      'Do you want to report serious wrongdoing? Use your organisation’s whistleblowing channel. You can often find it on the intranet or through HR.',
    styleHeading: 'Your way of writing can give you away',
    styleText:
      'We store nothing about who you are. But others can sometimes guess who wrote something, for example from words you often use or from things only you know.',
    stylePlain: 'Write plainly and stick to the facts.',
    styleDetails: 'Avoid details that only you or a few people know.',
    stylePersonalData:
      'Do not write names, personal identity numbers, phone numbers or e-mail addresses. We warn you if it looks as if you have.',
  },

  accessibility: {
    title: 'Accessibility of Takhöjd',
    intro:
      'Takhöjd is responsible for this service. We want as many people as possible to be able to use it. This page describes how Takhöjd meets the Swedish law on accessibility of digital public services, the problems we know of, and how you can tell us when something does not work.',
    statusHeading: 'How accessible is this service?',
    status:
      'This service is partially compliant with the Swedish law on accessibility of digital public services (delvis förenlig), because of the problems listed below.',
    gapsHeading: 'What does not fully work',
    gapRoles:
      'The views for facilitators and the big screen are not finished. They have not been tested. The moderator view has been tested automatically, but not with screen readers.',
    gapScreenReaders:
      'How new posts are announced has only been tested automatically. We have not tested it with screen readers such as NVDA, JAWS or VoiceOver.',
    gapManualReview: 'We have not checked every requirement of WCAG 2.1 level AA by hand.',
    feedbackHeading: 'Tell us if something does not work',
    feedback:
      'If you cannot use part of this service, or you find problems not listed here, contact the people who run Takhöjd in your organisation. Tell them which page it is and what does not work.',
    supervisionHeading: 'Supervision',
    supervision:
      'The Agency for Digital Government (Digg) supervises the law. If you are not happy with how we handle your feedback, you can report it to Digg.',
    diggLink: 'Report a lack of digital accessibility to Digg',
    methodHeading: 'How we tested this service',
    method:
      'We tested the service ourselves. Automated tests in the Chromium browser run the axe-core tool against the requirements of WCAG 2.1 levels A and AA. We also checked that everything can be used with a keyboard alone and on a screen 320 pixels wide.',
    dateHeading: 'About this statement',
    date: 'We last assessed the service on 30 November 2026. This statement was updated the same day.',
  },

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
  composerSentReview: 'Sent! A moderator will read your post before it appears.',
  premoderationNotice: 'On this board a moderator reads every post before it appears.',
  rateLimited: (seconds: number): string =>
    `You are sending too fast, wait ${n(seconds)} ${plural('en', seconds, { one: 'second', other: 'seconds' })}.`,
  phasePaused: 'The board is paused. You cannot write new posts right now.',
  phaseReactionsOnly: 'You cannot write new posts now, but you can react to posts.',
  phaseClosed: 'The board is closed. You can read but not write.',

  ownWaitingHeading: 'Your waiting posts',
  ownWaitingText: 'Waiting for more posts before it appears',
  ownStatus: {
    review: 'Awaiting review. A moderator will read the post before it appears.',
    hidden: 'A moderator has hidden this post. It is not shown on the board.',
  },
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
  report: 'Report',
  reportLegend: 'Why are you reporting this post?',
  reportReasons: {
    abusive: 'It is abusive',
    'personal-data': 'It contains personal data',
    spam: 'It is spam',
    other: 'Something else',
  },
  reportSubmit: 'Send report',
  reportCancel: 'Cancel',
  reported: 'Reported',
  reportThanks: 'Thank you. The post is reported and a moderator will look at it. Nobody can see it was you.',
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
    denied: 'The link is no longer valid.',
  },

  comingSoonHeading: 'This view is coming soon',
  comingSoonText: 'The link is saved in this tab. Meanwhile you can open the board as a participant.',
  comingSoonNoToken:
    'The link is missing its secret part. Use the whole link you got when the board was created.',
  roleNames: { host: 'Facilitator', moderate: 'Moderator', present: 'Big screen' },
  toModeration: 'Review posts (moderation)',

  moderation: {
    heading: 'Moderate',
    intro:
      'Here you see every post that has been shown, including hidden ones and those awaiting review. Nobody can see who wrote what.',
    loading: 'Loading the posts …',
    noTokenHeading: 'The link is missing its secret part',
    noToken: 'Use the whole moderator link you got when the board was created.',
    deniedHeading: 'This link cannot moderate',
    deniedProjector:
      'You opened the big-screen link. It can only show the board. Use the moderator link or the facilitator link.',
    deniedInvalid:
      'The link is not valid for this board, or it has been replaced. Ask the facilitator for a new link.',
    nameLabel: 'Your name (optional)',
    nameHint:
      'Your name is saved in the log with what you do, so others can see who did what. This tab remembers it until you close it.',
    filtersLabel: 'Filters',
    statusLegend: 'Show',
    categoryLegend: 'Kind of post',
    filterAll: 'All',
    statusNames: { visible: 'Visible', held: 'Awaiting review', hidden: 'Hidden' },
    heldReasonLabel: 'Reason:',
    heldReasons: {
      reports: 'Reported by participants',
      filter: 'Word filter',
      premoderation: 'Pre-moderation',
    },
    reportCount: { one: '# report', other: '# reports' },
    reportReasonNames: { abusive: 'abusive', 'personal-data': 'personal data', spam: 'spam', other: 'other' },
    postsHeading: 'Posts',
    shownCount: { one: 'Showing # post', other: 'Showing # posts' },
    empty: 'Nothing to review right now.',
    emptyFiltered: 'No posts match the filter.',
    selectPost: 'Select post',
    selectAll: 'Select all shown',
    selectedCount: { one: '# selected', other: '# selected' },
    bulkLabel: 'Do with selected',
    bulkReasonLabel: 'Reason for the selected posts (optional)',
    bulkHide: 'Hide selected',
    bulkApprove: 'Approve selected',
    bulkNone: 'Select at least one post first.',
    bulkHidden: { one: '# post is hidden.', other: '# posts are hidden.' },
    bulkApproved: { one: '# post is approved.', other: '# posts are approved.' },
    bulkNothing: 'None of the selected posts could be changed.',
    reasonLabel: 'Reason (optional)',
    actions: { hide: 'Hide', restore: 'Restore', approve: 'Approve', remove: 'Remove for good' },
    retry: 'Try again',
    done: {
      hide: 'The post is hidden.',
      restore: 'The post is shown again.',
      approve: 'The post is approved and shown.',
      remove: 'The post is removed for good.',
    },
    undo: 'Undo',
    confirmRemoveHeading: 'Remove the post for good?',
    confirmRemoveText:
      'The post is deleted completely and cannot be brought back. If you only want it off the board, choose Hide instead.',
    confirmRemove: 'Remove for good',
    cancel: 'Cancel',
    batchLabel: 'Round',
    auditHeading: 'Log',
    auditIntro: 'Everything moderators do is kept here. The log says nothing about who wrote the posts.',
    auditEmpty: 'Nothing has happened yet.',
    auditActions: { hide: 'Hid', restore: 'Restored', approve: 'Approved', remove: 'Removed for good' },
    auditRoles: { facilitator: 'Facilitator', moderator: 'Moderator' },
    auditTime: 'Time',
    auditPost: 'Post',
    auditReason: 'Reason',
    auditBy: 'By',
    auditRemovedPost: 'Removed post',
    auditNoName: 'No name',
    exportCsv: 'Download the log (CSV)',
    exportJson: 'Download the log (JSON)',
  },
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
    INVALID_TRANSITION: 'Someone else has already changed this post. Look at the list again.',
    CATEGORY_IN_USE: 'The category has posts and cannot be removed.',
    BOARD_PAUSED:
      'The board is paused for a moment. Wait until the person leading the meeting starts it again.',
    BOARD_CLOSED: 'The board is closed. You can read but not post or react.',
    BOARD_FULL: 'The board is full: all places are taken. Ask the person leading the meeting for help.',
    TOKEN_INVALID: 'This link is no longer valid. Ask the person leading the meeting for a new one.',
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
