import { useEffect, useState } from 'react';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';

/** The rating scale's labels and the default framework for dashboards and new assessments. */
export default function SkillsSettings() {
  const scale = useChannel('skills:getScale', {});
  const frameworks = useChannel('skills:listFrameworks', {});
  const saveScale = useCommand('skills:setScaleLabels');
  const setDefault = useCommand('skills:setDefaultFramework');
  const toast = useToast();
  const [labels, setLabels] = useState<string[]>([]);
  useEffect(() => {
    if (scale.data) setLabels(scale.data.levels.map((l) => l.label));
  }, [scale.data]);
  const badIndex = saveScale.error?.field?.startsWith('labels.') ? Number(saveScale.error.field.slice(7)) : -1;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    saveScale.mutate({ labels }, { onSuccess: () => toast.show('Rating scale labels saved.') });
  };
  return (
    <section className="card" aria-labelledby="skills-settings-heading">
      <h2 id="skills-settings-heading">Skills</h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="scale-labels">
          <legend>Rating scale labels</legend>
          {labels.map((label, level) => (
            <div key={level} className="field">
              <label htmlFor={`scale-level-${level}`}>Level {level}</label>
              <input
                id={`scale-level-${level}`}
                value={label}
                maxLength={60}
                aria-invalid={badIndex === level || label.trim() === ''}
                onChange={(e) => setLabels((prev) => prev.map((l, i) => (i === level ? e.target.value : l)))}
              />
              {label.trim() === '' && <p className="field-error">Level {level} label is required</p>}
            </div>
          ))}
        </fieldset>
        <ErrorMessage error={saveScale.error} />
        <button type="submit" disabled={labels.some((l) => l.trim() === '')}>
          Save labels
        </button>
      </form>
      <ErrorMessage error={setDefault.error} />
      <label className="toolbar-field">
        Default framework
        <select
          value={frameworks.data?.find((f) => f.isDefault)?.id ?? ''}
          onChange={(e) => setDefault.mutate({ id: Number(e.target.value) }, { onSuccess: () => toast.show('Default framework changed.') })}
        >
          {frameworks.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.version})
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
