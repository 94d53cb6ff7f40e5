import type { Reader } from './readRows.js';
import type { MeetingRow, Page, SpeechRow } from './types.js';

/** Reads of meetings; batch functions take many keys and make one query. */
export interface MeetingReads {
  /** Up to `limit` meetings, most referenced first, after the keyset position `after` ([references, key]; null: from the start). */
  meetingsPage(level: string | null, after: readonly [number, string] | null, limit: number): Promise<Page<MeetingRow>>;
  meetingsByKeys(keys: readonly string[]): Promise<MeetingRow[]>;
  venuesBySpeech(ids: readonly string[]): Promise<Map<string, MeetingRow>>;
  speechesByMeeting(keys: readonly string[], delivered: boolean, limit: number): Promise<Map<string, SpeechRow[]>>;
}

/** The meeting reads over a reader. */
export function meetingReads({ q, rows, page, int }: Reader): MeetingReads {
  return {
    meetingsPage: (level, after, limit) =>
      page(q.meetingsPage, { level, afterCount: after === null ? null : int(after[0]), afterKey: after === null ? null : after[1], limit: int(limit) }),
    meetingsByKeys: async (keys) => (await rows(q.meetingsByKeys, { keys })).map((r) => r.meeting as MeetingRow),
    venuesBySpeech: async (ids) => new Map((await rows(q.venuesBySpeech, { ids })).map((r) => [String(r.speechId), r.meeting as MeetingRow])),
    speechesByMeeting: async (keys, delivered, limit) =>
      new Map((await rows(q.speechesByMeeting, { keys, delivered, limit: int(limit) })).map((r) => [String(r.key), r.speeches as SpeechRow[]])),
  };
}
