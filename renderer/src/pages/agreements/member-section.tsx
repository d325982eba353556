import type { Member } from '../../../../shared/domains/team';

/** This section's part of a member's page (rendered inside the member page, below the details). */
export default function AgreementsMemberSection(_props: { member: Member }) {
  return null;
}
