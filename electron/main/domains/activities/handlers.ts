import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';
import { logActivityCpd } from './cpd';
import { createActivitiesService } from './service';

export function activitiesModule(ctx: AppContext): DomainModule {
  const s = createActivitiesService(ctx);
  return {
    domain: 'activities',
    handlers: {
      'activities:listSets': () => s.listSets(),
      'activities:forMember': ({ memberId }) => s.forMember(memberId),
      'activities:getSet': ({ id }) => s.getSet(id),
      'activities:createSet': (input) => s.createSet(input),
      'activities:updateSet': ({ id, changes }) => s.updateSet(id, changes),
      'activities:deleteSet': ({ id }) => s.deleteSet(id),
      'activities:recordSetMeeting': (input) => s.recordSetMeeting(input),
      'activities:updateSetMeeting': ({ id, changes }) => s.updateSetMeeting(id, changes),
      'activities:deleteSetMeeting': ({ id }) => s.deleteSetMeeting(id),
      'activities:listBuddies': () => s.listBuddies(),
      'activities:createBuddy': (input) => s.createBuddy(input),
      'activities:updateBuddy': ({ id, changes }) => s.updateBuddy(id, changes),
      'activities:deleteBuddy': ({ id }) => s.deleteBuddy(id),
      'activities:restoreBuddy': (input) => s.restoreBuddy(input),
      'activities:listCoaching': () => s.listCoaching(),
      'activities:createCoaching': (input) => s.createCoaching(input),
      'activities:updateCoaching': ({ id, changes }) => s.updateCoaching(id, changes),
      'activities:deleteCoaching': ({ id }) => s.deleteCoaching(id),
      'activities:restoreCoaching': (input) => s.restoreCoaching(input),
      'activities:listVisits': () => s.listVisits(),
      'activities:createVisit': (input) => s.createVisit(input),
      'activities:updateVisit': ({ id, changes }) => s.updateVisit(id, changes),
      'activities:deleteVisit': ({ id }) => s.deleteVisit(id),
      'activities:restoreVisit': (input) => s.restoreVisit(input),
      'activities:logCpd': (input) => logActivityCpd(ctx, s, input),
    },
  };
}
