import { appDb } from '../../storage/connection';

// Imported first by main.ts, so the database starts opening (on a first visit, being created)
// while the rest of the app's modules evaluate and the shell renders, rather than after. On a cold
// load this took 50–140 ms, most of the start page's time beyond the lit-only floor page's.
// A failure here is shown by the view that asks for the database next (appDb() tries again).
appDb().catch(() => undefined);
