/**
 * A board's title, categories and settings as they are being edited in a form: numbers as typed (so "abc" can be
 * told apart from an empty field), delays in seconds, custom words one per line. Shared by the creation form and
 * the facilitator console's settings form; pure, so the rules are the same in both.
 */
import type { PatchBoardBody } from '../shared/api.ts';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_SETTINGS,
  REACTION_KINDS,
  type BoardSettings,
  type Category,
  type Language,
  type ReactionKind,
} from '../shared/board.ts';
import { Limits } from '../shared/limits.ts';
import {
  AUTO_REPORT_THRESHOLD,
  ScaledReportThreshold,
  type ReportThresholdSetting,
} from '../shared/report-threshold.ts';
import { en } from './i18n/en.ts';
import { sv, type Messages } from './i18n/sv.ts';

export interface CategoryDraft {
  /** Stable for the row's lifetime, so typing (which changes a new category's id) never re-creates its input. */
  key: string;
  id: string;
  label: string;
  /** Already on the board (or a built-in default): its id is fixed; only new categories take an id from the label. */
  fixedId: boolean;
}

export interface SettingsDraft {
  releaseThreshold: string;
  releaseDelayMin: string;
  releaseDelayMax: string;
  maxPostLength: string;
  /** Scale the report threshold with the room (shared/report-threshold.ts) instead of the number below. */
  reportThresholdAuto: boolean;
  reportThreshold: string;
  retentionDays: string;
  expectedHeadcount: string;
  preModeration: boolean;
  reactionKinds: ReactionKind[];
  language: Language;
  customWords: string;
}

export type SettingName = keyof SettingsDraft;
export type SettingsErrors = Partial<Record<SettingName, string>>;

type DefaultCategoryId = (typeof DEFAULT_CATEGORY_IDS)[number];

function isDefaultCategoryId(id: string): id is DefaultCategoryId {
  return (DEFAULT_CATEGORY_IDS as readonly string[]).includes(id);
}

const CATEGORY_ID_MAX = 32;

/** "Förslag på möten" → "forslag-pa-moten": lower-case a–z, 0–9 and "-", as the wire's category pattern asks. */
export function categorySlug(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    // Other accents (é, ü, ø is left) come off with NFD; what is still not a–z0–9 becomes a dash.
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CATEGORY_ID_MAX)
    .replace(/-+$/g, '');
  return slug || 'kategori';
}

