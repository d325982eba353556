import type { Version } from '../../../../shared/domains/agreements';
import { diffContent } from '../../../../shared/domains/agreements-rules';

/** What changed in this version against the one before it, field by field. */
export function DiffView({ previous, current }: { previous: Version; current: Version }) {
  const changes = diffContent(previous.content, current.content);
  return (
    <section className="card" aria-labelledby="diff-heading">
      <h2 id="diff-heading">
        Changes from version {previous.number} to version {current.number}
      </h2>
      {changes.length === 0 ? (
        <p>No changes yet: edit the draft and save it to see the differences here.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table agreement-diff">
            <caption className="visually-hidden">
              Changes from version {previous.number} to version {current.number}
            </caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Field</th>
                <th scope="col">Version {previous.number}</th>
                <th scope="col">Version {current.number}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field}>
                  <td>{c.section}</td>
                  <th scope="row">{c.label}</th>
                  <td>
                    <span className="visually-hidden">Was: </span>
                    <del>{c.before || '(empty)'}</del>
                  </td>
                  <td>
                    <span className="visually-hidden">Now: </span>
                    <ins>{c.after || '(empty)'}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
