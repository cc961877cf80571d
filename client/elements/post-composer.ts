import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BoardPhase, type PublicBoard } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { Limits } from '../../shared/limits.ts';
import { findPersonalData, type PersonalDataKind } from '../../shared/personal-data.ts';
import { countCharacters, findTooComplexCharacter, normaliseText } from '../../shared/text.ts';
import { ApiError } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { loadDraft, saveDraft } from '../drafts.ts';
import { errorMessage } from '../error-message.ts';
import { appEvent } from '../events.ts';
import { categoryLabel } from '../labels.ts';
import { sendPost } from '../participant-actions.ts';
import { randomKey } from '../random.ts';
import { choiceStyles, fieldsetStyles } from '../styles/choice-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** Characters left at which the counter is announced; announcing every keystroke would drown the reader. */
const ANNOUNCE_AT = new Set([20, 10, 0]);
/**
 * Quiet time after the last keystroke before the personal-data check runs: long enough that the warning does not
 * flicker while a number is half typed, short enough to appear before the person reaches the send button.
 */
const PERSONAL_DATA_DEBOUNCE_MS = 600;

type ComposerProblem = 'empty' | 'too-long' | 'too-complex' | { api: ApiError };

/** Server answers about the text itself: the text area is where to fix them. */
const TEXT_ERRORS: ReadonlySet<string> = new Set([
  ErrorCode.bodyEmpty,
  ErrorCode.bodyTooLong,
  ErrorCode.characterTooComplex,
]);

/** A send that may have reached the server: resending the same text must reuse its key (see sendPost). */
interface PendingSend {
  category: string;
  body: string;
  deleteKey: string;
}

@customElement('post-composer')
export class PostComposer extends LitElement {
  static override styles = [
    sharedStyles,
    fieldsetStyles,
    choiceStyles,
    css`
      fieldset {
        margin: 0 0 var(--space-4);
      }

      .note {
        color: var(--color-text-muted);
      }

      .meta {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: var(--space-2);
        margin-top: var(--space-2);
      }

      .counter {
        margin: 0;
        color: var(--color-text-muted);
        font-variant-numeric: tabular-nums;
      }

      .counter.over {
        color: var(--color-danger);
        font-weight: var(--font-weight-bold);
      }

      .personal-data.notice {
        margin: var(--space-2) 0 0;
      }

      .personal-data ul {
        margin: var(--space-2) 0;
        padding-left: var(--space-5);
      }

      .personal-data p {
        margin: 0;
      }

      .sent {
        margin: var(--space-2) 0 0;
        color: var(--color-success);
        font-weight: var(--font-weight-bold);
      }
    `,
  ];

  @property({ attribute: false }) board: PublicBoard | undefined;

  @state() private category = '';
  @state() private text = '';
  @state() private problem: ComposerProblem | undefined;
  @state() private busy = false;
  @state() private sentMessage = false;
  /** The last post sent will wait for a moderator, so the confirmation must not promise it appears soon. */
  @state() private sentForReview = false;
  @state() private counterAnnouncement = '';
  /** What the text seems to contain; checked here in the browser, never sent anywhere. */
  @state() private personalData: readonly PersonalDataKind[] = [];

  @query('textarea') private textarea!: HTMLTextAreaElement;

