import type { VersionStatus } from '../../../../shared/domains/agreements';

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: 'Draft',
  ready: 'Ready for signature',
  signed: 'Signed',
};
