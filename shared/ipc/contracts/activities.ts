import { z } from 'zod';
import {
  activitiesSchemas as s,
  buddyInput,
  buddyPair,
  coachingInput,
  coachingRecord,
  logCpdInput,
  logCpdResult,
  memberActivities,
  setDetail,
  setInput,
  setMeetingInput,
  setSummary,
  shadowingInput,
  shadowingVisit,
} from '../../domains/activities';
import { byId } from '../../domains/common';
import { command, noInput, query, type ChannelDef } from '../define';

/** Channels of the activities domain (`activities:verb`). */
export const activitiesContract = {
  'activities:listSets': query(noInput, z.array(setSummary)),
  'activities:forMember': query(s.memberInput, memberActivities),
  'activities:getSet': query(byId, setDetail),
  'activities:createSet': command(setInput, setDetail),
  'activities:updateSet': command(s.update(setInput), setDetail),
  'activities:recordSetMeeting': command(setMeetingInput, setDetail),
  'activities:listBuddies': query(noInput, z.array(buddyPair)),
  'activities:createBuddy': command(buddyInput, buddyPair),
  'activities:updateBuddy': command(s.update(buddyInput), buddyPair),
  'activities:listCoaching': query(noInput, z.array(coachingRecord)),
  'activities:createCoaching': command(coachingInput, coachingRecord),
  'activities:updateCoaching': command(s.update(coachingInput), coachingRecord),
  'activities:listVisits': query(noInput, z.array(shadowingVisit)),
  'activities:createVisit': command(shadowingInput, shadowingVisit),
  'activities:updateVisit': command(s.update(shadowingInput), shadowingVisit),
  'activities:logCpd': command(logCpdInput, logCpdResult),
} satisfies Record<string, ChannelDef>;
