import type { MeetingRow } from '../../../graph/read/types.js';
import type { ApiContext } from '../context.js';
import { pageSize } from '../pagination.js';

/** Meeting fields: the speeches citing it and those delivered at it, batched by meeting key. */
export const Meeting = {
  anonymized: (m: MeetingRow) => m.anonymized === true,
  referencedBy: (m: MeetingRow, args: { first?: number }, ctx: ApiContext) => ctx.loaders.speechesByMeeting(false, pageSize(args.first, 20)).load(m.key),
  deliveredSpeeches: (m: MeetingRow, args: { first?: number }, ctx: ApiContext) =>
    ctx.loaders.speechesByMeeting(true, pageSize(args.first, 20)).load(m.key),
};
