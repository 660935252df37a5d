import { expect } from '@open-wc/testing';
import { openAppDb } from '../../src/storage/db';
import { StorageError, guarded, toStorageError } from '../../src/storage/errors';
import { storageMessage } from '../../src/ui/messages/storage-message';

describe('storage errors: codes and sentences', () => {
  it('maps a real QuotaExceededError to "quota" and a sentence that says the storage is full', async () => {
    let caught: unknown;
    try {
      await guarded(() => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')));
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(StorageError);
    expect((caught as StorageError).code).to.equal('quota');
    expect(storageMessage(caught)).to.equal(
      'Tallennus epäonnistui: Selaimen tallennustila on täynnä.',
    );
  });

  it('maps the errors of unavailable storage and of an older page on a newer database', () => {
    for (const name of ['InvalidStateError', 'SecurityError', 'UnknownError']) {
      expect(toStorageError(new DOMException('x', name)).code, name).to.equal('unavailable');
    }
    expect(toStorageError(new DOMException('x', 'VersionError')).code).to.equal('outdated');
    expect(toStorageError(new Error('odd')).code).to.equal('unknown');
  });

  it('has a sentence for every code, none of them empty or raw', () => {
    const codes = ['quota', 'unavailable', 'blocked', 'stale', 'notFound', 'outdated'] as const;
    const sentences = codes.map((code) => storageMessage(new StorageError(code, 'raw detail')));
    for (const sentence of sentences) expect(sentence).to.not.contain('raw detail');
    expect(new Set(sentences).size).to.equal(codes.length);
    expect(storageMessage(new StorageError('unavailable', ''))).to.contain('yksityisessä');
    expect(storageMessage(new StorageError('blocked', ''))).to.contain('Sulje muut välilehdet');
  });

  it('reports a browser without IndexedDB as unavailable, in words', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    let caught: unknown;
    try {
      await openAppDb({ name: 'test-no-indexeddb' });
    } catch (error) {
      caught = error;
    } finally {
      if (own) Object.defineProperty(window, 'indexedDB', own);
      else delete (window as { indexedDB?: IDBFactory }).indexedDB;
    }
    expect((caught as StorageError).code).to.equal('unavailable');
    expect(storageMessage(caught)).to.contain('Tietoja ei voi tallentaa.');
    expect(typeof indexedDB.open).to.equal('function');
  });
});
