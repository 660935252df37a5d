// A marker in localStorage that this browser has had the app's database: until it is set, a start
// does not ask the browser whether the database exists before its first render (open-database.ts).

/** The marker's localStorage key. */
export const STORED_KEY = 'jy.stored';

/** Whether the database may exist: the marker is there, or localStorage cannot say. */
export function mayHaveDatabase(): boolean {
  try {
    return localStorage.getItem(STORED_KEY) !== null;
  } catch {
    return true;
  }
}

/** Sets the marker, once the database exists. */
export function rememberDatabase(): void {
  try {
    localStorage.setItem(STORED_KEY, '1');
  } catch {
    // Without localStorage every start asks the browser, as before the marker.
  }
}
