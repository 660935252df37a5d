import { t } from '../../i18n';
import { StorageError } from '../../storage/errors';

/** A storage failure as a sentence in the user's language. */
export function storageMessage(error: unknown): string {
  if (error instanceof StorageError) {
    if (error.code === 'unavailable') return t('app.storageUnavailable');
    if (error.code === 'quota') return t('save.failed', { reason: t('save.quota') });
    if (error.code === 'notFound') return t('assessment.notFound');
    if (error.code === 'outdated') return t('storage.outdated');
    if (error.code === 'blocked') return t('storage.blocked');
    if (error.code === 'stale') return t('save.failed', { reason: t('storage.stale') });
  }
  return t('save.failed', { reason: error instanceof Error ? error.message : t('save.unknown') });
}
