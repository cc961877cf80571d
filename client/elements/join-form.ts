import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ErrorCode } from '../../shared/errors.ts';
import { isJoinCode, normaliseJoinCode } from '../../shared/ids.ts';
import { WorkPurpose, workSubject } from '../../shared/work.ts';
import { ApiError, lookUpJoinCode } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import type { Messages } from '../i18n/sv.ts';
import { boardPath } from '../router.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import { withWork } from '../work/with-work.ts';

type JoinProblem = 'empty' | 'format' | { api: ApiError };

@customElement('join-form')
export class JoinForm extends LitElement {
  static override styles = [sharedStyles];

  private readonly i18n = new LocaleController(this);

  @state() private problem: JoinProblem | undefined;
  @state() private busy = false;

  @query('input') private input!: HTMLInputElement;

  private message(t: Messages, problem: JoinProblem): string {
    if (problem === 'empty') return t.joinErrorEmpty;
    if (problem === 'format') return t.joinErrorFormat;
    return t.errors[problem.api.code];
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const code = normaliseJoinCode(this.input.value);
    if (!code) return this.fail('empty');
    if (!isJoinCode(code)) return this.fail('format');

    this.busy = true;
    this.problem = undefined;
    try {
      const { boardId } = await withWork(workSubject(WorkPurpose.join, code), (proof) =>
        lookUpJoinCode(code, proof),
      );
      this.dispatchEvent(appEvent('takhojd-navigate', { path: boardPath(boardId) }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.fail({ api: error.status === 404 ? new ApiError(404, ErrorCode.joinCodeNotFound, '') : error });
    } finally {
      this.busy = false;
    }
  }

  private fail(problem: JoinProblem): void {
    this.problem = problem;
    this.input.focus();
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const error = this.problem === undefined ? '' : this.message(t, this.problem);
    return html`
      <section class="card" aria-labelledby="join-heading">
        <h2 id="join-heading">${t.joinHeading}</h2>
        <form novalidate @submit=${this.submit}>
          <div class="field">
            <label for="join-code">${t.joinCodeLabel}</label>
            <p class="hint" id="join-code-hint">${t.joinCodeHint}</p>
            <input
              id="join-code"
              type="text"
              name="code"
              data-testid="join-code-input"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'join-code-hint join-code-error' : 'join-code-hint'}
            />
            <p class="error" id="join-code-error" role="alert">${error}</p>
          </div>
          <button type="submit" data-testid="join-submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t.joinBusy : t.joinSubmit}
          </button>
        </form>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'join-form': JoinForm;
  }
}
