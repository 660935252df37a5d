import type { Messages } from './fi';
import { enStart } from './en-start';
import { enViews } from './en-views';

/** The whole English catalogue; the app loads its two parts separately. */
export const en: Messages = { ...enStart, ...enViews };
