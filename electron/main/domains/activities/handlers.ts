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
      'activities:recordSetMeeting': (input) => s.recordSetMeeting(input),
      'activities:listBuddies': () => s.listBuddies(),
      'activities:createBuddy': (input) => s.createBuddy(input),
      'activities:updateBuddy': ({ id, changes }) => s.updateBuddy(id, changes),
      'activities:listCoaching': () => s.listCoaching(),
      'activities:createCoaching': (input) => s.createCoaching(input),
      'activities:updateCoaching': ({ id, changes }) => s.updateCoaching(id, changes),
      'activities:listVisits': () => s.listVisits(),
      'activities:createVisit': (input) => s.createVisit(input),
      'activities:updateVisit': ({ id, changes }) => s.updateVisit(id, changes),
      'activities:logCpd': (input) => logActivityCpd(ctx, s, input),
    },
  };
}
