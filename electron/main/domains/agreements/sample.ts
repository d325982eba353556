import { addDays } from '../../../../shared/dates';
import type { AgreementContent } from '../../../../shared/domains/agreements';
import { todayOf, type AppContext } from '../../context';
import { createTeamRepo } from '../team/repo';
import { createRunningService } from './running';
import { createAgreementsService } from './service';

const OTJ = [
  ['Provider workshop: cataloguing with RDA', 'Catalogue new stock to the standard'],
  ['Shadowing the enquiry desk', 'Answer reader enquiries confidently'],
  ['Online module: information governance', 'Handle personal data correctly'],
  ['Project time: local studies display', 'Plan and deliver a display'],
] as const;

/** Adds this domain's part of the sample team's story. `people` maps sample keys (see sample/team.ts) to member ids. */
export function seedAgreementsSample(ctx: AppContext, people: Map<string, number>): void {
  const agreements = createAgreementsService(ctx);
  const running = createRunningService(ctx, agreements);
  const team = createTeamRepo(ctx.db);
  const today = todayOf(ctx);
  const apprenticeId = people.get('apprentice');
  const graduateId = people.get('graduate-trainee');

  if (apprenticeId !== undefined) {
    const start = team.get(apprenticeId)?.startDate ?? addDays(today, -146);
    const created = agreements.create(apprenticeId, 'apprenticeship', start, addDays(start, 547));
    const v1 = created.versions[0];
    if (!v1) return;
    const content: AgreementContent = {
      ...v1.content,
      placeOfWork: 'Central Library, with one day a fortnight at Riverside Health Library.',
      training:
        'Day-release workshops with the training provider; on-the-job coaching on the enquiry desk, cataloguing and stock management; shadowing the systems librarian.',
      outcomes:
        'Answer enquiries unaided by month 4; catalogue new stock to the standard by month 8; plan and deliver a display; portfolio ready for end-point assessment.',
      // Eleven weeks keeps reviews comfortably inside the 12-week rule.
      reviewEveryWeeks: 11,
      projects: 'Local studies display for the library anniversary.',
      contacts: [
        { role: 'training_provider', name: 'Jo Marsh', organisation: 'Northfield College', email: 'jo.marsh@northfield.example.ac.uk', visits: 'Three-way progress review every 11 weeks.' },
        { role: 'end_point_assessor', name: '', organisation: 'To be chosen', email: '', visits: 'End-point assessment in the final quarter.' },
      ],
      traineeHopes: 'To work in libraries for good, and to move on to a degree apprenticeship later.',
      studyTime: 'Six hours a week of off-the-job training in paid hours: Tuesday afternoons for study, plus the provider workshop days.',
      supervisorTime: 'The line manager supervises: a 30-minute check-in each week and an hour at each progress review.',
      // Started after 1 August 2025, so the minimum is the one set for the standard. The figure is illustrative sample data.
      apprenticeshipStandard: 'Library, information and archive services assistant (level 3)',
      otjMinimumHours: 420,
      gatewayDate: addDays(start, 486),
      aims: {
        skills: 'Answer enquiries using the catalogue and databases\nCatalogue new stock to the standard',
        knowledge: 'How information is organised and retrieved\nData protection and copyright basics',
        behaviours: 'Customer focus\nTaking responsibility for own learning',
      },
    };
    agreements.updateDraft(v1.id, content);
    agreements.markReady(v1.id);
    for (const role of ['trainee', 'manager', 'provider'] as const) {
      const names = { trainee: created.memberName, manager: team.get(apprenticeId)?.lineManagerName ?? 'Line manager', provider: 'Jo Marsh' };
      agreements.sign(v1.id, role, names[role], addDays(start, 3));
    }
    // Six hours most weeks, but none in the month before last (the provider's summer break ran on):
    // behind the pacing, and the dashboard asks about the empty month.
    const weeks = Math.floor((Date.parse(today) - Date.parse(start)) / (7 * 86_400_000));
    const emptyMonth = addDays(today, -60).slice(0, 7);
    for (let w = 0; w < weeks; w += 1) {
      const [activity, outcome] = OTJ[w % OTJ.length] ?? OTJ[0];
      const date = addDays(start, w * 7 + 1);
      if (date.slice(0, 7) !== emptyMonth) running.addOtj({ agreementId: created.id, date, hours: 6, activity, outcome });
    }
    const [firstReview] = agreements.repo.reviews(created.id);
    if (firstReview) {
      const held = firstReview.due_on;
      running.recordReview(firstReview.id, held, 'Settled in well; enquiry desk confidence growing. Agreed to book the cataloguing workshop.');
      for (const role of ['trainee', 'manager', 'provider'] as const) running.signReview(firstReview.id, role, held);
    }
    running.addLog({ agreementId: created.id, date: addDays(today, -6), did: 'Covered the enquiry desk alone for an hour.', learned: 'How to do a reference interview.', next: 'Try the health databases.' });
    running.addLog({ agreementId: created.id, date: addDays(today, -2), did: 'Catalogued 20 new picture books.', learned: 'Series statements.', next: 'Ask about authority records.' });
    running.addVisit({ agreementId: created.id, date: addDays(start, 30), contact: 'Jo Marsh (Northfield College)', purpose: 'Induction visit', notes: 'Met the team and agreed workshop dates.' });
  }

  if (graduateId !== undefined) {
    const start = team.get(graduateId)?.startDate ?? addDays(today, -73);
    agreements.create(graduateId, 'graduate_traineeship', start, addDays(start, 364));
  }
}
