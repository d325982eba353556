import { addDays } from '../../../../shared/dates';
import type { JourneyKind, Level, Stage } from '../../../../shared/domains/registration';
import { emptyJourneyDetails } from '../../../../shared/domains/registration';
import { nowIso, todayOf, type AppContext } from '../../context';
import { recordCpd, type CpdEntryDraft } from './cpd-api';
import { createRegistrationRepo } from './repo';

/** The same month and day `years` earlier (29 February becomes 28 February). */
const yearsBefore = (iso: string, years: number) => {
  const y = Number(iso.slice(0, 4)) - years;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${y}-${md}`;
};

/** Adds this domain's part of the sample team's story. `people` maps sample keys (see sample/team.ts) to member ids. */
export function seedRegistrationSample(ctx: AppContext, people: Map<string, number>): void {
  const repo = createRegistrationRepo(ctx.db);
  const today = todayOf(ctx);
  const now = nowIso(ctx);
  const day = (offset: number) => addDays(today, offset);

  const journey = (
    memberId: number,
    level: Level,
    kind: JourneyKind,
    stages: [Stage, number][],
    details: Partial<typeof emptyJourneyDetails> = {},
  ): number => {
    const [first] = stages;
    if (!first) throw new Error('a sample journey needs a stage');
    const id = repo.insertJourney(
      { ...emptyJourneyDetails, ...details, memberId, level, kind, stage: first[0], startedOn: day(first[1]) },
      now,
    );
    for (const [stage, offset] of stages) {
      repo.insertEvent(id, stage, day(offset), '', now);
      repo.setStage(id, stage, day(offset), now);
    }
    return id;
  };
  const cpd = (memberId: number, entries: Omit<CpdEntryDraft, 'memberId' | 'source'>[]) => {
    for (const e of entries) recordCpd(ctx.db, { ...e, memberId, source: null }, now, today);
  };

  const candidate = people.get('chartership-candidate');
  if (candidate !== undefined) {
    // Last movement about 20 weeks ago, so the journey shows as stalled on any date.
    const id = journey(
      candidate,
      'chartership',
      'registration',
      [['joined', -560], ['enrolled', -480], ['mentor_agreed', -420], ['initial_pksb', -380], ['gathering_evidence', -140]],
      {
        mentorName: 'Morwenna Tregarthen',
        mentorContact: 'mentor.tregarthen@example.org',
        supportOfficer: 'Regional candidate support officer',
        regionalNetwork: 'South West member network',
        plannedSubmissionOn: day(120),
        mentorOnRegister: true,
      },
    );
    repo.insertEvidence(
      { journeyId: id, title: 'Induction workshop for new students: plan and feedback', datedOn: day(-300), location: 'Portfolio/induction-feedback.docx', criteria: ['personal', 'organisational'] },
      day(-290),
      now,
    );
    repo.insertEvidence(
      { journeyId: id, title: 'Notes from a regional network study day', datedOn: day(-200), location: '', criteria: ['wider'] },
      day(-190),
      now,
    );
    cpd(candidate, [
      { date: day(-210), activityType: 'course', hours: 3, reflection: 'Cataloguing refresher; changed how I check records.', sections: ['1'], title: 'Cataloguing refresher course' },
      { date: day(-160), activityType: 'reading', hours: 1.5, reflection: 'Read about evaluation of information literacy sessions.', sections: ['8'], title: 'Reading on evaluating teaching' },
    ]);
  }

  const clinical = people.get('clinical-librarian');
  if (clinical !== undefined) {
    // Anniversary in 20 days, 12.5 hours logged: short of the 20 needed.
    repo.upsertRegistration(
      { memberId: clinical, level: 'chartership', registeredOn: yearsBefore(day(20), 5), lastRevalidatedOn: yearsBefore(day(20), 1) },
      now,
    );
    cpd(clinical, [
      { date: day(-300), activityType: 'conference', hours: 6, reflection: 'Health libraries conference: searching for evidence reviews.', sections: ['4', 'WS'], title: 'Health libraries conference' },
      { date: day(-150), activityType: 'online', hours: 2.5, reflection: 'Webinar on critical appraisal tools.', sections: ['4'], title: 'Critical appraisal webinar' },
      { date: day(-40), activityType: 'shadowing_visit', hours: 4, reflection: 'Visited a hospital library knowledge service team.', sections: ['2', '11'], title: 'Shadowing visit to a knowledge service' },
    ]);
  }

  const outreach = people.get('outreach-librarian');
  if (outreach !== undefined) {
    repo.upsertRegistration(
      { memberId: outreach, level: 'chartership', registeredOn: yearsBefore(day(75), 3), lastRevalidatedOn: yearsBefore(day(75), 1) },
      now,
    );
    cpd(outreach, [
      { date: day(-250), activityType: 'action_learning_set', hours: 3, reflection: 'Set discussed engaging hard-to-reach groups.', sections: ['11'], title: 'Action learning set' },
      { date: day(-90), activityType: 'reading', hours: 2, reflection: 'Reading on family learning in libraries.', sections: ['8'], title: 'Reading on family learning' },
      { date: day(-20), activityType: 'coaching', hours: 1.5, reflection: 'Coaching session on planning an outreach programme.', sections: ['10'], title: 'Coaching session' },
    ]);
  }

  const manager = people.get('service-manager');
  if (manager !== undefined) {
    repo.upsertRegistration(
      { memberId: manager, level: 'chartership', registeredOn: yearsBefore(day(200), 9), lastRevalidatedOn: yearsBefore(day(200), 1) },
      now,
    );
    // A Fellowship candidate putting the portfolio together: both letters of support are in.
    const id = journey(
      manager,
      'fellowship',
      'registration',
      [['enrolled', -300], ['mentor_agreed', -270], ['initial_pksb', -250], ['gathering_evidence', -200], ['portfolio_assembly', -21]],
      { mentorName: 'Dr Catrin Owain', mentorContact: 'c.owain@example.org', mentorOnRegister: true, plannedSubmissionOn: day(60) },
    );
    repo.insertEvidence(
      { journeyId: id, title: 'Service review and the new knowledge service strategy', datedOn: day(-240), location: 'Portfolio/strategy.pdf', criteria: ['organisational', 'personal'] },
      day(-230),
      now,
    );
    repo.insertEvidence(
      { journeyId: id, title: 'Regional network chair: programme of study days', datedOn: day(-120), location: '', criteria: ['wider'] },
      day(-110),
      now,
    );
    repo.savePortfolioItem(id, 'pksb_initial', day(-250), '');
    repo.savePortfolioItem(id, 'annotated_cv', day(-60), '');
    repo.savePortfolioItem(id, 'letter_of_support_mentor', day(-14), 'Dr Catrin Owain (mentor)');
    repo.savePortfolioItem(id, 'letter_of_support_second', day(-10), 'Director of Library and Knowledge Services, neighbouring trust');
  }

  const trainee = people.get('graduate-trainee');
  if (trainee !== undefined) {
    journey(trainee, 'certification', 'registration', [['joined', -30], ['enrolled', -10]], {
      supportOfficer: 'Regional candidate support officer',
    });
  }
}
