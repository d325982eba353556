import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PKSB_EDITION_LABELS } from '../../../../shared/domains/pksb';
import { useChannel, useCommand } from '../../api/hooks';
import { EmptyState, ErrorMessage, Loading, Page } from '../../components/page';
import { useToast } from '../../components/toasts';
import { FrameworkForm } from './framework-form';
import { FrameworkImportDialog } from './framework-import-dialog';

/** Every framework version, with import (the manager's licensed copy) and a hand-made framework. */
export default function FrameworksPage() {
  const list = useChannel('skills:listFrameworks', {});
  const setDefault = useCommand('skills:setDefaultFramework');
  // "Import a framework" links from other screens open the import straight away.
  const [params] = useSearchParams();
  const [dialog, setDialog] = useState<'import' | 'new' | null>(params.get('import') === '1' ? 'import' : null);
  const toast = useToast();
  return (
    <Page
      title="Skills frameworks"
      actions={
        <>
          <button type="button" className="primary" onClick={() => setDialog('import')}>
            Import framework…
          </button>
          <button type="button" onClick={() => setDialog('new')}>
            New framework
          </button>
        </>
      }
    >
      <p>
        <Link to="/skills">← Skills</Link>
      </p>
      <p>
        The workbench ships only the PKSB section names, for the 2012 wheel and the current edition (© CILIP 2021). Import the skills from your own licensed copy of the PKSB (CSV or JSON), or
        type them in. Each import is a new version; earlier assessments keep the version they were made with.
      </p>
      <ErrorMessage error={list.error ?? setDefault.error} />
      {list.isPending ? (
        <Loading />
      ) : !list.data?.length ? (
        <EmptyState title="No frameworks yet">
          <p>Import your licensed PKSB to start rating skills.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Skills frameworks</caption>
            <thead>
              <tr>
                <th scope="col">Framework</th>
                <th scope="col">Version</th>
                <th scope="col">PKSB edition</th>
                <th scope="col">Sections</th>
                <th scope="col">Skills</th>
                <th scope="col">Assessments</th>
                <th scope="col">Default</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((f) => (
                <tr key={f.id}>
                  <td>
                    <Link to={`/skills/frameworks/${f.id}`}>{f.name}</Link>
                    {f.isDemo && <span className="badge">Demo</span>}
                  </td>
                  <td>{f.version}</td>
                  <td>{f.edition ? PKSB_EDITION_LABELS[f.edition] : 'Own framework'}</td>
                  <td>{f.sectionCount}</td>
                  <td>{f.skillCount}</td>
                  <td>{f.assessmentCount}</td>
                  <td>
                    {f.isDefault ? (
                      'Default'
                    ) : (
                      <button
                        type="button"
                        onClick={() => setDefault.mutate({ id: f.id }, { onSuccess: () => toast.show(`${f.name} (${f.version}) is now the default.`) })}
                      >
                        Make default<span className="visually-hidden">: {f.name} {f.version}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog === 'import' && <FrameworkImportDialog onClose={() => setDialog(null)} />}
      {dialog === 'new' && <FrameworkForm onClose={() => setDialog(null)} />}
    </Page>
  );
}
