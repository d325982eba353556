import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import { logActivityCpd } from '../../../electron/main/domains/activities/cpd';
import { createActivitiesService } from '../../../electron/main/domains/activities/service';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/**
 * The kinds of activity that can be logged as CPD are a closed union (ACTIVITY_KINDS): a kind the
 * function does not know is refused, never taken for a shadowing visit (issue #21).
 */
describe('logging an activity as CPD', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  it('refuses an unknown kind instead of logging the shadowing visit with the same id', async () => {
    const [visit] = await t.call('activities:listVisits', {});
    const before = await t.call('registration:cpdList', { memberId: visit!.memberId });
    const s = createActivitiesService(t.app.ctx);
    let error: unknown;
    try {
      logActivityCpd(t.app.ctx, s, { kind: 'webinar' as never, id: visit!.id, sections: [], hours: null, date: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'kind' });
    expect(await t.call('registration:cpdList', { memberId: visit!.memberId })).toEqual(before);
  });
});
