import { locale } from './i18n/locale.ts';
import './elements/takhojd-app.ts';

locale.syncDocument();
