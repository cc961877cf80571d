import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Language } from '../../shared/board.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { locale } from '../i18n/locale.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** Each language is named in itself, so someone who cannot read the current one still finds theirs. */
const ENDONYMS: Record<Language, string> = { sv: 'Svenska', en: 'English' };

@customElement('lang-switch')
export class LangSwitch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);

  private get other(): Language {
    return this.i18n.language === Language.sv ? Language.en : Language.sv;
  }

  private switchLanguage(): void {
    locale.choose(this.other);
  }

  protected override render(): TemplateResult {
    const other = this.other;
    return html`<button
      class="secondary"
      type="button"
      data-testid="lang-switch"
      lang=${other}
      title=${this.i18n.t.languageSwitchHint}
      @click=${this.switchLanguage}
    >
      ${ENDONYMS[other]}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lang-switch': LangSwitch;
  }
}
