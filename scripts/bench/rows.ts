import type { SchemeInput } from '../../shared/domains/recognition';

/** Values both loaders write, so the service-layer and raw databases hold the same rows. */
export const REGIONAL_SCHEME: SchemeInput = {
  name: 'Employee of the month',
  cadence: 'monthly',
  categories: ['Customer service', 'Teamwork', 'Innovation'],
  values: ['Putting users first', 'Working together'],
  reward: 'A certificate and a book token',
  allowSelfNomination: false,
  anonymous: false,
  cooldownCycles: 2,
  decidedBy: 'manager',
  tieBreak: 'manager',
  minReasonLength: 0,
};

const DEEDS = [
  'covered the enquiry desk through a staff shortage so that the homework club could still run',
  'rebuilt the local studies index, which means readers now find parish records in minutes',
  'ran a digital skills drop-in every week for older readers, so they can book appointments online',
];

export const nominationText = (k: number): string => `Teamwork: they ${DEEDS[k % DEEDS.length] ?? DEEDS[0]}.`;