/** Gives each new category an id from its label, unique among all the others (fixed ids are taken first). */
export function withDerivedIds(categories: readonly CategoryDraft[]): CategoryDraft[] {
  const taken = new Set(categories.filter((category) => category.fixedId).map((category) => category.id));
  return categories.map((category) => {
    if (category.fixedId) return category;
    const base = categorySlug(category.label);
    let id = base;
    for (let n = 2; taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, CATEGORY_ID_MAX - suffix.length)}${suffix}`;
    }
    taken.add(id);
    return id === category.id ? category : { ...category, id };
  });
}

/** A board's categories as editable rows; built-in ones show their name in the reader's language. */
export function categoryDrafts(t: Messages, categories: readonly Category[]): CategoryDraft[] {
  return categories.map((category) => ({
    key: `existing-${category.id}`,
    id: category.id,
    label: category.label ?? (isDefaultCategoryId(category.id) ? t.categoryNames[category.id] : category.id),
    fixedId: true,
  }));
}

export function defaultCategoryDrafts(t: Messages): CategoryDraft[] {
  return categoryDrafts(
    t,
    DEFAULT_CATEGORY_IDS.map((id) => ({ id })),
  );
}

/** Per row key, what is wrong with its name; empty when all are fine. */
export function categoryErrors(t: Messages, categories: readonly CategoryDraft[]): Map<string, string> {
  const f = t.boardForm;
  const errors = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const category of categories) {
    const name = category.label.trim().toLocaleLowerCase();
    if (!name) errors.set(category.key, f.categoryEmpty);
    else if (category.label.trim().length > Limits.categoryLabelMax)
      errors.set(category.key, f.categoryTooLong);
    else if (seen.has(name)) errors.set(category.key, f.categoryDuplicate);
    else seen.set(name, category.key);
  }
  return errors;
}

/** The wire's categories. A built-in one whose name is left as is keeps no label, so it stays translated. */
export function categoriesFromDrafts(categories: readonly CategoryDraft[]): Category[] {
  return categories.map((category) => {
    const label = category.label.trim();
    const builtInName =
      isDefaultCategoryId(category.id) &&
      (label === sv.categoryNames[category.id] || label === en.categoryNames[category.id]);
    return builtInName ? { id: category.id } : { id: category.id, label };
  });
}

const seconds = (ms: number): string => String(Math.round(ms / 100) / 10);

export function settingsDraft(settings: BoardSettings): SettingsDraft {
  return {
    releaseThreshold: String(settings.releaseThreshold),
    releaseDelayMin: seconds(settings.releaseDelayMs[0]),
    releaseDelayMax: seconds(settings.releaseDelayMs[1]),
    maxPostLength: String(settings.maxPostLength),
    reportThresholdAuto: settings.reportThreshold === AUTO_REPORT_THRESHOLD,
    // Under `auto` the field keeps the rule's floor, a sensible start for whoever switches to a fixed number.
    reportThreshold: String(
      settings.reportThreshold === AUTO_REPORT_THRESHOLD
        ? ScaledReportThreshold.minimum
        : settings.reportThreshold,
    ),
    retentionDays: String(settings.retentionDays),
    expectedHeadcount: String(settings.expectedHeadcount),
    preModeration: settings.preModeration,
    reactionKinds: REACTION_KINDS.filter((kind) => settings.reactionKinds.includes(kind)),
    language: settings.language,
    customWords: settings.customWords.join('\n'),
  };
}

export function defaultSettingsDraft(language: Language): SettingsDraft {
  return settingsDraft({ ...DEFAULT_SETTINGS, language });
}

/** A whole number typed in a field, or undefined when it is not one or is out of range. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/** Seconds with at most one decimal ("2,5" is accepted, as Swedes write it), as milliseconds. */
function delayMs(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d)?$/.test(trimmed)) return undefined;
  const ms = Math.round(Number(trimmed) * 1000);
  return ms <= Limits.releaseDelayMaxMs ? ms : undefined;
}

export function customWordList(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((word) => word.trim())
        .filter((word) => word !== ''),
    ),
  ];
}

export type SettingsCheck = { ok: true; settings: BoardSettings } | { ok: false; errors: SettingsErrors };

/** Checks a draft the way the server will, with a message per field, and gives the settings it stands for. */
export function checkSettingsDraft(t: Messages, draft: SettingsDraft): SettingsCheck {
  const f = t.boardForm;
  const errors: SettingsErrors = {};
  const releaseThreshold = wholeNumber(draft.releaseThreshold, 1, Limits.releaseThresholdMax);
  if (releaseThreshold === undefined) errors.releaseThreshold = f.releaseThresholdError;
  const delayMin = delayMs(draft.releaseDelayMin);
  const delayMax = delayMs(draft.releaseDelayMax);
  if (delayMin === undefined) errors.releaseDelayMin = f.releaseDelayError;
  if (delayMax === undefined) errors.releaseDelayMax = f.releaseDelayError;
  else if (delayMin !== undefined && delayMax < delayMin) errors.releaseDelayMax = f.releaseDelayOrderError;
  const maxPostLength = wholeNumber(draft.maxPostLength, Limits.postLengthMin, Limits.postLengthMax);
  if (maxPostLength === undefined) errors.maxPostLength = f.maxPostLengthError;
  const reportThreshold: ReportThresholdSetting | undefined = draft.reportThresholdAuto
    ? AUTO_REPORT_THRESHOLD
    : wholeNumber(draft.reportThreshold, 1, Limits.reportThresholdMax);
  if (reportThreshold === undefined) errors.reportThreshold = f.reportThresholdError;
  const retentionDays = wholeNumber(draft.retentionDays, 1, Limits.retentionDaysMax);
  if (retentionDays === undefined) errors.retentionDays = f.retentionDaysError;
  const expectedHeadcount = wholeNumber(draft.expectedHeadcount, 0, Limits.headcountMax);
  if (expectedHeadcount === undefined) errors.expectedHeadcount = f.expectedHeadcountError;
  const customWords = customWordList(draft.customWords);
  if (
    customWords.length > Limits.customWordsMax ||
    customWords.some((word) => word.length > Limits.customWordMax)
  )
    errors.customWords = f.customWordsError;

  if (
    releaseThreshold === undefined ||
    delayMin === undefined ||
    delayMax === undefined ||
    delayMax < delayMin ||
    maxPostLength === undefined ||
    reportThreshold === undefined ||
    retentionDays === undefined ||
    expectedHeadcount === undefined ||
    errors.customWords !== undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    settings: {
      releaseThreshold,
      releaseDelayMs: [delayMin, delayMax],
      maxPostLength,
      reportThreshold,
      retentionDays,
      expectedHeadcount,
      preModeration: draft.preModeration,
      reactionKinds: REACTION_KINDS.filter((kind) => draft.reactionKinds.includes(kind)),
      language: draft.language,
      customWords,
    },
  };
}

/** Settings that differ from `base`: only what the person changed is sent, so a limit they never touched holds. */
export function changedSettings(
  base: BoardSettings,
  next: BoardSettings,
): NonNullable<PatchBoardBody['settings']> {
  const changed: NonNullable<PatchBoardBody['settings']> = {};
  for (const key of Object.keys(next) as (keyof BoardSettings)[]) {
    if (JSON.stringify(base[key]) !== JSON.stringify(next[key])) Object.assign(changed, { [key]: next[key] });
  }
  return changed;
}

/** Batches this small, or with no wait, make it easier to guess who wrote what (DESIGN.md §2.6). */
export function weakensAnonymity(draft: SettingsDraft): boolean {
  const threshold = Number(draft.releaseThreshold.trim());
  const delayMax = Number(draft.releaseDelayMax.trim().replace(',', '.'));
  return (Number.isFinite(threshold) && threshold < 3) || (Number.isFinite(delayMax) && delayMax === 0);
}
