import { useId, useState } from 'react';
import type { HostContact, Offer } from '../../../../shared/domains/network';
import { CURRENT_PKSB_EDITION, pksbSectionsOf } from '../../../../shared/domains/pksb';
import { useCommand } from '../../api/hooks';
import { DraftNote } from '../../components/form-draft';
import { ErrorMessage } from '../../components/page';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { useDraft } from '../../components/use-draft';
import { lines } from './format';

export const OFFER_SECTIONS = pksbSectionsOf(CURRENT_PKSB_EDITION);
const emptyContact: HostContact = { name: '', role: '', email: '', agreed: false };

type OfferFields = Pick<Offer, 'summary' | 'sections' | 'roles' | 'inPerson' | 'virtual' | 'contacts' | 'availability'>;
/**
 * The offer as the server keeps it (text trimmed, contacts without a name left out), so that
 * "unsaved changes" compares like with like: a trailing space is not a change once published.
 */
const asSaved = (o: OfferFields): OfferFields => ({
  summary: o.summary.trim(),
  sections: [...o.sections].sort(),
  roles: o.roles.map((r) => r.trim()),
  inPerson: o.inPerson,
  virtual: o.virtual,
  contacts: o.contacts.filter((c) => c.name.trim()).map((c) => ({ name: c.name.trim(), role: c.role.trim(), email: c.email.trim(), agreed: c.agreed })),
  availability: o.availability.trim(),
});

/** The service's shadowing offer: what visitors can see, how, with whom, and when. */
export function OfferForm({ offer }: { offer: Offer | null }) {
  const publish = useCommand('network:publishOffer');
  const withdraw = useCommand('network:withdrawOffer');
  const id = useId();
  const [summary, setSummary] = useState(offer?.summary ?? '');
  const [sections, setSections] = useState<string[]>(offer?.sections ?? []);
  const [roles, setRoles] = useState((offer?.roles ?? []).join(', '));
  const [inPerson, setInPerson] = useState(offer?.inPerson ?? true);
  const [virtual, setVirtual] = useState(offer?.virtual ?? false);
  const [contacts, setContacts] = useState<HostContact[]>(offer?.contacts.length ? offer.contacts : [emptyContact]);
  const [availability, setAvailability] = useState(offer?.availability ?? '');
  // What visitors can see is kept as a draft while it is typed (about the service, so tied to no member).
  const summaryDraft = useDraft({ key: 'networkOffer:summary', value: summary, saved: offer?.summary ?? '', onRestore: setSummary });
  const current = { summary, sections, roles: lines(roles), inPerson, virtual, contacts: contacts.filter((c) => c.name.trim()), availability };
  const initial = {
    summary: offer?.summary ?? '', sections: offer?.sections ?? [], roles: offer?.roles ?? [], inPerson: offer?.inPerson ?? true,
    virtual: offer?.virtual ?? false, contacts: offer?.contacts ?? [], availability: offer?.availability ?? '',
  };
  const dirty = JSON.stringify(asSaved(current)) !== JSON.stringify(asSaved(initial));
  const setContact = (i: number, patch: Partial<HostContact>) => setContacts((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <form
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        publish.mutate(current, {
          onSuccess: () => {
            // The form now holds what was saved, so no draft of a trailing space is kept either.
            setSummary((x) => x.trim());
            setAvailability((x) => x.trim());
            void summaryDraft.discard();
          },
        });
      }}
    >
      <h3 id={`${id}-h`}>Our shadowing offer</h3>
      <p>
        {offer?.status === 'published' ? 'Published to the region.' : offer?.status === 'withdrawn' ? 'Withdrawn: other services no longer see it.' : 'Not published.'}{' '}
        Only host contacts who agreed to be listed are shared.
      </p>
      <div className="field">
        <label htmlFor={`${id}-summary`}>What visitors can see or shadow</label>
        <textarea id={`${id}-summary`} rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </div>
      <DraftNote statuses={[summaryDraft.status]} onDiscard={() => void summaryDraft.discard().then(() => setSummary(offer?.summary ?? ''))} />
      <UnsavedGuard when={dirty} what="Your changes to the shadowing offer" plural draftKept />
      <fieldset>
        <legend>PKSB sections a visit covers</legend>
        <div className="act-sections">
          {OFFER_SECTIONS.map((s) => (
            <label key={s.code} className="checkbox">
              <input
                type="checkbox"
                checked={sections.includes(s.code)}
                onChange={(e) => setSections((xs) => (e.target.checked ? [...xs, s.code] : xs.filter((x) => x !== s.code)))}
              />{' '}
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-roles`}>Job roles visitors can shadow (comma-separated)</label>
        <input id={`${id}-roles`} value={roles} onChange={(e) => setRoles(e.target.value)} />
      </div>
      <fieldset>
        <legend>Visits</legend>
        <label className="checkbox">
          <input type="checkbox" checked={inPerson} onChange={(e) => setInPerson(e.target.checked)} /> In person
        </label>{' '}
        <label className="checkbox">
          <input type="checkbox" checked={virtual} onChange={(e) => setVirtual(e.target.checked)} /> Virtual
        </label>
      </fieldset>
      <fieldset>
        <legend>Host contacts</legend>
        {contacts.map((c, i) => (
          <div key={i} className="toolbar">
            <div className="toolbar-field">
              <label htmlFor={`${id}-c${i}-name`}>Contact {i + 1} name</label>
              <input id={`${id}-c${i}-name`} value={c.name} onChange={(e) => setContact(i, { name: e.target.value })} />
            </div>
            <div className="toolbar-field">
              <label htmlFor={`${id}-c${i}-role`}>Contact {i + 1} role</label>
              <input id={`${id}-c${i}-role`} value={c.role} onChange={(e) => setContact(i, { role: e.target.value })} />
            </div>
            <div className="toolbar-field">
              <label htmlFor={`${id}-c${i}-email`}>Contact {i + 1} email</label>
              <input id={`${id}-c${i}-email`} type="email" value={c.email} onChange={(e) => setContact(i, { email: e.target.value })} />
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={c.agreed} onChange={(e) => setContact(i, { agreed: e.target.checked })} /> Contact {i + 1} agreed to be listed
            </label>
          </div>
        ))}
        <button type="button" onClick={() => setContacts((cs) => [...cs, emptyContact])}>
          Add a contact
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-avail`}>Availability</label>
        <input id={`${id}-avail`} value={availability} onChange={(e) => setAvailability(e.target.value)} />
      </div>
      <div className="toolbar">
        <button type="submit">Publish offer</button>
        {offer?.status === 'published' && (
          <button type="button" className="danger" onClick={() => withdraw.mutate({})}>
            Withdraw offer
          </button>
        )}
      </div>
      <ErrorMessage error={publish.error ?? withdraw.error} />
    </form>
  );
}
