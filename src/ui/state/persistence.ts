// The browser's storage manager: whether our data is safe from eviction, and how much we use.
// Absent in some browsers and insecure contexts; every function copes with that.

export interface StorageInfo {
  /** Whether the browser promised not to evict our data; undefined when it does not say. */
  persisted: boolean | undefined;
  /** Bytes used by this site, when the browser tells. */
  usage: number | undefined;
  /** Whether persist() can be asked at all. */
  canRequest: boolean;
}

function manager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** What the browser says about this site's storage. */
export async function storageInfo(): Promise<StorageInfo> {
  const storage = manager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => undefined) : undefined,
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
  ]);
  return { persisted, usage: estimate?.usage, canRequest: typeof storage?.persist === 'function' };
}

let asked: Promise<boolean | undefined> | undefined;

/**
 * Asks the browser to keep our data even when space runs low. Chromium decides silently, Firefox
 * may ask the user, so it is asked once per page, after the user has made something worth keeping.
 */
export function requestPersistence({ again = false } = {}): Promise<boolean | undefined> {
  if (!asked || again) {
    const storage = manager();
    asked = storage?.persist
      ? storage.persist().catch(() => undefined)
      : Promise.resolve(undefined);
  }
  return asked;
}
