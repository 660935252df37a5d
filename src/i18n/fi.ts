import { fiStart } from './fi-start';
import { fiViews } from './fi-views';

// The whole Finnish catalogue: the source of every key. The app never imports it (only its types);
// it loads the parts, fi-start.ts at start-up and fi-views.ts with the views (src/i18n/index.ts).
export const fi = { ...fiStart, ...fiViews } as const;

export type MessageKey = keyof typeof fi;
export type Messages = Record<MessageKey, string>;
