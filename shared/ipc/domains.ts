/**
 * The domains that push `<domain>:changed` events. Kept apart from the contract
 * so the renderer's first screen does not load every domain's schemas; a unit
 * test checks it matches the contract.
 */
export const DOMAIN_NAMES = [
  'system',
  'team',
  'skills',
  'registration',
  'oneToOnes',
  'activities',
  'agreements',
  'recognition',
  'privacy',
  'dashboard',
  'drafts',
  'network',
  'memberPack',
] as const;
