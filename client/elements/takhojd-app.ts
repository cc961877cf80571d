import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { LOCATION_CHANGE, navigate, parseRoute, routableLink, type Route } from '../router.ts';
import { SecretRole } from '../storage/tokens.ts';
import './board-page.ts';
import './host-page.ts';
import './landing-page.ts';
import './lang-switch.ts';
import './moderation-page.ts';
import './not-found-page.ts';
import './present-page.ts';
import './site-footer.ts';
import './accessibility-page.ts';
import './what-is-stored-page.ts';

/**
 * The page shell: skip link, banner, main landmark and footer around whichever page the address names.
 * Navigation inside the app uses the History API, so a board keeps its socket only while it is on screen.
 */
@customElement('takhojd-app')
export class TakhojdApp extends LitElement {
  /**
   * The shell renders into the page itself, not a shadow root: the skip link's `#main` target and the landmarks
   * then live in the document, where browsers and assistive technology expect them. Its styles are in shell.css.
   */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocaleController(this);

  @state() private route: Route = parseRoute(location.pathname);

  @query('main') private main!: HTMLElement;

  private readonly onLocationChange = (): void => {
    this.route = parseRoute(location.pathname);
  };

  private readonly onDocumentClick = (event: MouseEvent): void => {
    const url = routableLink(event);
    if (!url) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  };

  private readonly onNavigateRequest = (event: HTMLElementEventMap['takhojd-navigate']): void => {
    navigate(event.detail.path);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener(LOCATION_CHANGE, this.onLocationChange);
    document.addEventListener('click', this.onDocumentClick);
    this.addEventListener('takhojd-navigate', this.onNavigateRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener(LOCATION_CHANGE, this.onLocationChange);
    document.removeEventListener('click', this.onDocumentClick);
    this.removeEventListener('takhojd-navigate', this.onNavigateRequest);
  }

  protected override updated(changed: PropertyValues): void {
    // On the first render the browser's own focus handling is right; after an in-app navigation it is not.
    if (changed.has('route') && changed.get('route') !== undefined) {
      window.scrollTo(0, 0);
      this.main.focus({ preventScroll: true });
    }
  }

  private skipToMain(event: Event): void {
    // Focus rather than fragment navigation, which would leave "#main" in the address (and secret links use it).
    event.preventDefault();
    this.main.focus();
    this.main.scrollIntoView();
  }

  private renderPage(): TemplateResult {
    const route = this.route;
    switch (route.name) {
      case 'landing':
        return html`<landing-page></landing-page>`;
      case 'board':
        // A new element per board, so its socket and state never carry over to another board.
        return html`${keyed(route.boardId, html`<board-page .boardId=${route.boardId}></board-page>`)}`;
      case 'secret':
        if (route.role === SecretRole.moderate) {
          return html`${keyed(
            `${route.boardId}/${route.role}`,
            html`<moderation-page .boardId=${route.boardId}></moderation-page>`,
          )}`;
        }
        if (route.role === SecretRole.present) {
          return html`${keyed(
            `${route.boardId}/${route.role}`,
            html`<present-page .boardId=${route.boardId}></present-page>`,
          )}`;
        }
        return html`${keyed(
          `${route.boardId}/${route.role}`,
          html`<host-page .boardId=${route.boardId}></host-page>`,
        )}`;
      case 'what-is-stored':
        return html`<what-is-stored-page></what-is-stored-page>`;
      case 'accessibility':
        return html`<accessibility-page></accessibility-page>`;
      case 'not-found':
        return html`<not-found-page></not-found-page>`;
    }
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    if (this.route.name === 'secret' && this.route.role === SecretRole.present) {
      // The big screen is all board: no banner or footer to take its height (the page has its own language switch).
      return html`<main id="main" class="projector-main" tabindex="-1">${this.renderPage()}</main>`;
    }
    return html`
      <header class="site-header">
        <a class="skip-link" href="#main" @click=${this.skipToMain}>${t.skipToContent}</a>
        <div class="bar">
          <a class="brand" href="/" aria-label=${t.homeLink}>${t.appName}</a>
          <lang-switch></lang-switch>
        </div>
      </header>
      <main id="main" tabindex="-1">${this.renderPage()}</main>
      <site-footer></site-footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takhojd-app': TakhojdApp;
  }
}
