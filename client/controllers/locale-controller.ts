import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../../shared/board.ts';
import type { Messages } from '../i18n/sv.ts';
import { LOCALE_CHANGE, locale } from '../i18n/locale.ts';

/** Re-renders its host whenever the language changes, and hands it the current catalogue. */
export class LocaleController implements ReactiveController {
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get t(): Messages {
    return locale.messages;
  }

  get language(): Language {
    return locale.language;
  }

  hostConnected(): void {
    locale.addEventListener(LOCALE_CHANGE, this.onChange);
  }

  hostDisconnected(): void {
    locale.removeEventListener(LOCALE_CHANGE, this.onChange);
  }
}
