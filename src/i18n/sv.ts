import type { Messages } from './fi';
import { svStart } from './sv-start';
import { svViews } from './sv-views';

/** The whole Swedish catalogue; the app loads its two parts separately. */
export const sv: Messages = { ...svStart, ...svViews };
