// Every source behind the model's numbers, with its evidence tag and any caveat the app must
// state, plus the short medical disclaimer — both always reachable from the panels.
import { EVIDENCE_LABEL, SOURCES } from '../model';
import { DialogButton } from './Dialog';

export function SourcesPanel() {
  return (
    <div className="sources-bar">
      <p className="disclaimer">Corium is an educational model, not medical advice.</p>
      <DialogButton label="Sources" title="Where the numbers come from">
        <p>Every number in the model comes from one of these sources. The tag says how solid it is:
          {' '}{Object.entries(EVIDENCE_LABEL).map(([tag, meaning]) => `[${tag}] ${meaning}`).join('; ')}.</p>
        <ul className="sources">
          {SOURCES.map((s) => (
            <li key={s.id}>
              <span className="sources__tag" aria-label={`evidence ${s.evidence}: ${EVIDENCE_LABEL[s.evidence]}`}>[{s.evidence}]</span>{' '}
              <strong>{s.topic}</strong>: {s.finding}. <cite>{s.citation}</cite>
              {s.caveat && <em className="sources__caveat"> Caveat: {s.caveat}</em>}
            </li>
          ))}
        </ul>
      </DialogButton>
      <DialogButton label="About and disclaimer" title="About Corium">
        <p>Corium shows how skin heals after microneedling and after wounds that scar. It is a
          simplified model built from published studies, meant for learning and for explaining —
          not for diagnosing or planning anyone&apos;s treatment.</p>
        <p>Real skin varies from person to person and from place to place on the body. Talk to a
          qualified clinician about your own skin, and about whether a treatment is right for you.</p>
        <p>Corium runs entirely in your browser: it sends nothing anywhere and keeps no record of you.</p>
      </DialogButton>
    </div>
  );
}