  private readonly i18n = new LocaleController(this);
  private pending: PendingSend | undefined;
  private lastAnnouncedLeft: number | undefined;
  private personalDataTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPersonalDataCheck();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const categories = this.board?.categories ?? [];
    if (changed.has('board') && !categories.some((category) => category.id === this.category)) {
      this.category = categories[0]?.id ?? '';
    }
    // A draft left when the person went to another page of the app comes back, warning and all.
    const previous = changed.get('board');
    if (changed.has('board') && this.board && previous?.id !== this.board.id) {
      this.text = loadDraft(this.board.id);
      this.checkPersonalData();
    }
  }

  private cancelPersonalDataCheck(): void {
    if (this.personalDataTimer !== undefined) clearTimeout(this.personalDataTimer);
    this.personalDataTimer = undefined;
  }

  private schedulePersonalDataCheck(): void {
    this.cancelPersonalDataCheck();
    this.personalDataTimer = setTimeout(() => {
      this.personalDataTimer = undefined;
      this.checkPersonalData();
    }, PERSONAL_DATA_DEBOUNCE_MS);
  }

  private checkPersonalData(): void {
    const found = findPersonalData(this.text);
    // Same kinds, same array: no re-render, so a screen reader does not hear the warning again.
    if (found.join() !== this.personalData.join()) this.personalData = found;
  }

  private get maxLength(): number {
    return this.board?.settings.maxPostLength ?? 0;
  }

  private charactersLeft(text: string): number {
    return this.maxLength - countCharacters(normaliseText(text));
  }

  /** Said as the person types, like the count: a character the server would refuse (shared/text.ts). */
  private tooComplex(text: string): boolean {
    return findTooComplexCharacter(normaliseText(text)) !== undefined;
  }

  private onInput(event: InputEvent): void {
    if (!(event.target instanceof HTMLTextAreaElement)) return;
    this.text = event.target.value;
    if (this.board) saveDraft(this.board.id, this.text);
    this.sentMessage = false;
    this.schedulePersonalDataCheck();
    if (this.problem === 'empty' && normaliseText(this.text)) this.problem = undefined;
    if (this.problem === 'too-long' && this.charactersLeft(this.text) >= 0) this.problem = undefined;
    if (this.problem === 'too-complex' && !this.tooComplex(this.text)) this.problem = undefined;

    const left = this.charactersLeft(this.text);
    if (ANNOUNCE_AT.has(left) && left !== this.lastAnnouncedLeft) {
      this.counterAnnouncement = this.i18n.t.charactersLeft(left);
      this.lastAnnouncedLeft = left;
    } else if (!ANNOUNCE_AT.has(left)) {
      this.lastAnnouncedLeft = undefined;
    }
  }

  private onCategory(event: Event): void {
    if (event.target instanceof HTMLInputElement) this.category = event.target.value;
    if (typeof this.problem === 'object' && this.problem.api.code === ErrorCode.categoryUnknown) {
      this.problem = undefined;
    }
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const board = this.board;
    if (this.busy || !board) return;
    this.sentMessage = false;

    const body = normaliseText(this.text);
    if (!body) return this.fail('empty');
    if (countCharacters(body) > this.maxLength) return this.fail('too-long');
    if (findTooComplexCharacter(body) !== undefined) return this.fail('too-complex');

    const category = this.category;
    const same = this.pending && this.pending.body === body && this.pending.category === category;
    const pending: PendingSend =
      same && this.pending ? this.pending : { category, body, deleteKey: randomKey() };
    this.pending = pending;

    this.busy = true;
    this.problem = undefined;
    try {
      const reply = await sendPost(board.id, pending);
      this.pending = undefined;
      this.dispatchEvent(
        appEvent('post-created', {
          post: {
            id: reply.post.id,
            boardId: board.id,
            deleteKey: pending.deleteKey,
            category,
            body,
            released: false,
            review: reply.post.review,
            ...(reply.post.status === 'queued' || reply.post.status === 'held'
              ? { status: reply.post.status }
              : {}),
          },
        }),
      );
      this.text = '';
      saveDraft(board.id, '');
      this.cancelPersonalDataCheck();
      this.personalData = [];
      this.lastAnnouncedLeft = undefined;
      this.counterAnnouncement = '';
      this.sentMessage = true;
      this.sentForReview = reply.post.review;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A network failure leaves doubt about whether the post arrived, and a rate-limited send is simply to be
      // repeated: both keep the delete key, so the resend is the same post. Any other answer settles it.
      if (!error.isNetworkFailure && error.code !== ErrorCode.rateLimited) this.pending = undefined;
      this.fail({ api: error });
    } finally {
      this.busy = false;
    }
  }

  private fail(problem: ComposerProblem): void {
    this.problem = problem;
    const onText = typeof problem === 'string' || TEXT_ERRORS.has(problem.api.code);
    if (onText) this.textarea.focus();
  }

  private problemMessage(problem: ComposerProblem): string {
    const t = this.i18n.t;
    if (problem === 'empty') return t.composerEmpty;
    if (problem === 'too-long') return t.composerTooLong(-this.charactersLeft(this.text));
    if (problem === 'too-complex') return t.composerTooComplex;
    const message = errorMessage(t, problem.api);
    // Say that nothing was lost, so nobody retypes (or gives up on) a post they were told to send later.
    return problem.api.code === ErrorCode.rateLimited ? `${message} ${t.rateLimitedTextKept}` : message;
  }

  private renderPersonalData(): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    const [only, ...more] = this.personalData;
    if (only === undefined) return nothing;
    if (more.length === 0) return html`<p>${t.personalDataOne[only]}</p>`;
    return html`<p>${t.personalDataManyIntro}</p>
      <ul>
        ${this.personalData.map((kind) => html`<li>${t.personalDataNames[kind]}</li>`)}
      </ul>
      <p>${t.personalDataManyAdvice}</p>`;
  }

  private textInvalid(complex: boolean): boolean {
    const problem = this.problem;
    if (problem === undefined) return this.charactersLeft(this.text) < 0 || complex;
    return typeof problem === 'string' || TEXT_ERRORS.has(problem.api.code);
  }

  private renderClosed(phase: BoardPhase): TemplateResult {
    const t = this.i18n.t;
    const text =
      phase === BoardPhase.paused
        ? t.phasePaused
        : phase === BoardPhase.reactionsOnly
          ? t.phaseReactionsOnly
          : t.phaseClosed;
    return html`<p class="notice" data-testid="composer-closed">${text}</p>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const board = this.board;
    if (!board) return html``;
    const left = this.charactersLeft(this.text);
    const error = this.problem === undefined ? '' : this.problemMessage(this.problem);
    const complex = this.tooComplex(this.text);
    const invalid = this.textInvalid(complex);
    // Whitespace inside the counter would end up in its textContent, which tests and tools read as-is.
    // prettier-ignore
    const counter = html`<p class="counter ${left < 0 ? 'over' : ''}" id="composer-counter" data-testid="composer-counter">${t.charactersLeft(left)}</p>`;
    const describedBy = [
      'anonymity-note',
      'composer-counter',
      'composer-complex',
      'personal-data-warning',
      ...(error ? ['composer-error'] : []),
    ].join(' ');
    // Said while typing, not only on sending; empty (and `:empty`) while every character is within bounds.
    // prettier-ignore
    const complexLine = html`<p class="error complex" id="composer-complex" data-testid="composer-complex" role="status">${complex && this.problem !== 'too-complex' ? t.composerTooComplex : ''}</p>`;
    const warned = this.personalData.length > 0;
    const errorCode = typeof this.problem === 'object' ? this.problem.api.code : (this.problem ?? '');
    // Kept on one line so that an empty message is `:empty` (no gap) and its textContent has no padding.
    // prettier-ignore
    const errorLine = html`<p class="error" id="composer-error" data-testid="composer-error" data-code=${errorCode} role="alert">${error}</p>`;

    return html`
      <section class="card" aria-labelledby="composer-heading">
        <h2 id="composer-heading">${t.composerHeading}</h2>
        ${
          // Said before anyone writes: nobody should think their post vanished when it waits for a moderator.
          board.settings.preModeration
            ? html`<p class="notice" data-testid="premoderation-notice">${t.premoderationNotice}</p>`
            : nothing
        }
        ${
          board.phase !== BoardPhase.open
            ? this.renderClosed(board.phase)
            : html`<form novalidate @submit=${this.submit}>
                <fieldset>
                  <legend>${t.categoryLegend}</legend>
                  <div class="choices">
                    ${board.categories.map(
                      (category) =>
                        html`<label class="choice">
                          <input
                            type="radio"
                            name="category"
                            value=${category.id}
                            data-testid="category-${category.id}"
                            .checked=${category.id === this.category}
                            @change=${this.onCategory}
                          />
                          ${categoryLabel(t, category.id, board.categories)}
                        </label>`,
                    )}
                  </div>
                </fieldset>
                <div class="field">
                  <label for="composer-body">${t.composerLabel}</label>
                  <p class="note" id="anonymity-note">${t.anonymityNote}</p>
                  <textarea
                    id="composer-body"
                    name="body"
                    rows="4"
                    maxlength=${Limits.postRawUnitsMax}
                    data-testid="composer-body"
                    aria-describedby=${describedBy}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    .value=${live(this.text)}
                    @input=${this.onInput}
                  ></textarea>
                  <!-- A polite live region that is always there, so the warning is announced when it appears.
                       It never blocks sending: the person decides. -->
                  <div
                    id="personal-data-warning"
                    class="personal-data ${warned ? 'notice warning' : ''}"
                    role="status"
                    data-testid="personal-data-warning"
                    data-kinds=${this.personalData.join(',')}
                  >
                    ${this.renderPersonalData()}
                  </div>
                  ${complexLine}
                  <div class="meta">
                    ${counter}
                    <button
                      type="submit"
                      data-testid="composer-submit"
                      aria-disabled=${this.busy ? 'true' : 'false'}
                    >
                      ${this.busy ? t.composerBusy : t.composerSubmit}
                    </button>
                  </div>
                  ${errorLine}
                  <p class="visually-hidden" aria-live="polite">${this.counterAnnouncement}</p>
                  <p class="sent" role="status">
                    ${this.sentMessage ? (this.sentForReview ? t.composerSentReview : t.composerSent) : nothing}
                  </p>
                </div>
              </form>`
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'post-composer': PostComposer;
  }
}
