import { AdminLevel, Genre, MentionKind } from '../../../app/views/storedEnums.js';
import { totalCountResolver } from '../pagination.js';
import { JSONScalar } from './jsonScalar.js';
import { Meeting } from './meetingResolvers.js';
import { Mutation } from './mutationResolvers.js';
import { Place, PlaceQuery } from './placeResolvers.js';
import { Query, SearchHit } from './queryResolvers.js';
import { Slogan, SloganPair } from './sloganResolvers.js';
import { MeetingCount, MentionSnippet, Speech } from './speechResolvers.js';
import { SloganTime, TimeQuery, TimeTypes } from './timeResolvers.js';

/** The resolver map for schema.graphql. */
export const resolvers = {
  JSON: JSONScalar,
  AdminLevel,
  Genre,
  MentionKind,
  Query: { ...Query, ...PlaceQuery, ...TimeQuery },
  Mutation,
  Speech,
  MentionSnippet,
  MeetingCount,
  Slogan: { ...Slogan, ...SloganTime },
  SloganPair,
  Meeting,
  SearchHit,
  Place,
  SpeechConnection: { totalCount: totalCountResolver },
  SloganConnection: { totalCount: totalCountResolver },
  MeetingConnection: { totalCount: totalCountResolver },
  PlaceConnection: { totalCount: totalCountResolver },
  ...TimeTypes,
};
