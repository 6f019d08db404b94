import { emptyAttempt, readAttempt, type AttemptRecord } from './attempt.js';
import type { Tracker } from './tracker.js';

/** The storage format's version; it is part of the key, `lessonkit:v1:<scope>`. */
export const ATTEMPT_STORAGE_VERSION = 1;

/** Turns the stored data of version N into the data of version N + 1. */
export type Migration = (data: unknown) => unknown;

/**
 * Upgrades for older stored data, by the version they upgrade from. Version 1
 * is the first format, so there are none yet; when the format changes, the
 * version goes up and the upgrade from the old one is added here.
 */
export const attemptMigrations: Readonly<Record<number, Migration>> = {};

export interface LocalTrackerOptions {
  /** Defaults to `window.localStorage`; reading it may throw in a sandboxed frame. */
  storage?: Storage;
  version?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

const warn = (message: string): void => console.warn(`[lessonkit] LocalTracker: ${message}`);

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Saves the attempt in localStorage under a versioned key, on every answer.
 *
 * It never throws at the page: when storage is blocked or full it warns and
 * keeps the attempt in memory for this visit; when the stored data is not
 * readable it warns, keeps a copy under `<key>:corrupt` and starts afresh;
 * data saved by an older version is migrated and moved to the current key.
 */
export class LocalTracker implements Tracker {
  readonly key: string;
  /** The last storage failure, if any; the attempt is still kept in memory. */
  lastError: unknown = null;
  #memory: AttemptRecord = emptyAttempt();
  readonly #storage: Storage | undefined;
  readonly #version: number;
  readonly #migrations: Readonly<Record<number, Migration>>;

  constructor(
    readonly scope: string,
    options: LocalTrackerOptions = {},
  ) {
    if (!scope) throw new TypeError('LocalTracker needs a scope, such as the lesson id.');
    this.#version = options.version ?? ATTEMPT_STORAGE_VERSION;
    this.#migrations = options.migrations ?? attemptMigrations;
    this.#storage = options.storage ?? defaultStorage();
    this.key = this.#keyFor(this.#version);
    if (!this.#storage) warn('localStorage is not available here; this visit’s answers are kept in memory only.');
  }

  #keyFor(version: number): string {
    return `lessonkit:v${version}:${this.scope}`;
  }

  load(): Promise<AttemptRecord> {
    return Promise.resolve(this.#load());
  }

  save(record: AttemptRecord): Promise<void> {
    this.#memory = record;
    if (this.#storage) {
      try {
        // Another tab of the same lesson may have saved answers this one has not seen:
        // keep them (this tab's own answers win for the items both have).
        const merged = this.#mergeStored(this.#storage, record);
        this.#storage.setItem(this.key, JSON.stringify(merged));
        this.lastError = null;
      } catch (error) {
        this.lastError = error;
        warn(`could not save to "${this.key}" (${String(error)}); the answers are kept in memory for this visit.`);
      }
    }
    return Promise.resolve();
  }

  #mergeStored(storage: Storage, record: AttemptRecord): AttemptRecord {
    let stored: AttemptRecord | undefined;
    try {
      const raw = storage.getItem(this.key);
      stored = raw === null ? undefined : readAttempt(JSON.parse(raw))?.record;
    } catch {
      stored = undefined;
    }
    if (!stored) return record;
    const missing = Object.keys(stored.items).filter((id) => !(id in record.items));
    if (missing.length === 0) return record;
    const items = { ...record.items };
    for (const id of missing) items[id] = stored.items[id] as (typeof items)[string];
    return { ...record, items };
  }

  #load(): AttemptRecord {
    const storage = this.#storage;
    if (!storage) return this.#memory;
    let raw: string | null;
    try {
      raw = storage.getItem(this.key);
    } catch (error) {
      this.lastError = error;
      warn(`could not read "${this.key}" (${String(error)}).`);
      return this.#memory;
    }
    if (raw === null) return (this.#memory = this.#loadOlder(storage) ?? this.#memory);
    return (this.#memory = this.#parse(storage, this.key, raw, this.#version) ?? emptyAttempt());
  }

  /** Looks for data under an older version's key, newest first, and migrates it. */
  #loadOlder(storage: Storage): AttemptRecord | null {
    for (let version = this.#version - 1; version >= 1; version -= 1) {
      const oldKey = this.#keyFor(version);
      const raw = storage.getItem(oldKey);
      if (raw === null) continue;
      const record = this.#parse(storage, oldKey, raw, version);
      if (!record) return null;
      try {
        storage.setItem(this.key, JSON.stringify(record));
        storage.removeItem(oldKey);
      } catch (error) {
        warn(`migrated "${oldKey}" but could not store it as "${this.key}" (${String(error)}); the old data is kept.`);
      }
      return record;
    }
    return null;
  }

  #parse(storage: Storage, key: string, raw: string, version: number): AttemptRecord | null {
    let data: unknown;
    try {
      data = JSON.parse(raw);
      for (let from = version; from < this.#version; from += 1) {
        const migrate = this.#migrations[from];
        if (!migrate) throw new Error(`no migration from version ${from} to ${from + 1}`);
        data = migrate(data);
      }
    } catch (error) {
      this.#setAside(storage, key, raw, String(error));
      return null;
    }
    const read = readAttempt(data);
    if (!read) {
      this.#setAside(storage, key, raw, 'it is not an attempt record');
      return null;
    }
    if (read.dropped.length > 0) {
      warn(`ignored unreadable saved state for item(s) ${read.dropped.join(', ')} in "${key}".`);
    }
    return read.record;
  }

  /** Keeps unreadable data under `<key>:corrupt`, so nothing is thrown away, and starts afresh. */
  #setAside(storage: Storage, key: string, raw: string, why: string): void {
    const copy = `${key}:corrupt`;
    try {
      storage.setItem(copy, raw);
      storage.removeItem(key);
      warn(
        `saved data in "${key}" could not be read (${why}); it was kept as "${copy}" and the attempt starts afresh.`,
      );
    } catch {
      warn(`saved data in "${key}" could not be read (${why}); the attempt starts afresh.`);
    }
  }
}
